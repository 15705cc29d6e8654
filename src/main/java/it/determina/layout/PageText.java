package it.determina.layout;

import java.util.List;

/**
 * The text of one page as positioned lines, top to bottom, with the page size. {@code number} is 1-based.
 * {@code hasTextLayer} is false when the page printed no characters at all (a scan).
 */
public record PageText(int number, double width, double height, List<TextLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    public boolean hasTextLayer() {
        return !lines.isEmpty();
    }
}
