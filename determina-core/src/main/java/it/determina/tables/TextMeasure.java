package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scale of a page's text, measured from how it is set rather than from the font size a PDF
 * declares (producers that scale text by the text matrix report sizes far from what is printed):
 * the em is the usual line pitch over 1.2, the space the usual gap between two words of a line.
 *
 * <p>{@link #em()} is in points per em of the body text, {@link #space()} in points. Not thread-safe: it
 * keeps the pieces of the lines it has cut, by identity, for the page it measures.
 */
public final class TextMeasure {

    private final double em;
    private final double space;
    private final double gutter;
    private final java.util.Map<TextLine, List<TextLine>> cut = new java.util.IdentityHashMap<>();

    private TextMeasure(double em, double space) {
        this.em = em;
        this.space = space;
        this.gutter = Math.max(GUTTER_SPACES * space, GUTTER_EMS * em);
    }

    /** Points per em of the body text. */
    public double em() {
        return em;
    }

    /** Points of a normal word space. */
    public double space() {
        return space;
    }

    /** Line pitch of running text, in ems (the usual leading of word processors). */
    private static final double PITCH_EMS = 1.2;
    /** A column gutter is at least this many spaces wide. */
    private static final double GUTTER_SPACES = 1.6;
    /** ... and at least this many ems. */
    private static final double GUTTER_EMS = 0.35;
    /** Lines looked back over for the line above in the same column. */
    private static final int MAX_LOOK_BACK = 6;

    /**
     * The measure of {@code words} (one page); a 10-point default when there is too little text. The em is
     * the median line pitch (over {@link #PITCH_EMS}), each line measured from the nearest line above it in
     * the same column.
     */
    public static TextMeasure of(int page, List<Word> words) {
        List<TextLine> lines = LineBuilder.build(page, words);
        List<Double> pitches = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        double height = median(words.stream().map(Word::height).toList(), 8);
        for (int i = 1; i < lines.size(); i++) {
            // from the nearest line above with a word over one of this line's words: in a table whose cells
            // are set at different heights the lines of two columns interleave, closer than their pitch
            int above = i - 1;
            while (above > 0 && above >= i - MAX_LOOK_BACK && !overlaps(lines.get(above), lines.get(i))) {
                above--;
            }
            double d = lines.get(i).bottom() - lines.get(above).bottom();
            if (d > height * 0.8 && d < height * 4) {
                pitches.add(d);
            }
        }
        double em = median(pitches, height * 1.4 * PITCH_EMS) / PITCH_EMS;
        // word gaps within an em and a half of the measured em: the glyph heights a PDF declares can be a
        // third of the printed size (a monospaced font whose heights came out of its x-height), which kept
        // every word space out and left the space at its default
        for (TextLine l : lines) {
            for (int i = 1; i < l.words().size(); i++) {
                double g = l.words().get(i).x0() - l.words().get(i - 1).x1();
                if (g > 0 && g < em * 1.5) {
                    gaps.add(g);
                }
            }
        }
        return new TextMeasure(em, median(gaps, em * 0.25));
    }

    /** True when a word of {@code a} stands over a word of {@code b}. */
    private static boolean overlaps(TextLine a, TextLine b) {
        for (Word u : a.words()) {
            for (Word v : b.words()) {
                if (Math.min(u.x1(), v.x1()) > Math.max(u.x0(), v.x0())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The narrowest gap that separates two columns of a table. */
    public double gutter() {
        return gutter;
    }

    /** The line cut at gaps at least {@link #gutter()} wide: the text of each column. */
    public List<TextLine> pieces(TextLine line) {
        return cut.computeIfAbsent(line, this::cutAtGutters);
    }

    private List<TextLine> cutAtGutters(TextLine line) {
        List<Word> words = line.words();
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).x0() - words.get(i - 1).x1() >= gutter) {
                out.add(new TextLine(line.page(), words.subList(start, i)));
                start = i;
            }
        }
        return List.copyOf(out);
    }

    private static double median(List<Double> values, double fallback) {
        if (values.size() < 3) {
            return fallback;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
