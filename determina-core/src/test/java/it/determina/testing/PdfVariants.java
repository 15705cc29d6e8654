package it.determina.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Makes variants of a real PDF for tests: the same text with every ruling line removed (an unruled
 * table), or every page turned to landscape. The expected JSON of the original still holds.
 */
public final class PdfVariants {

    /** Path construction and painting operators: what draws ruling lines and cell backgrounds. */
    private static final Set<String> PATH_OPERATORS = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f",
            "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*");

    private PdfVariants() {
    }

    /** Writes {@code source} to {@code target} with no lines or filled shapes: text only. */
    public static void withoutRulings(Path source, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setContents(textOnly(doc, new PDFStreamParser(page).parse()));
                PDResources resources = page.getResources();
                if (resources != null) {
                    stripForms(doc, resources);
                }
            }
            doc.save(target.toFile());
        }
    }

    /** Pages assembled from other PDFs draw them as form XObjects: strip those too. */
    private static void stripForms(PDDocument doc, PDResources resources) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                List<Object> tokens = new PDFStreamParser(form).parse();
                try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(kept(tokens));
                }
                if (form.getResources() != null) {
                    stripForms(doc, form.getResources());
                }
            }
        }
    }

    private static PDStream textOnly(PDDocument doc, List<Object> tokens) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept(tokens));
        }
        return stream;
    }

    private static List<Object> kept(List<Object> tokens) {
        List<Object> kept = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (t instanceof Operator op) {
                if (!PATH_OPERATORS.contains(op.getName())) {
                    kept.addAll(operands);
                    kept.add(op);
                }
                operands.clear();
            } else {
                operands.add(t);
            }
        }
        return kept;
    }

    /**
     * Writes {@code source} to {@code target} with the page content scaled by {@code factor} onto a page
     * scaled the same way: other page sizes and font sizes, same layout.
     */
    public static void scaled(Path source, Path target, float factor) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, false)) {
                    cs.transform(Matrix.getScaleInstance(factor, factor));
                }
                PDRectangle scaledBox = new PDRectangle(box.getLowerLeftX() * factor, box.getLowerLeftY() * factor,
                        box.getWidth() * factor, box.getHeight() * factor);
                page.setMediaBox(scaledBox);
                page.setCropBox(scaledBox);
            }
            doc.save(target.toFile());
        }
    }

    /**
     * Writes {@code source} to {@code target} as pages whose /Rotate is 90 while the content is drawn
     * turned the other way, so each page still displays upright: what scanners and merge tools produce.
     */
    public static void rotatedUpright(Path source, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                float w = box.getWidth();
                float h = box.getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, false)) {
                    cs.transform(new Matrix(0, 1, -1, 0, h, 0));
                }
                PDRectangle turned = new PDRectangle(0, 0, h, w);
                page.setMediaBox(turned);
                page.setCropBox(turned);
                page.setRotation(90);
            }
            doc.save(target.toFile());
        }
    }

    /** Writes {@code source} to {@code target} as a scan: every page an image drawn at {@code dpi}, no text. */
    public static void scanned(Path source, Path target, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile()); PDDocument scan = new PDDocument()) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
                PDRectangle box = doc.getPage(i).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                scan.addPage(page);
                org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture =
                        org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(target.toFile());
        }
    }

    /**
     * Writes {@code source} to {@code target} as a scan ({@link #scanned}) with speckles over {@code box}
     * ({@code [left, top, right, bottom]} in PDF points from the top-left corner) of page {@code page}: a
     * {@code share} of its pixels turned black or white at random (seeded), as dirt on a photocopy.
     */
    public static void scannedWithSpeckles(Path source, Path target, float dpi, int page, double[] box, double share)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile()); PDDocument scan = new PDDocument()) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            java.util.Random random = new java.util.Random(11);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
                if (i + 1 == page) {
                    double scale = dpi / 72.0;
                    for (int y = (int) (box[1] * scale); y < (int) (box[3] * scale); y++) {
                        for (int x = (int) (box[0] * scale); x < (int) (box[2] * scale); x++) {
                            if (random.nextDouble() < share) {
                                image.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
                            }
                        }
                    }
                }
                PDRectangle size = doc.getPage(i).getMediaBox();
                PDPage scanned = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(scanned);
                org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture =
                        org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream cs = new PDPageContentStream(scan, scanned)) {
                    cs.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            scan.save(target.toFile());
        }
    }

    /** Writes {@code source} to {@code target} with every page rotated by {@code degrees} (90, 180, 270). */
    public static void rotated(Path source, Path target, int degrees) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation((page.getRotation() + degrees) % 360);
            }
            doc.save(target.toFile());
        }
    }
}
