package it.determina.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * Pictures of A4 pages drawn for the layout tests, in points as a PDF page is: what a scanner gives, at a
 * chosen resolution and tilt.
 */
final class ScanPictures {

    static final double WIDTH = 595;
    static final double HEIGHT = 842;

    private ScanPictures() {
    }

    /** A white page drawn at {@code dpi}, turned by {@code degrees} clockwise about its centre. */
    static BufferedImage page(float dpi, double degrees, Consumer<Graphics2D> drawing) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(WIDTH * scale), (int) Math.round(HEIGHT * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.scale(scale, scale);
        drawing.accept(g);
        g.dispose();
        return image;
    }

    /** A grid of {@code rows} x {@code columns} cells from (x, y), rules {@code width} points wide in {@code grey}. */
    static Consumer<Graphics2D> grid(double x, double y, double cellWidth, double cellHeight, int rows, int columns,
                                     float width, int grey) {
        return g -> {
            g.setColor(new Color(grey, grey, grey));
            g.setStroke(new BasicStroke(width));
            for (int r = 0; r <= rows; r++) {
                g.draw(new Line2D.Double(x, y + r * cellHeight, x + columns * cellWidth, y + r * cellHeight));
            }
            for (int c = 0; c <= columns; c++) {
                g.draw(new Line2D.Double(x + c * cellWidth, y, x + c * cellWidth, y + rows * cellHeight));
            }
        };
    }

    /** Lines of serif text from (x, y), one every {@code pitch} points. */
    static Consumer<Graphics2D> text(double x, double y, double pitch, String... lines) {
        return g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 10));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], (float) x, (float) (y + i * pitch));
            }
        };
    }
}
