package it.determina.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The tilt of a scanned page, and the page turned level. A sheet fed to a scanner a little askew prints
 * every text line and ruling at a slant: a ruling breaks into steps a pixel apart, and the OCR boxes of one
 * row drift up or down across the page, so neither lines up with the table's grid. The tilt is the slope
 * along which the dark pixels fall into the fewest rows (text lines and rules are then sharpest), searched
 * within {@link #MAX_DEGREES} either way, coarse then fine. Stateless and thread-safe.
 */
public final class PictureSkew {

    /** Largest tilt looked for, in degrees either way: a page turned further is not a slight skew. */
    private static final double MAX_DEGREES = 3.0;
    private static final double COARSE_STEP = 0.1;
    private static final double FINE_STEP = 0.01;
    /** A tilt under this (degrees) is left alone: it drifts less than a pixel across a printed page. */
    private static final double LEAST_DEGREES = 0.03;
    /** How much darker than the paper a pixel must be to count as ink in the projection. */
    private static final int INK_CONTRAST = 80;

    private PictureSkew() {
    }

    /**
     * The page's tilt in degrees, clockwise as displayed (a line falling to the right is positive);
     * 0 for a page without ink or without a measurable tilt.
     */
    public static double degrees(BufferedImage page) {
        Objects.requireNonNull(page, "page");
        GreyPicture grey = GreyPicture.of(page);
        int[] ink = ink(grey);
        if (ink.length == 0) {
            return 0;
        }
        double coarse = sharpest(ink, grey, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        double fine = sharpest(ink, grey, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
        return Math.abs(fine) < LEAST_DEGREES ? 0 : fine;
    }

    /** The page turned by {@code -degrees} about its centre, corners filled with white; the page itself for 0. */
    public static BufferedImage level(BufferedImage page, double degrees) {
        if (degrees == 0) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(-degrees), w / 2.0, h / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The ink pixels as pairs (x, y) in one array. */
    private static int[] ink(GreyPicture grey) {
        int dark = grey.paper() - INK_CONTRAST;
        int count = 0;
        byte[] levels = grey.levels();
        for (byte b : levels) {
            if ((b & 0xff) < dark) {
                count++;
            }
        }
        int[] out = new int[count * 2];
        int i = 0;
        for (int p = 0; p < levels.length; p++) {
            if ((levels[p] & 0xff) < dark) {
                out[i++] = p % grey.width();
                out[i++] = p / grey.width();
            }
        }
        return out;
    }

    /** The angle between {@code from} and {@code to} whose projection is sharpest (largest sum of squared row counts). */
    private static double sharpest(int[] ink, GreyPicture grey, double from, double to, double step) {
        int margin = (int) Math.ceil(grey.width() * Math.tan(Math.toRadians(MAX_DEGREES + COARSE_STEP))) + 1;
        long[] rows = new long[grey.height() + 2 * margin];
        double best = 0;
        double bestScore = -1;
        for (double a = from; a <= to + step / 2; a += step) {
            double slope = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(rows, 0);
            for (int i = 0; i < ink.length; i += 2) {
                rows[(int) Math.round(ink[i + 1] - ink[i] * slope) + margin]++;
            }
            double score = 0;
            for (long n : rows) {
                score += (double) n * n;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }
}
