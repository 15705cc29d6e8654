package it.determina.layout;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * The picture of a scanned page as OCR reads it best: every pixel made black or white at the level that
 * best splits ink from paper (a figure alone in a small box, read from the grey picture with its JPEG
 * blur, comes out as letters), its rulings painted out (a rule beside a word is read as "|", or joins the
 * text of two cells into one line), and specks of dust standing alone wiped (OCR reads them as "°", "»",
 * or ":" and so spoils a heading such as "Conoscenze"). Stateless and thread-safe.
 */
public final class OcrPicture {

    /** How much darker than the paper the blurred edge of a rule still is: painted out with the rule. */
    private static final int HALO_CONTRAST = 12;
    /** Largest speck wiped (points across): a full stop or the dot of an i is as small, but never alone. */
    private static final double SPECK = 1.2;
    /** Clear space around a speck standing alone (points): a full stop is closer to its word, even in a wide font. */
    private static final double CLEAR = 4.0;
    /** Samples of a one-bit picture. */
    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private OcrPicture() {
    }

    /**
     * {@code page}, drawn at {@code dpi}, in black and white without {@code rulings} and loose specks; a new
     * picture, the given one is left as it is.
     */
    public static BufferedImage of(BufferedImage page, List<ImageRulings.Segment> rulings, float dpi) {
        Objects.requireNonNull(page, "page");
        GreyPicture grey = GreyPicture.of(page);
        boolean[] ink = new boolean[grey.width() * grey.height()];
        int threshold = grey.inkThreshold();
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (grey.levels()[i] & 0xff) < threshold;
        }
        double pixels = dpi / 72.0;
        rulings.forEach(s -> paintOut(grey, ink, s, pixels));
        wipeSpecks(ink, grey.width(), (int) Math.round(SPECK * pixels), (int) Math.round(CLEAR * pixels));
        BufferedImage out = new BufferedImage(grey.width(), grey.height(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = out.getRaster();
        for (int i = 0; i < ink.length; i++) {
            raster.setSample(i % grey.width(), i / grey.width(), 0, ink[i] ? BLACK : WHITE);
        }
        return out;
    }

    /** Clears the pixels of a ruling, its blurred edge included. */
    private static void paintOut(GreyPicture grey, boolean[] ink, ImageRulings.Segment s, double pixels) {
        int halo = grey.paper() - HALO_CONTRAST;
        int reach = (int) Math.ceil(s.width() * pixels / 2) + 1;
        int across = (int) Math.round((s.isHorizontal() ? s.y0() : s.x0()) * pixels);
        int from = (int) Math.floor((s.isHorizontal() ? s.x0() : s.y0()) * pixels);
        int to = (int) Math.ceil((s.isHorizontal() ? s.x1() : s.y1()) * pixels);
        for (int a = across - reach; a <= across + reach; a++) {
            for (int b = from; b < to; b++) {
                int x = s.isHorizontal() ? b : a;
                int y = s.isHorizontal() ? a : b;
                if (x >= 0 && y >= 0 && x < grey.width() && y < grey.height() && grey.at(x, y) < halo) {
                    ink[y * grey.width() + x] = false;
                }
            }
        }
    }

    /** Clears every patch of ink at most {@code speck} pixels across with no other ink within {@code clear}. */
    private static void wipeSpecks(boolean[] ink, int width, int speck, int clear) {
        int height = ink.length / width;
        int[] patch = new int[ink.length];
        int label = 0;
        for (int start = 0; start < ink.length; start++) {
            if (ink[start] && patch[start] == 0) {
                label++;
                int[] box = flood(ink, width, start, label, patch);
                boolean small = box[2] - box[0] < speck && box[3] - box[1] < speck;
                if (small && alone(ink, patch, width, height, box, label, clear)) {
                    for (int y = box[1]; y <= box[3]; y++) {
                        for (int x = box[0]; x <= box[2]; x++) {
                            if (patch[y * width + x] == label) {
                                ink[y * width + x] = false;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Labels the patch of ink holding pixel {@code start} (8-connected); its box as {x0, y0, x1, y1}. */
    private static int[] flood(boolean[] ink, int width, int start, int label, int[] patch) {
        int height = ink.length / width;
        int[] box = {start % width, start / width, start % width, start / width};
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(start);
        patch[start] = label;
        while (!todo.isEmpty()) {
            int p = todo.poll();
            int px = p % width;
            int py = p / width;
            box[0] = Math.min(box[0], px);
            box[1] = Math.min(box[1], py);
            box[2] = Math.max(box[2], px);
            box[3] = Math.max(box[3], py);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = px + dx;
                    int y = py + dy;
                    if (x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] && patch[y * width + x] == 0) {
                        patch[y * width + x] = label;
                        todo.add(y * width + x);
                    }
                }
            }
        }
        return box;
    }

    /** True when no ink of another patch lies within {@code clear} pixels of the box. */
    private static boolean alone(boolean[] ink, int[] patch, int width, int height, int[] box, int label, int clear) {
        for (int y = Math.max(0, box[1] - clear); y <= Math.min(height - 1, box[3] + clear); y++) {
            for (int x = Math.max(0, box[0] - clear); x <= Math.min(width - 1, box[2] + clear); x++) {
                if (ink[y * width + x] && patch[y * width + x] != label) {
                    return false;
                }
            }
        }
        return true;
    }
}
