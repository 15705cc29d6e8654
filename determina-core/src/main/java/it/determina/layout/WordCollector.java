package it.determina.layout;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * PDFBox text stripper that keeps every word with its box instead of writing text, and, in the same walk of
 * the content stream, what the page's paths paint ({@link PathOperators}, {@link PathPaint}): the rulings
 * need no second walk (issue 14). Only visible glyphs
 * count: a glyph whose centre lies outside the clipping path (which starts as the CropBox) is dropped.
 * A glyph's text is its Unicode mapping, or the marked content's /ActualText (PDFBox gives it to the
 * first glyph of the span and "" to the others), or, when the mapping is missing or a control
 * character (ligatures mapped to U+0000), the letters its glyph name stands for in the Adobe Glyph List;
 * never a control character. Digits and brackets set raised and smaller after a word (a footnote mark) are
 * written as Unicode superscripts ({@link Superscripts}). One instance reads one page at a time; it is not
 * thread-safe.
 */
final class WordCollector extends PDFTextStripper {

    private final List<Word> words = new ArrayList<>();
    private final PathOperators paths = PathOperators.of(this);
    /** The page {@link #collect} reads; only it is walked, not the pages before it. */
    private @Nullable PDPage target;
    private float minGlyphWidth;
    private float minGlyphHeight;

    /** Where inside a glyph, as a share of the font size above the baseline, its visibility is judged. */
    private static final double GLYPH_MIDDLE = 0.3;

    WordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        paths.processors().forEach(this::addOperator);
        // the page is chosen in processPages, which walks it as PDFTextStripper's page 1
        setStartPage(1);
        setEndPage(1);
    }

    /** The words of page {@code number} (1-based) in reading order; empty for a page without text. */
    List<Word> collect(PDDocument document, int number) throws IOException {
        words.clear();
        minGlyphWidth = Float.MAX_VALUE;
        minGlyphHeight = Float.MAX_VALUE;
        target = document.getPage(number - 1);
        getText(document);
        return List.copyOf(Superscripts.words(words));
    }

    /** What the paths of the last page read paint, in painting order. */
    List<PathPaint> paints() {
        return paths.paints();
    }

    /**
     * Walks the one page {@link #collect} asks for. PDFTextStripper would iterate the page tree up to it
     * on every call: quadratic in pages for a long document (issue 14).
     */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        PDPage page = Objects.requireNonNull(target, "collect sets the page before PDFTextStripper walks it");
        paths.startPage(page);
        if (page.hasContents()) {
            processPage(page);
        }
    }

    /** The narrowest glyph of the last page read (points); MAX_VALUE when it had none. */
    float minGlyphWidth() {
        return minGlyphWidth;
    }

    /** The lowest glyph of the last page read (points); MAX_VALUE when it had none. */
    float minGlyphHeight() {
        return minGlyphHeight;
    }

    /**
     * Text outside the clipping path is not visible: it is not read. Nor is text set at a slant (a
     * diagonal watermark, "BOZZA" or "COPIA CONFORME" across the page): its letters would land in the
     * cells it crosses. Text along either axis, vertical headers included, is read.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (isVisible(text) && !isSlanted(text)) {
            super.processTextPosition(text);
        }
    }

    /** A glyph whose baseline lies further than this from both axes (degrees) is set at a slant. */
    private static final double MAX_SKEW_DEGREES = 5;

    /** True when the glyph's baseline runs at a slant: neither along nor across the page. */
    static boolean isSlanted(TextPosition g) {
        Matrix m = g.getTextMatrix();
        double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        double off = Math.abs(angle - 90 * Math.round(angle / 90));
        return off > MAX_SKEW_DEGREES;
    }

    /**
     * True when the glyph's centre, a little above its baseline, lies inside the current clipping path.
     * PDFBox moves text positions by the CropBox's lower-left corner; the clip is in user space.
     */
    private boolean isVisible(TextPosition g) {
        PDRectangle crop = getCurrentPage().getCropBox();
        Matrix m = g.getTextMatrix();
        double along = Math.hypot(m.getScaleX(), m.getShearY());
        double up = Math.hypot(m.getShearX(), m.getScaleY());
        if (along == 0 || up == 0) {
            return true;
        }
        double half = g.getWidthDirAdj() / 2;
        double rise = GLYPH_MIDDLE * g.getFontSizeInPt();
        double x = crop.getLowerLeftX() + m.getTranslateX() + m.getScaleX() / along * half + m.getShearX() / up * rise;
        double y = crop.getLowerLeftY() + m.getTranslateY() + m.getShearY() / along * half + m.getScaleY() / up * rise;
        return getGraphicsState().getCurrentClippingPath().contains(x, y);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<String> texts = positions.stream().map(WordCollector::glyphText).toList();
        for (int i = 0; i < positions.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                minGlyphWidth = Math.min(minGlyphWidth, positions.get(i).getWidthDirAdj());
                minGlyphHeight = Math.min(minGlyphHeight, positions.get(i).getHeightDir());
            }
        }
        int start = 0;
        for (int i = 0; i <= positions.size(); i++) {
            // "" is a glyph whose text an /ActualText span gave to its first glyph: part of the word
            boolean boundary = i == positions.size() || !texts.get(i).isEmpty() && texts.get(i).isBlank();
            if (boundary) {
                String word = String.join("", texts.subList(start, Math.max(start, i)));
                if (i > start && !word.isEmpty()) {
                    words.add(toWord(texts.subList(start, i), positions.subList(start, i)));
                }
                start = i + 1;
            }
        }
    }

    /**
     * The text a glyph stands for: its Unicode mapping when that holds no control character, else the
     * letters of its glyph name ("fi", "uni00E8"), else its mapping without control characters
     * (possibly ""). Typographic ligatures come out as their letters.
     */
    static String glyphText(TextPosition g) {
        String unicode = g.getUnicode() == null ? "" : g.getUnicode();
        if (!hasControl(unicode)) {
            return unicode;
        }
        String named = fromGlyphName(g);
        return named != null ? named : CONTROL.matcher(unicode).replaceAll("");
    }

    // "\u0000" : what a ToUnicode map gives a ligature it cannot map, or a raw code without any map
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private static boolean hasControl(String text) {
        return CONTROL.matcher(text).find();
    }

    /** The letters of the glyph's name in a simple font's encoding, per the Adobe Glyph List; null when none. */
    private static @Nullable String fromGlyphName(TextPosition g) {
        if (!(g.getFont() instanceof PDSimpleFont font) || font.getEncoding() == null || g.getCharacterCodes().length != 1) {
            return null;
        }
        String name = font.getEncoding().getName(g.getCharacterCodes()[0]);
        if (name == null || ".notdef".equals(name)) {
            return null;
        }
        String letters = GlyphList.getAdobeGlyphList().toUnicode(name);
        if (letters == null || letters.isEmpty() || hasControl(letters)) {
            return null;
        }
        return Normalizer.normalize(letters, Normalizer.Form.NFKC);
    }

    /** Typographic ligatures ("ﬁ", "ﬂ") as their letters, so that "qualiﬁca" is "qualifica". */
    static String unligate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFB00' && c <= '\uFB06') {
                out.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Word toWord(List<String> texts, List<TextPosition> glyphs) {
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double size = 0;
        double[] baselines = new double[glyphs.size()];
        double[] sizes = new double[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            baselines[i] = g.getYDirAdj();
            sizes[i] = g.getFontSizeInPt();
            x0 = Math.min(x0, g.getXDirAdj());
            x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
            size = Math.max(size, g.getFontSizeInPt());
        }
        String font = glyphs.get(0).getFont() == null ? "" : String.valueOf(glyphs.get(0).getFont().getName());
        String printed = Superscripts.glyphs(texts, baselines, sizes);
        return new Word(unligate(printed), x0, x1, top, bottom, size, font.toLowerCase().contains("bold"));
    }
}
