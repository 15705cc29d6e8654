package it.determina.layout;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds the ruling lines of a scanned page in its picture: long runs of pixels darker than the paper,
 * horizontal and vertical, gathered across the few pixels a printed line is thick. A scan has no drawn
 * rulings for tabula to read; these take their place. Darkness is measured against the page's own paper
 * (a scan's white is grey), twice: faintly, so that grey and hairline rules count, and strongly, so that
 * a black rule bordering a shaded cell is told from the shading (with the faint measure the two make one
 * band too thick to be a line). Small breaks (noise, JPEG blur) are bridged, and a rule that steps by a
 * pixel (a scan turned level imperfectly) stays one line. Stateless and thread-safe.
 */
public final class ImageRulings {

    /**
     * A ruling in PDF points from the page's top-left corner, horizontal when y0 == y1; {@code width} is
     * how thick it is printed (points).
     */
    public record Segment(double x0, double y0, double x1, double y1, double width) {
        public boolean isHorizontal() {
            return y0 == y1;
        }
    }

    /** How much darker than the paper a pixel of a grey or hairline rule is at least. */
    private static final int FAINT_CONTRAST = 50;
    /** How much darker than the paper a pixel of a black rule is at least (the shading of a cell is lighter). */
    private static final int STRONG_CONTRAST = 115;
    /** Shortest ruling, in points (table borders are much longer than any letter stroke). */
    private static final double MIN_LENGTH = 36;
    /** Thickest rule, in points: a thicker dark band is a shaded cell or a filled bar, not a line. */
    private static final double MAX_THICKNESS = 2.5;
    /**
     * Share of a rule's length where the ink across it is no thicker than a rule. A run along the foot of a
     * word, its letters joined by serifs, is crossed by the letters' stems over a third of its length or
     * more; a rule only where a column rule or a glyph touches it.
     */
    private static final double THIN_SHARE = 0.85;
    /** Widest break bridged inside one rule, in points (dotted leaders leave wider gaps). */
    private static final double GAP = 1.0;

    private ImageRulings() {
    }

    /** The rulings of {@code page} drawn at {@code dpi}; empty for a page without any. */
    public static List<Segment> find(BufferedImage page, float dpi) {
        GreyPicture grey = GreyPicture.of(page);
        Scale scale = new Scale(72.0 / dpi);
        int paper = grey.paper();
        List<Segment> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Band> faint = bands(grey, horizontal, paper - FAINT_CONTRAST, scale);
            List<Band> strong = bands(grey, horizontal, paper - STRONG_CONTRAST, scale);
            List<Band> kept = new ArrayList<>(faint);
            int reach = scale.pixels(MAX_THICKNESS);
            strong.stream().filter(s -> faint.stream().noneMatch(f -> f.near(s, reach))).forEach(kept::add);
            kept.forEach(b -> out.add(b.segment(horizontal, scale.points())));
        }
        return out;
    }

    /** Points per pixel, and lengths in points converted to pixels. */
    private record Scale(double points) {
        int pixels(double length) {
            return Math.max(1, (int) Math.round(length / points));
        }
    }

    /** Consecutive pixel lines (rows for a horizontal rule) holding a run from {@code start} to {@code end}. */
    private static final class Band {
        private int first;
        private int last;
        private int start;
        private int end;

        Band(int line, int start, int end) {
            this.first = line;
            this.last = line;
            this.start = start;
            this.end = end;
        }

        /** True when a run on pixel line {@code line} touches this band: the next line, overlapping it. */
        boolean touches(int line, int runStart, int runEnd) {
            return line - last <= 1 && runStart < end && runEnd > start;
        }

        void extend(int line, int runStart, int runEnd) {
            last = Math.max(last, line);
            start = Math.min(start, runStart);
            end = Math.max(end, runEnd);
        }

        void absorb(Band other) {
            first = Math.min(first, other.first);
            extend(other.last, other.start, other.end);
        }

        /** Thickness in pixels, less the pixel a run is widened by on each side ({@link #isInk}). */
        int thickness() {
            return last - first + 1 - 2;
        }

        /** True when the other band lies within {@code reach} pixels across and beside this one along. */
        boolean near(Band other, int reach) {
            return Math.abs(first + last - other.first - other.last) / 2 <= reach
                    && Math.min(end, other.end) > Math.max(start, other.start);
        }

        Segment segment(boolean horizontal, double scale) {
            double at = (first + last + 1) / 2.0 * scale;
            double width = Math.max(1, thickness()) * scale;
            return horizontal ? new Segment(start * scale, at, end * scale, at, width)
                    : new Segment(at, start * scale, at, end * scale, width);
        }
    }

    private static List<Band> bands(GreyPicture grey, boolean horizontal, int dark, Scale scale) {
        int lines = horizontal ? grey.height() : grey.width();
        int minRun = scale.pixels(MIN_LENGTH);
        int tolerance = scale.pixels(MAX_THICKNESS);
        List<Band> open = new ArrayList<>();
        List<Band> done = new ArrayList<>();
        for (int a = 0; a < lines; a++) {
            for (int[] run : runs(grey, horizontal, a, dark, scale.pixels(GAP))) {
                if (run[1] - run[0] < minRun) {
                    continue;
                }
                join(open, a, run);
            }
            close(open, done, a);
        }
        close(open, done, Integer.MAX_VALUE);
        List<Band> out = new ArrayList<>();
        for (Band b : done) {
            if (b.thickness() <= tolerance && thinShare(grey, horizontal, b, dark, tolerance) >= THIN_SHARE) {
                out.add(b);
            }
        }
        return out;
    }

    /** The share of the band's length where the ink across it is no thicker than {@code tolerance} pixels. */
    private static double thinShare(GreyPicture grey, boolean horizontal, Band band, int dark, int tolerance) {
        int thin = 0;
        for (int b = band.start; b < band.end; b++) {
            int at = inkAcross(grey, horizontal, band, b, dark);
            if (at < 0) {
                continue;
            }
            int lo = at;
            int hi = at;
            while (at - lo <= tolerance && level(grey, horizontal, lo - 1, b) < dark) {
                lo--;
            }
            while (hi - at <= tolerance && level(grey, horizontal, hi + 1, b) < dark) {
                hi++;
            }
            if (hi - lo + 1 <= tolerance) {
                thin++;
            }
        }
        return (double) thin / (band.end - band.start);
    }

    /** The pixel line nearest the band's middle with ink at {@code b}, or -1 where the band has a break. */
    private static int inkAcross(GreyPicture grey, boolean horizontal, Band band, int b, int dark) {
        int centre = (band.first + band.last) / 2;
        for (int d = 0; d <= (band.last - band.first) / 2 + 1; d++) {
            if (level(grey, horizontal, centre - d, b) < dark) {
                return centre - d;
            }
            if (level(grey, horizontal, centre + d, b) < dark) {
                return centre + d;
            }
        }
        return -1;
    }

    private static int level(GreyPicture grey, boolean horizontal, int a, int b) {
        return horizontal ? grey.at(b, a) : grey.at(a, b);
    }

    /**
     * Adds a run to the open band it touches, merging the bands it joins (the two edges of an uneven rule
     * run in and out of the band's last lines), or opens a band. A shaded cell bordered by a rule makes one
     * band, too thick to be kept.
     */
    private static void join(List<Band> open, int line, int[] run) {
        Band into = null;
        for (Iterator<Band> it = open.iterator(); it.hasNext(); ) {
            Band b = it.next();
            if (b.touches(line, run[0], run[1])) {
                if (into == null) {
                    into = b;
                    into.extend(line, run[0], run[1]);
                } else {
                    into.absorb(b);
                    it.remove();
                }
            }
        }
        if (into == null) {
            open.add(new Band(line, run[0], run[1]));
        }
    }

    /** Moves the bands that no longer continue at pixel line {@code a} from {@code open} to {@code done}. */
    private static void close(List<Band> open, List<Band> done, int a) {
        open.removeIf(b -> {
            boolean ended = a == Integer.MAX_VALUE || a - b.last > 1;
            if (ended) {
                done.add(b);
            }
            return ended;
        });
    }

    /** The runs of ink along pixel line {@code a}, as [start, end) pairs, breaks up to {@code gap} pixels bridged. */
    private static List<int[]> runs(GreyPicture grey, boolean horizontal, int a, int dark, int gap) {
        int length = horizontal ? grey.width() : grey.height();
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int b = 0; b < length; b++) {
            if (isInk(grey, horizontal, a, b, dark)) {
                if (start < 0) {
                    start = b;
                }
                lastInk = b;
            } else if (start >= 0 && b - lastInk > gap) {
                out.add(new int[] {start, lastInk + 1});
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, lastInk + 1});
        }
        return out;
    }

    /**
     * True when the pixel at {@code b} along line {@code a}, or its neighbour on either side across the
     * line, is darker than {@code dark}: a rule that steps by one pixel still runs unbroken.
     */
    private static boolean isInk(GreyPicture grey, boolean horizontal, int a, int b, int dark) {
        for (int d = -1; d <= 1; d++) {
            int level = horizontal ? grey.at(b, a + d) : grey.at(a + d, b);
            if (level < dark) {
                return true;
            }
        }
        return false;
    }
}
