package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrPictureTest {

    private static final float DPI = 300;

    @Test
    void paintsOutTheRulesAndKeepsTheText() {
        BufferedImage page = ScanPictures.page(DPI, 0, g -> {
            ScanPictures.grid(60, 100, 200, 30, 2, 1, 0.8f, 0).accept(g);
            ScanPictures.text(66, 120, 12, "Durata minima").accept(g);
        });

        BufferedImage read = OcrPicture.of(page, ImageRulings.find(page, DPI), DPI);

        assertThat(inkIn(read, 50, 95, 270, 102)).as("ink along the top rule").isZero();
        assertThat(inkIn(read, 57, 95, 63, 165)).as("ink along the left rule").isZero();
        assertThat(inkIn(read, 64, 110, 140, 122)).as("ink of the words").isGreaterThan(100);
    }

    @Test
    void wipesASpeckStandingAloneButNotAFullStop() {
        BufferedImage page = ScanPictures.page(DPI, 0, g -> {
            ScanPictures.text(60, 120, 12, "4.").accept(g);
            g.setColor(new Color(60, 60, 60));
            g.fill(new Ellipse2D.Double(200, 116, 0.8, 0.8));
        });

        BufferedImage read = OcrPicture.of(page, List.of(), DPI);

        assertThat(inkIn(read, 190, 110, 210, 125)).as("ink of the speck").isZero();
        assertThat(inkIn(read, 65, 115, 70, 121)).as("ink of the full stop").isPositive();
    }

    /** Black pixels of {@code picture} inside the box given in points. */
    private static int inkIn(BufferedImage picture, double x0, double y0, double x1, double y1) {
        double s = DPI / 72;
        int n = 0;
        for (int y = (int) (y0 * s); y < (int) (y1 * s); y++) {
            for (int x = (int) (x0 * s); x < (int) (x1 * s); x++) {
                n += (picture.getRGB(x, y) & 0xffffff) == 0 ? 1 : 0;
            }
        }
        return n;
    }
}
