package it.determina.normalize;

import java.util.Locale;

/** Identifier fragments: "Operatore assistenza clienti" becomes "operatore-assistenza-clienti". */
public final class Slug {

    /** The slug of a text with no letter or digit. */
    public static final String NONE = "untitled";

    private Slug() {
    }

    public static String of(String text) {
        String ascii = TextCleaner.unaccented(text);
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? NONE : slug;
    }

    /** "QUALIFICAZIONE DI OPERATORE" as "Qualificazione di operatore"; mixed-case text is kept. */
    public static String sentenceCase(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
