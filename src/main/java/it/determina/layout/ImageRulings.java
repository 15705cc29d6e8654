package it.determina.layout;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ruling lines of a scanned page in its picture: long runs of dark pixels, horizontal and
 * vertical, merged across the few pixels a printed line is thick. A scan has no drawn rulings for
 * tabula to read; these take their place.
 */
public final class ImageRulings {

    /** A ruling in PDF points from the page's top-left corner; horizontal when y0 == y1. */
    public record Segment(double x0, double y0, double x1, double y1) {
    }

    /** Grey level below which a pixel is ink. */
    private static final int DARK = 140;
    /** Shortest ruling, in points (table borders are much longer than any letter stroke). */
    private static final double MIN_LENGTH = 36;
    /** Pixels of a line's thickness merged into one ruling. */
    private static final int THICKNESS = 4;

    private ImageRulings() {
    }

    public static List<Segment> find(BufferedImage page, float dpi) {
        double scale = 72.0 / dpi;
        int minRun = (int) Math.ceil(MIN_LENGTH / scale);
        List<Segment> out = new ArrayList<>();
        out.addAll(runs(page, true, minRun, scale));
        out.addAll(runs(page, false, minRun, scale));
        return out;
    }

    private static List<Segment> runs(BufferedImage img, boolean horizontal, int minRun, double scale) {
        int lines = horizontal ? img.getHeight() : img.getWidth();
        int length = horizontal ? img.getWidth() : img.getHeight();
        List<int[]> found = new ArrayList<>();
        for (int a = 0; a < lines; a++) {
            int start = -1;
            for (int b = 0; b <= length; b++) {
                boolean dark = b < length && isDark(horizontal ? img.getRGB(b, a) : img.getRGB(a, b));
                if (dark && start < 0) {
                    start = b;
                } else if (!dark && start >= 0) {
                    if (b - start >= minRun) {
                        found.add(new int[] {a, start, b});
                    }
                    start = -1;
                }
            }
        }
        List<Segment> merged = new ArrayList<>();
        List<int[]> open = new ArrayList<>();
        for (int[] r : found) {
            int[] same = open.stream().filter(o -> r[0] - o[0] <= THICKNESS && Math.abs(r[1] - o[1]) <= THICKNESS
                    && Math.abs(r[2] - o[2]) <= THICKNESS).findFirst().orElse(null);
            if (same != null) {
                same[0] = r[0];
                continue;
            }
            open.add(r.clone());
            int[] first = r;
            double at = (first[0] + 0.5) * scale;
            merged.add(horizontal ? new Segment(first[1] * scale, at, first[2] * scale, at)
                    : new Segment(at, first[1] * scale, at, first[2] * scale));
        }
        return merged;
    }

    private static boolean isDark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r + g + b) / 3 < DARK;
    }
}
