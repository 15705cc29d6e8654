package it.determina.layout;

import java.util.List;

/**
 * The text of one page as positioned lines, top to bottom, with the page size. {@code number} is 1-based.
 * {@code hasTextLayer} is false when the page printed no characters at all (a scan).
 */
public record PageText(int number, double width, double height, List<TextLine> lines, boolean ocr,
                       List<ImageRulings.Segment> pictureRulings) {

    public PageText {
        lines = List.copyOf(lines);
        pictureRulings = List.copyOf(pictureRulings);
    }

    public PageText(int number, double width, double height, List<TextLine> lines) {
        this(number, width, height, lines, false, List.of());
    }

    /** The page as read by OCR from its picture: the given words and the rulings seen in the picture. */
    public PageText withOcrWords(List<Word> words, List<ImageRulings.Segment> rulings) {
        return new PageText(number, width, height, LineBuilder.build(number, words), true, rulings);
    }

    public boolean hasTextLayer() {
        return !lines.isEmpty();
    }
}
