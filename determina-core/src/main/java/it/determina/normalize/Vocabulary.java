package it.determina.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the words a document prints whole, for {@link TextCleaner}. */
public final class Vocabulary {

    // "marketing-vendite:" , "telefonica" : a word, possibly a hyphenated compound, not at a line end
    static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    /** Characters that mark a word cut at a line end. */
    private static final String CUT_MARKS = "-\u00ad\u2010";

    private Vocabulary() {
    }

    /** Every word of every line, except words cut by a hyphen ("telefo-"), wherever in the line they stand. */
    public static Set<String> of(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String text = TextCleaner.collapse(line);
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                boolean cut = m.end() < text.length() && CUT_MARKS.indexOf(text.charAt(m.end())) >= 0;
                if (cut) {
                    continue;
                }
                String w = TextCleaner.key(m.group());
                words.add(w);
                if (w.contains("-")) {
                    for (String part : w.split("-")) {
                        words.add(part);
                    }
                }
            }
        }
        return words;
    }
}
