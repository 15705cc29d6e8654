package it.determina.layout;

import java.util.Objects;

/**
 * One word as printed: its text and its box in PDF user space with the origin at the top left of the
 * page (y grows downwards), as PDFBox reports text positions.
 */
public record Word(String text, double x0, double x1, double top, double bottom, double fontSize, boolean bold) {

    public Word {
        Objects.requireNonNull(text, "text");
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (top + bottom) / 2;
    }

    public double height() {
        return bottom - top;
    }
}
