package it.determina.normalize;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a cell or paragraph into clean text: whitespace collapsed and words hyphenated at
 * line ends rejoined. Whether "telefo-" + "nica" is one word or "marketing-" + "vendite" a compound is
 * decided with the document's own vocabulary, the words it prints elsewhere unbroken.
 */
public final class TextCleaner {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // "relazione telefo-" : a word cut at the line end
    static final Pattern TRAILING_HYPHEN = Pattern.compile("(\\p{L}+)\\s?[-\u00ad\u2010]$");
    // "nica (ascolto" : the first word of the next line
    static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    /** Longer than any word: the end of a text where a word cut by a hyphen can be. */
    private static final int MAX_WORD = 80;
    static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    /** Shortest first part that can stand alone as a word of a compound. */
    private static final int MIN_COMPOUND_PART = 4;

    private final Set<String> vocabulary;

    public TextCleaner(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** A cleaner that knows no words: every cut word is joined. */
    public static TextCleaner withoutVocabulary() {
        return new TextCleaner(Set.of());
    }

    /** Whitespace collapsed and trimmed, soft hyphens dropped. */
    public static String collapse(String text) {
        return SPACES.matcher(text.replace("\u00ad", "")).replaceAll(" ").trim();
    }

    /** The lines joined by single spaces, with hyphenation at line ends resolved; "" for no lines. */
    public String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = collapse(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(line);
                continue;
            }
            // only the end of the text can hold the cut word: matching all of it each time is quadratic
            int tailStart = Math.max(0, out.length() - MAX_WORD);
            Matcher cut = TRAILING_HYPHEN.matcher(out.subSequence(tailStart, out.length()));
            Matcher next = LEADING_WORD.matcher(line);
            if (cut.find() && next.find() && Character.isLowerCase(line.charAt(0))) {
                String head = cut.group(1);
                out.setLength(tailStart + cut.start(1) + head.length());
                out.append(isCompound(head, next.group(1)) ? "-" : "").append(line);
            } else {
                out.append(' ').append(line);
            }
        }
        return out.toString();
    }

    private boolean isCompound(String head, String tail) {
        String h = key(head);
        String t = key(tail);
        if (vocabulary.contains(h + "-" + t)) {
            return true;
        }
        if (vocabulary.contains(h + t)) {
            return false;
        }
        return h.length() >= MIN_COMPOUND_PART && vocabulary.contains(h) && vocabulary.contains(t);
    }

    /** The form words are kept in a vocabulary: lower case, NFC. */
    public static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The text without accents and other combining marks ("Unità" as "Unita"): its NFD form, marks removed. */
    public static String unaccented(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Text compared for equality beyond case, punctuation and spacing. */
    public static String comparable(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return t.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
