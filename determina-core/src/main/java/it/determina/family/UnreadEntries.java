package it.determina.family;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Entries of a key/value table that no label claims but that hold content of the row before them: a value
 * with an empty label (a list continued over a page break in the value column), a "label" that is a list
 * item ("10. Nozioni di base ...", "• Trovare soluzioni ..."), or a lower-case line in the label column that
 * carries a value ("apprendimenti" | "Condizione minima di ammissione ... 80% ...") or reads as running text
 * ("integrati di supporto per le funzioni d'ufficio N.82.20.00 -"). A short lower-case line without value is
 * the wrapped end of a label ("strumentali", "learning asincrona in rapporto alla durata d'aula"), and a row
 * with a label of its own that the family does not map ("Vincoli (eventuali)"), or a few words left without
 * label by a wrapped cell ("di adottato dei"), is not content either.
 */
public final class UnreadEntries {

    // "10. Nozioni di base sull'utilizzo ...", "3) ...", "• Trovare soluzioni ...", "- Aspetti ..."
    static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}\\s*[.)]\\s+\\S|[•·▪◦\\-–—]\\s*\\S)");
    // "n.2": the number of a caption ("DETTAGLIO UNITA' FORMATIVA n.2") set apart from it
    static final Pattern CAPTION_NUMBER = Pattern.compile("(?i)\\bn\\.\\s*\\d{1,2}(?![\\d.])");
    // "... funzioni d'ufficio N.82.20.00 -", "... attività di assistenza clienti." : a figure, or a sentence's punctuation
    static final Pattern RUNNING_TEXT = Pattern.compile("\\d|[.,;:\\-–]$");
    /** Words from which a lower-case line is running text rather than the wrapped end of a label. */
    private static final int SENTENCE_WORDS = 8;
    /** Words up to which a value without label is a fragment of a wrapped cell, not content. */
    private static final int FRAGMENT_WORDS = 3;

    private UnreadEntries() {
    }

    /** True when {@code e} holds content that no label of the family claims. */
    public static boolean isContent(Entry e) {
        String label = CAPTION_NUMBER.matcher(e.label()).replaceAll("").trim();
        if (label.isEmpty()) {
            return e.hasValue() && isRunningText(CAPTION_NUMBER.matcher(String.join(" ", e.valueLines())).replaceAll(""));
        }
        if (LIST_ITEM.matcher(label).find()) {
            return true;
        }
        if (!Character.isLowerCase(label.codePointAt(0))) {
            return false;
        }
        return e.hasValue() || RUNNING_TEXT.matcher(label).find() || label.split("\\s+").length >= SENTENCE_WORDS;
    }

    /**
     * True for a value that says something: a list item, a figure, or several words; not a few words left
     * over from a wrapped cell ("di adottato dei").
     */
    private static boolean isRunningText(String value) {
        String t = value.trim();
        return LIST_ITEM.matcher(t).find() || t.chars().anyMatch(Character::isDigit)
                || t.split("\\s+").length > FRAGMENT_WORDS;
    }

    /** The entry's text, label and value, cleaned. */
    public static String text(Entry e, AnnexContent content) {
        List<String> lines = new ArrayList<>();
        if (!e.label().isBlank()) {
            lines.add(e.label());
        }
        lines.addAll(e.valueLines());
        return content.cleaner().join(lines);
    }
}
