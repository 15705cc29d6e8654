package it.determina.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Pages of a generated test PDF: text and rules placed in top-left coordinates (points), in one standard
 * font and size, on A4 pages portrait or landscape. For tests that build tables in a layout of their own.
 */
public final class TablePages {
    private final PDDocument doc = new PDDocument();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final PDRectangle size;
    private final PDType1Font font;
    private final float fontSize;

    /** {@code count} A4 portrait pages, text in {@code name} at {@code fontSize} points. */
    public TablePages(int count, Standard14Fonts.FontName name, float fontSize) throws IOException {
        this(count, PDRectangle.A4, name, fontSize);
    }

    /** {@code count} pages of {@code size}, text in {@code name} at {@code fontSize} points. */
    public TablePages(int count, PDRectangle size, Standard14Fonts.FontName name, float fontSize) throws IOException {
        this.size = size;
        this.font = new PDType1Font(name);
        this.fontSize = fontSize;
        for (int i = 0; i < count; i++) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            streams.add(new PDPageContentStream(doc, page));
        }
    }

    /** A4 landscape. */
    public static PDRectangle landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    /** The font size, points. */
    public float fontSize() {
        return fontSize;
    }

    /** Width of {@code s} in the pages' font, points. */
    public double width(String s) throws IOException {
        return font.getStringWidth(s) / 1000 * fontSize;
    }

    /** {@code s} with its top-left at ({@code x}, {@code top}). */
    public void text(int page, double x, double top, String s) throws IOException {
        PDPageContentStream cs = streams.get(page);
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset((float) x, (float) (size.getHeight() - top - fontSize));
        cs.showText(s);
        cs.endText();
    }

    /** {@code s} centred between {@code from} and {@code to}. */
    public void centred(int page, double from, double to, double top, String s) throws IOException {
        text(page, from + (to - from - width(s)) / 2, top, s);
    }

    /** Text turned by {@code degrees} about its start, in a large grey font: a watermark across the page. */
    public void slanted(int page, double x, double top, double degrees, float size, String s) throws IOException {
        PDPageContentStream cs = streams.get(page);
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), size);
        cs.setNonStrokingColor(0.85f, 0.85f, 0.85f);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(degrees), (float) x, (float) (this.size.getHeight() - top)));
        cs.showText(s);
        cs.endText();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A horizontal rule from {@code x0} to {@code x1} at {@code top}. */
    public void rule(int page, double x0, double x1, double top) throws IOException {
        PDPageContentStream cs = streams.get(page);
        cs.setLineWidth(0.6f);
        float y = (float) (size.getHeight() - top);
        cs.moveTo((float) x0, y);
        cs.lineTo((float) x1, y);
        cs.stroke();
    }

    /** A vertical rule at {@code x} from {@code top} to {@code bottom}. */
    public void column(int page, double x, double top, double bottom) throws IOException {
        PDPageContentStream cs = streams.get(page);
        cs.setLineWidth(0.6f);
        cs.moveTo((float) x, (float) (size.getHeight() - top));
        cs.lineTo((float) x, (float) (size.getHeight() - bottom));
        cs.stroke();
    }

    /** Closes the pages and writes the PDF to {@code file}, which it returns. */
    public Path save(Path file) throws IOException {
        for (PDPageContentStream cs : streams) {
            cs.close();
        }
        doc.save(file.toFile());
        doc.close();
        return file;
    }
}
