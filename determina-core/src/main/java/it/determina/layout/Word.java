package it.determina.layout;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One word as printed: its text and its box in PDF user space with the origin at the top left of the
 * page (y grows downwards), as PDFBox reports text positions. {@code ocrConfidence} is Tesseract's
 * confidence in a word read by OCR (hOCR {@code x_wconf}, 0..100), null for a word of the text layer.
 */
public record Word(String text, double x0, double x1, double top, double bottom, double fontSize, boolean bold,
                   @Nullable Integer ocrConfidence) {

    public Word {
        Objects.requireNonNull(text, "text");
    }

    /** A word of the text layer. */
    public Word(String text, double x0, double x1, double top, double bottom, double fontSize, boolean bold) {
        this(text, x0, x1, top, bottom, fontSize, bold, null);
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
