package it.determina.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Bakes each page's /Rotate into its content, in memory, so that every later reader (PDFBox text,
 * tabula rulings) sees the page as displayed, unrotated. tabula-java places ruling lines wrongly on
 * rotated pages; landscape acts are often stored as portrait pages turned by /Rotate.
 */
final class PageRotation {

    private PageRotation() {
    }

    /** Undoes every page's /Rotate; returns each page's frame, to map boxes back to its user space. */
    static java.util.List<PageFrame> normalize(PDDocument document) throws IOException {
        java.util.List<PageFrame> frames = new java.util.ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            PDRectangle original = page.getCropBox();
            if (rotation == 0 || writtenUnrotated(document, number)) {
                // unrotated, or the text runs along the unrotated page: /Rotate only turns it on screen
                page.setRotation(0);
                frames.add(new PageFrame(0, original.getLowerLeftX(), original.getLowerLeftY(), original.getWidth(), original.getHeight()));
                continue;
            }
            frames.add(new PageFrame(rotation, original.getLowerLeftX(), original.getLowerLeftY(), original.getWidth(), original.getHeight()));
            PDRectangle box = page.getCropBox();
            float w = box.getWidth();
            float h = box.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.PREPEND, false)) {
                cs.transform(displayTransform(rotation, w, h));
                cs.transform(Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY()));
            }
            PDRectangle shown = rotation == 180 ? new PDRectangle(w, h) : new PDRectangle(h, w);
            page.setMediaBox(shown);
            page.setCropBox(shown);
            page.setRotation(0);
        }
        return frames;
    }

    /** True when most glyphs of the page run horizontally in its own user space. */
    private static boolean writtenUnrotated(PDDocument document, int number) throws IOException {
        DirectionCounter counter = new DirectionCounter();
        counter.setStartPage(number);
        counter.setEndPage(number);
        counter.getText(document);
        return counter.horizontal > counter.turned;
    }

    /** Counts glyphs by direction in user space, the page's /Rotate left out. */
    private static final class DirectionCounter extends PDFTextStripper {
        private int horizontal;
        private int turned;

        @Override
        protected void processTextPosition(TextPosition text) {
            Matrix m = text.getTextMatrix();
            if (Math.abs(m.getValue(0, 0)) >= Math.abs(m.getValue(0, 1))) {
                horizontal++;
            } else {
                turned++;
            }
        }
    }

    /** Maps user space of a w × h page to the space of the page as displayed after turning it clockwise. */
    private static Matrix displayTransform(int rotation, float w, float h) {
        return switch (rotation) {
            case 90 -> new Matrix(0, -1, 1, 0, 0, w);
            case 180 -> new Matrix(-1, 0, 0, -1, w, h);
            case 270 -> new Matrix(0, 1, -1, 0, h, 0);
            default -> new Matrix();
        };
    }
}
