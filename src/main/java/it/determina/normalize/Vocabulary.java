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

    private Vocabulary() {
    }

    /** Every word of every line, the last word of a line excluded when it ends in a hyphen. */
    public static Set<String> of(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String text = TextCleaner.collapse(line);
            if (text.endsWith("-")) {
                int cut = text.lastIndexOf(' ');
                text = cut < 0 ? "" : text.substring(0, cut);
            }
            Matcher m = WORD.matcher(text);
            while (m.find()) {
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
