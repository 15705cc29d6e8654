package it.determina.layout;

import java.util.List;

/**
 * The text of one page as positioned lines, top to bottom, with the page size. {@code number} is 1-based.
 * {@code hasTextLayer} is false when the page printed no characters at all (a scan).
 */
public record PageText(int number, double width, double height, List<TextLine> lines, boolean ocr) {

    public PageText {
        lines = List.copyOf(lines);
    }

    public PageText(int number, double width, double height, List<TextLine> lines) {
        this(number, width, height, lines, false);
    }

    /** The page as read by OCR from its picture: the given words, marked as OCR. */
    public PageText withOcrWords(List<Word> words) {
        return new PageText(number, width, height, LineBuilder.build(number, words), true);
    }

    public boolean hasTextLayer() {
        return !lines.isEmpty();
    }
}
