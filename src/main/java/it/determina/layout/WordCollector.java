package it.determina.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox text stripper that keeps every word with its box instead of writing text. One instance reads
 * one page at a time; it is not thread-safe.
 */
final class WordCollector extends PDFTextStripper {

    private final List<Word> words = new ArrayList<>();
    private float minGlyphWidth;
    private float minGlyphHeight;

    WordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The words of page {@code number} (1-based) in reading order; empty for a page without text. */
    List<Word> collect(PDDocument document, int number) throws IOException {
        words.clear();
        minGlyphWidth = Float.MAX_VALUE;
        minGlyphHeight = Float.MAX_VALUE;
        setStartPage(number);
        setEndPage(number);
        getText(document);
        return List.copyOf(words);
    }

    /** The narrowest glyph of the last page read (points); MAX_VALUE when it had none. */
    float minGlyphWidth() {
        return minGlyphWidth;
    }

    /** The lowest glyph of the last page read (points); MAX_VALUE when it had none. */
    float minGlyphHeight() {
        return minGlyphHeight;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition g : positions) {
            String u = g.getUnicode();
            if (u != null && !u.isEmpty() && !Character.isISOControl(u.charAt(0))) {
                minGlyphWidth = Math.min(minGlyphWidth, g.getWidthDirAdj());
                minGlyphHeight = Math.min(minGlyphHeight, g.getHeightDir());
            }
        }
        int start = 0;
        for (int i = 0; i <= positions.size(); i++) {
            boolean boundary = i == positions.size() || positions.get(i).getUnicode().isBlank();
            if (boundary) {
                if (i > start) {
                    words.add(toWord(positions.subList(start, i)));
                }
                start = i + 1;
            }
        }
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

    private static Word toWord(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double size = 0;
        for (TextPosition g : glyphs) {
            text.append(g.getUnicode());
            x0 = Math.min(x0, g.getXDirAdj());
            x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
            size = Math.max(size, g.getFontSizeInPt());
        }
        String font = glyphs.get(0).getFont() == null ? "" : String.valueOf(glyphs.get(0).getFont().getName());
        return new Word(unligate(text.toString()), x0, x1, top, bottom, size, font.toLowerCase().contains("bold"));
    }
}
