package it.determina.tables;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into the pieces a wide horizontal gap separates: in a table without rulings, the text
 * of each column ("Livello EQF" ... "3").
 */
public final class Chunks {

    /** A gap at least this wide (points) always separates columns. */
    private static final double MIN_GAP = 8.0;
    /** A gap this many times the text height separates columns (a space is about a quarter of it). */
    private static final double HEIGHT_FACTOR = 0.8;

    private Chunks() {
    }

    public static List<TextLine> of(TextLine line) {
        List<Word> words = line.words();
        double threshold = Math.max(MIN_GAP, HEIGHT_FACTOR * (line.bottom() - line.top()));
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).x0() - words.get(i - 1).x1() > threshold) {
                out.add(new TextLine(line.page(), words.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

}
