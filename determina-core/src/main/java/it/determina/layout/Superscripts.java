package it.determina.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Digits and brackets printed raised and smaller than the text they follow, a footnote mark
 * ("500<sup>(1)</sup>", "MINIME<sup>1</sup>"), written as the Unicode superscripts they are ("500⁽¹⁾",
 * "MINIME¹"), so that no reader takes the mark for a digit of the figure before it ("5001"). A run is
 * raised when its baseline lies {@link #MIN_RISE} to {@link #MAX_RISE} of the base font size above the
 * base baseline and its font is at most {@link #MAX_SIZE} of the base size: both, as word processors and
 * browsers set {@code <sup>} (smaller, raised about a third of an em). A digit raised at the full size, or
 * smaller on the same baseline (small capitals, a smaller font in a cell), stays a digit. Only digits,
 * brackets, plus, minus and equals have superscript forms; other raised glyphs (letters, "*", "°") are
 * kept as printed.
 *
 * <p>Two cases: a raised run glued to the word it follows (one word for PDFBox, {@link #glyphs}), and a
 * raised word set apart by a space from the word before it on the same line ({@link #words}).
 */
final class Superscripts {

    /** Least rise of a superscript's baseline, as a share of the base font size. */
    static final double MIN_RISE = 0.15;
    /** Greatest rise: higher than this, it is a line of its own, not a mark. */
    static final double MAX_RISE = 0.7;
    /** Largest superscript font, as a share of the base font size. */
    static final double MAX_SIZE = 0.9;
    /** Widest gap (share of the base font size) between a word and a raised word that marks it. */
    static final double MAX_GAP = 0.6;

    private static final String PLAIN = "0123456789()+-=";
    private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼";

    private Superscripts() {
    }

    /**
     * The text of one word from its glyphs: {@code texts[i]} printed with its baseline at
     * {@code baselines[i]} (points, y growing downwards) in a font of {@code sizes[i]} points. Glyphs raised
     * above the word's lowest baseline (the base, whose largest font is the base size) are superscripts.
     */
    static String glyphs(List<String> texts, double[] baselines, double[] sizes) {
        double base = -Double.MAX_VALUE;
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                base = Math.max(base, baselines[i]);
            }
        }
        double baseSize = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty() && baselines[i] == base) {
                baseSize = Math.max(baseSize, sizes[i]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            boolean raised = isRaised(base - baselines[i], sizes[i], baseSize);
            out.append(raised ? raise(texts.get(i)) : texts.get(i));
        }
        return out.toString();
    }

    /**
     * The words of a page with each word of digits and brackets only that is raised above, and smaller
     * than, the word it follows on its line (at most {@link #MAX_GAP} away) written as superscripts.
     */
    static List<Word> words(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            out.add(isMarkText(w.text()) && follows(w, words) ? withText(w, raise(w.text())) : w);
        }
        return out;
    }

    /** True when a word of {@code words} ends just left of {@code w}, on its line, below it and larger. */
    private static boolean follows(Word w, List<Word> words) {
        for (Word base : words) {
            if (base != w && marks(w, base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code mark} is set as a superscript of {@code base}: it starts at most {@link #MAX_GAP} of
     * the base size right of the base's end, its baseline is raised within the base's height and its font
     * is smaller.
     */
    static boolean marks(Word mark, Word base) {
        double gap = mark.x0() - base.x1();
        return gap >= -0.05 * base.fontSize() && gap <= MAX_GAP * base.fontSize()
                && mark.bottom() > base.top() && isRaised(base.bottom() - mark.bottom(), mark.fontSize(), base.fontSize());
    }

    /** True when {@code text} is all superscript digits and brackets, as {@link #raise} writes them. */
    static boolean isRaisedText(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> RAISED.indexOf(c) >= 0);
    }

    private static boolean isRaised(double rise, double size, double baseSize) {
        return baseSize > 0 && rise >= MIN_RISE * baseSize && rise <= MAX_RISE * baseSize && size <= MAX_SIZE * baseSize;
    }

    private static boolean isMarkText(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> PLAIN.indexOf(c) >= 0) && text.chars().anyMatch(Character::isDigit);
    }

    /** {@code text} with each digit, bracket, plus, minus and equals as its superscript. */
    static String raise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = PLAIN.indexOf(c);
            out.append(at >= 0 ? RAISED.charAt(at) : c);
        }
        return out.toString();
    }

    private static Word withText(Word w, String text) {
        return new Word(text, w.x0(), w.x1(), w.top(), w.bottom(), w.fontSize(), w.bold(), w.ocrConfidence());
    }
}
