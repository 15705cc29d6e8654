package it.determina.layout;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Objects;

/**
 * The picture of a scanned page as OCR reads it best: its rulings painted out (a rule beside a word is
 * read as "|", or joins the text of two cells into one line) and every pixel made black or white at the
 * level that best splits ink from paper (a figure alone in a small box, read from the grey picture with
 * its JPEG blur, comes out as letters). Stateless and thread-safe.
 */
public final class OcrPicture {

    /** How much darker than the paper the blurred edge of a rule still is: painted out with the rule. */
    private static final int HALO_CONTRAST = 12;
    /** Samples of a one-bit picture. */
    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private OcrPicture() {
    }

    /**
     * {@code page}, drawn at {@code dpi}, without {@code rulings} and in black and white; a new picture,
     * the given one is left as it is.
     */
    public static BufferedImage of(BufferedImage page, List<ImageRulings.Segment> rulings, float dpi) {
        Objects.requireNonNull(page, "page");
        GreyPicture grey = GreyPicture.of(page);
        int ink = grey.inkThreshold();
        BufferedImage out = new BufferedImage(grey.width(), grey.height(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = out.getRaster();
        for (int y = 0; y < grey.height(); y++) {
            for (int x = 0; x < grey.width(); x++) {
                raster.setSample(x, y, 0, grey.at(x, y) < ink ? BLACK : WHITE);
            }
        }
        int halo = grey.paper() - HALO_CONTRAST;
        double pixels = dpi / 72.0;
        for (ImageRulings.Segment s : rulings) {
            int reach = (int) Math.ceil(s.width() * pixels / 2) + 1;
            int across = (int) Math.round((s.isHorizontal() ? s.y0() : s.x0()) * pixels);
            int from = (int) Math.floor((s.isHorizontal() ? s.x0() : s.y0()) * pixels);
            int to = (int) Math.ceil((s.isHorizontal() ? s.x1() : s.y1()) * pixels);
            for (int a = across - reach; a <= across + reach; a++) {
                for (int b = from; b < to; b++) {
                    int x = s.isHorizontal() ? b : a;
                    int y = s.isHorizontal() ? a : b;
                    if (grey.at(x, y) < halo && x >= 0 && y >= 0 && x < grey.width() && y < grey.height()) {
                        raster.setSample(x, y, 0, WHITE);
                    }
                }
            }
        }
        return out;
    }
}
