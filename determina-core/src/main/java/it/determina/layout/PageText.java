package it.determina.layout;

import java.util.List;

/**
 * The text of one page as positioned lines, top to bottom, with the page size. {@code number} is 1-based.
 * {@code hasTextLayer} is false when the page printed no characters at all (a scan). {@code paints} are
 * what the page's paths paint, read in the same walk as its glyphs, for its rulings.
 */
public record PageText(int number, double width, double height, List<TextLine> lines, boolean ocr,
                       List<ImageRulings.Segment> pictureRulings, GlyphSize glyphs, List<PathPaint> paints) {

    /** The smallest glyph width and height on the page (points): how close two ruling ends are one. */
    public record GlyphSize(float minWidth, float minHeight) {
        /** For a page without glyphs (a scan), as tabula would have it. */
        public static final GlyphSize NONE = new GlyphSize(Float.MAX_VALUE, Float.MAX_VALUE);
    }

    public PageText {
        lines = List.copyOf(lines);
        pictureRulings = List.copyOf(pictureRulings);
        paints = List.copyOf(paints);
    }

    /** A page without recorded paths. */
    public PageText(int number, double width, double height, List<TextLine> lines, boolean ocr,
                    List<ImageRulings.Segment> pictureRulings, GlyphSize glyphs) {
        this(number, width, height, lines, ocr, pictureRulings, glyphs, List.of());
    }

    public PageText(int number, double width, double height, List<TextLine> lines) {
        this(number, width, height, lines, false, List.of(), GlyphSize.NONE);
    }

    /** The page as read by OCR from its picture: the given words and the rulings seen in the picture. */
    public PageText withOcrWords(List<Word> words, List<ImageRulings.Segment> rulings) {
        return new PageText(number, width, height, LineBuilder.build(number, words), true, rulings, glyphs, paints);
    }

    /**
     * The page without its paths: once its rulings are read, a page kept until its annex is parsed
     * needs them no more (issue 14: memory).
     */
    public PageText withoutPaints() {
        return paints.isEmpty() ? this : new PageText(number, width, height, lines, ocr, pictureRulings, glyphs, List.of());
    }

    public boolean hasTextLayer() {
        return !lines.isEmpty();
    }
}
