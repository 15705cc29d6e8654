package it.determina.layout;

import java.awt.image.BufferedImage;

/**
 * A page picture as grey levels (0 black .. 255 white), read once so that the skew search and the ruling
 * search do not convert every pixel again. Outside the picture is paper.
 */
record GreyPicture(int width, int height, byte[] levels) {

    static GreyPicture of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] levels = new byte[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            levels[i] = (byte) ((((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3);
        }
        return new GreyPicture(w, h, levels);
    }

    /** The grey level at (x, y); white outside the picture. */
    int at(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 255 : levels[y * width + x] & 0xff;
    }

    /**
     * The grey level of blank paper: the most frequent level in the lighter half. A scan's paper is seldom
     * pure white, and rules are told from it by contrast rather than by one fixed level.
     */
    int paper() {
        int[] counts = new int[256];
        for (byte b : levels) {
            counts[b & 0xff]++;
        }
        int best = 255;
        for (int v = 128; v < 256; v++) {
            if (counts[v] > counts[best]) {
                best = v;
            }
        }
        return best;
    }

    /**
     * The grey level that best splits the picture into ink and paper (Otsu's method: the level with the
     * largest variance between the two classes).
     */
    int inkThreshold() {
        long[] counts = new long[256];
        for (byte b : levels) {
            counts[b & 0xff]++;
        }
        double total = levels.length;
        double sumAll = 0;
        for (int v = 0; v < 256; v++) {
            sumAll += v * (double) counts[v];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int v = 0; v < 256; v++) {
            below += counts[v];
            sumBelow += v * (double) counts[v];
            long above = (long) total - below;
            if (below == 0 || above == 0) {
                continue;
            }
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = v + 1;
            }
        }
        return threshold;
    }
}
