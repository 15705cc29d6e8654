package it.determina.tables;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into the pieces a wide horizontal gap separates: in a table without rulings, the text
 * of each column ("Livello EQF" ... "3", "Durata" ... "di cui").
 */
public final class Chunks {

    /** A gap at least this wide (points) always separates columns. */
    private static final double MIN_GAP = 6.0;
    /** A gap this many times a normal space separates columns. */
    private static final double SPACE_FACTOR = 3.0;
    /** Gaps a line needs before its own spaces are trusted as the measure. */
    private static final int MIN_GAPS = 4;

    private Chunks() {
    }

    public static List<TextLine> of(TextLine line) {
        List<Word> words = line.words();
        double threshold = threshold(words);
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

    /** Gap between words, in ems of their font size, that separates table columns whatever the line holds. */
    private static final double COLUMN_GAP_EMS = 0.8;
    /** The gap (points) that separates two numbers into two columns. */
    private static final double MIN_NUMBER_GAP = 1.0;
    // "1,271.7", "-3.2", "45%", "$1,200"
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-–+$]?[0-9][0-9,]*(\\.[0-9]+)?%?");
    // "12" or "-1 234" before a thousands group
    private static final java.util.regex.Pattern LEADING_GROUP = java.util.regex.Pattern.compile("[-–+]?[0-9]{1,3}");
    // "345", "345,6", "345.6", "345%"
    private static final java.util.regex.Pattern THOUSANDS_GROUP = java.util.regex.Pattern.compile("[0-9]{3}([.,][0-9]+)?%?");
    /** A space narrower than this (ems) inside a number separates thousands. */
    private static final double THIN_SPACE_EMS = 0.4;
    /** The smallest column gap (points) when font sizes are not known. */
    private static final double MIN_COLUMN_GAP = 3.0;

    /**
     * Splits a line at gaps wider than {@link #COLUMN_GAP_EMS} of the font size: the measure for a line
     * of figures, where every gap is a column gutter and there is no normal space to compare with.
     */
    public static List<TextLine> byFontSize(TextLine line) {
        List<Word> words = line.words();
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).x0() - words.get(i - 1).x1() > columnGap(words.get(i - 1), words.get(i))
                    || twoNumbers(words.get(i - 1), words.get(i))) {
                out.add(new TextLine(line.page(), words.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

    /** Two numbers side by side are two columns even a single space apart ("345 15.5"). */
    private static boolean twoNumbers(Word a, Word b) {
        return NUMBER.matcher(a.text()).matches() && NUMBER.matcher(b.text()).matches() && b.x0() - a.x1() > MIN_NUMBER_GAP
                && !thousands(a, b);
    }

    /** "12 345": a group of three digits a narrow space after a number is the same number (European style). */
    private static boolean thousands(Word a, Word b) {
        double size = Math.min(a.fontSize(), b.fontSize());
        return LEADING_GROUP.matcher(a.text()).matches() && THOUSANDS_GROUP.matcher(b.text()).matches()
                && b.x0() - a.x1() < THIN_SPACE_EMS * (size > 0 ? size : a.height());
    }

    private static double columnGap(Word a, Word b) {
        double size = Math.min(a.fontSize(), b.fontSize());
        if (!(size > 0)) {
            size = Math.min(a.height(), b.height());
        }
        return Math.max(MIN_COLUMN_GAP, COLUMN_GAP_EMS * size);
    }

    /** The lower quartile of the gaps is a normal space even when some gaps are column gutters. */
    private static double threshold(List<Word> words) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            gaps.add(Math.max(0, words.get(i).x0() - words.get(i - 1).x1()));
        }
        if (gaps.size() < MIN_GAPS) {
            return MIN_GAP;
        }
        gaps.sort(Double::compare);
        return Math.max(MIN_GAP, SPACE_FACTOR * gaps.get(gaps.size() / 4));
    }
}
