package it.determina.report;

import it.determina.layout.PdfSource;
import it.determina.layout.UnreadableDocumentException;
import it.determina.model.BoundingBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures of where a figure is printed: the page region drawn with PDFBox, widened to the page width
 * and a margin above and below, with the region highlighted. One instance per file; not thread-safe.
 */
final class Crops implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crops.class);

    /** Resolution of the pictures: readable, yet small enough to embed. */
    private static final float DPI = 110f;
    /** Context kept above and below the region (points). */
    private static final double MARGIN = 24;

    private final @Nullable PdfSource pdf;

    Crops(@Nullable Path file) {
        PdfSource opened = null;
        if (file != null) {
            try {
                opened = PdfSource.open(file);
            } catch (UnreadableDocumentException e) {
                LOG.warn("{}: no page pictures in the report ({})", it.determina.SafeText.of(file.getFileName()), e.getMessage());
            }
        }
        this.pdf = opened;
    }

    /** A PNG data URI of the box with context, or null when the page cannot be drawn. */
    @Nullable String dataUri(@Nullable BoundingBox box) {
        if (pdf == null || box == null || box.page() > pdf.pageCount()) {
            return null;
        }
        try {
            BufferedImage page = pdf.render(box.page(), DPI);
            double scale = DPI / 72.0;
            int top = clamp((int) ((box.bbox().get(1) - MARGIN) * scale), page.getHeight());
            int bottom = clamp((int) Math.ceil((box.bbox().get(3) + MARGIN) * scale), page.getHeight());
            BufferedImage crop = new BufferedImage(page.getWidth(), Math.max(1, bottom - top), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = crop.createGraphics();
            g.drawImage(page, 0, -top, null);
            int x = (int) (box.bbox().get(0) * scale);
            int y = (int) (box.bbox().get(1) * scale) - top;
            int w = (int) Math.ceil((box.bbox().get(2) - box.bbox().get(0)) * scale);
            int h = (int) Math.ceil((box.bbox().get(3) - box.bbox().get(1)) * scale);
            g.setColor(new Color(255, 220, 0, 70));
            g.fillRect(x, y, w, h);
            g.setColor(new Color(200, 0, 0));
            g.setStroke(new BasicStroke(2f));
            g.drawRect(x, y, w, h);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(crop, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException | RuntimeException e) {
            LOG.warn("page {} cannot be pictured for the report: {}", box.page(), e.toString());
            return null;
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    @Override
    public void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }
}
