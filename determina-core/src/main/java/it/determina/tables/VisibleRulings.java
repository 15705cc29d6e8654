package it.determina.tables;

import it.determina.layout.PathPaint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import technology.tabula.Ruling;
import technology.tabula.Utils;

/**
 * The ruling lines a reader sees on one page, in tabula's page space (points, origin at the top left
 * of the CropBox, y downwards). Only what is visible counts:
 * <ul>
 * <li>a stroke or thin fill in the colour of what lies below it (white on the white page, or the colour
 * of the shading band it is drawn on) is no line;</li>
 * <li>a filled area (a shading band) is no line unless it is thin, under {@link #THIN_EM} of the body font size across;
 * a thin filled rectangle is a line along its length;</li>
 * <li>lines are cut to the clipping path, and the drawings inside Type3 glyphs are letters, not lines;</li>
 * <li>a broken line (dashes drawn one by one, dots, runs of tiny squares) is one line when its pieces
 * follow each other at gaps under {@link #GAP_EM} of the page's body font size.</li>
 * </ul>
 * The page's paths come from the walk that read its glyphs ({@link PathPaint}, issue 14: one walk per
 * page); here they are judged, in the order they were painted. One instance reads one page; not thread-safe.
 */
final class VisibleRulings {

    /**
     * A filled rectangle narrower than this share of the body font size in one direction is a line, in
     * both a dot: frames are drawn up to about 2 pt thick, while a shading band is at least a line of text high.
     */
    static final double THIN_EM = 0.3;
    /** Largest gap between the pieces of a broken line, as a share of the body font size. */
    static final double GAP_EM = 0.5;
    /** Largest difference per RGB channel (0..255) between two colours that look the same. */
    private static final int SAME_COLOUR = 8;
    /** The colour of paper: a page shows white where nothing is painted. */
    private static final int PAPER = PathPaint.PAPER;
    /** Colour of a paint whose colour cannot be told (patterns): always visible. */
    private static final int UNKNOWN = PathPaint.UNKNOWN;
    /** The clipping path's box is widened by this (points): a border drawn on the clip's edge stays. */
    private static final double CLIP_MARGIN = 1.0;

    /** A filled area wider than {@link #THIN_EM} both ways, with its colour (0xRRGGBB or {@link #UNKNOWN}). */
    private record Band(Rectangle2D box, int rgb) {
    }

    /** {@link #THIN_EM} on this page, in points. */
    private final double thin;
    private final List<Band> bands = new ArrayList<>();
    private final List<BrokenLines.Piece> pieces = new ArrayList<>();

    private VisibleRulings(double em) {
        thin = THIN_EM * em;
    }

    /**
     * The visible rulings of a page whose paths painted {@code paints} (in painting order): end points
     * snapped within the smallest glyph ({@code minGlyphWidth}, {@code minGlyphHeight}), collinear lines
     * collapsed, as tabula does. {@code em} is the page's body font size (points). An empty list for a page
     * without lines.
     */
    static List<Ruling> read(List<PathPaint> paints, double em, float minGlyphWidth, float minGlyphHeight) {
        VisibleRulings engine = new VisibleRulings(em);
        for (PathPaint p : paints) {
            engine.paint(p);
        }
        engine.addFramedBandEdges();
        List<Ruling> rulings = BrokenLines.join(engine.pieces, GAP_EM * em);
        if (rulings.isEmpty()) {
            return List.of();
        }
        Utils.snapPoints(rulings, minGlyphWidth, minGlyphHeight);
        List<Ruling> vertical = new ArrayList<>();
        List<Ruling> horizontal = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.vertical()) {
                vertical.add(r);
            } else if (r.horizontal()) {
                horizontal.add(r);
            }
        }
        List<Ruling> out = new ArrayList<>(Ruling.collapseOrientedRulings(vertical));
        out.addAll(Ruling.collapseOrientedRulings(horizontal));
        return out;
    }

    /** A path filled, then stroked, as the page painted it. */
    private void paint(PathPaint p) {
        if (p.filled()) {
            fill(p);
        }
        if (p.stroked()) {
            stroke(p);
        }
    }

    /** Every straight segment of a stroked path without curves is a piece of a line. */
    private void stroke(PathPaint paint) {
        int rgb = paint.strokeRgb();
        List<double[]> points = polyline(paint);
        if (points == null) {
            return;
        }
        double width = paint.lineWidth();
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (b[2] == 0) {
                continue;
            }
            boolean dot = Math.hypot(b[0] - a[0], b[1] - a[1]) < thin && width < thin;
            addIfVisible(new BrokenLines.Piece(a[0], a[1], b[0], b[1], dot), rgb, paint.clip());
        }
    }

    /** A filled rectangle thin in one direction is a line; a wider one is a band, never a line. */
    private void fill(PathPaint paint) {
        int rgb = paint.fillRgb();
        for (Rectangle2D box : rectangles(paint)) {
            double cx = box.getCenterX();
            double cy = box.getCenterY();
            if (box.getWidth() < thin && box.getHeight() < thin) {
                addIfVisible(new BrokenLines.Piece(box.getMinX(), cy, box.getMaxX(), cy, true), rgb, paint.clip());
            } else if (box.getHeight() < thin) {
                addIfVisible(new BrokenLines.Piece(box.getMinX(), cy, box.getMaxX(), cy, false), rgb, paint.clip());
            } else if (box.getWidth() < thin) {
                addIfVisible(new BrokenLines.Piece(cx, box.getMinY(), cx, box.getMaxY(), false), rgb, paint.clip());
            } else {
                bands.add(new Band(box, rgb));
            }
        }
    }

    private void addIfVisible(BrokenLines.Piece p, int rgb, Rectangle2D clipBounds) {
        double mx = (p.x0() + p.x1()) / 2;
        double my = (p.y0() + p.y1()) / 2;
        if (rgb != UNKNOWN && sameColour(rgb, backgroundAt(mx, my))) {
            return;
        }
        Rectangle2D clip = new Rectangle2D.Double();
        clip.setRect(clipBounds.getX() - CLIP_MARGIN, clipBounds.getY() - CLIP_MARGIN,
                clipBounds.getWidth() + 2 * CLIP_MARGIN, clipBounds.getHeight() + 2 * CLIP_MARGIN);
        if (!clip.contains(mx, my) && !clip.intersectsLine(p.x0(), p.y0(), p.x1(), p.y1())) {
            return;
        }
        double x0 = Math.max(clip.getMinX(), Math.min(p.x0(), p.x1()));
        double x1 = Math.min(clip.getMaxX(), Math.max(p.x0(), p.x1()));
        double y0 = Math.max(clip.getMinY(), Math.min(p.y0(), p.y1()));
        double y1 = Math.min(clip.getMaxY(), Math.max(p.y0(), p.y1()));
        if (p.dot() || Math.abs(p.x1() - p.x0()) < 1e-6 || Math.abs(p.y1() - p.y0()) < 1e-6) {
            pieces.add(new BrokenLines.Piece(x0, y0, x1, y1, p.dot()));
        } else {
            // an oblique line is kept as drawn: only horizontal and vertical lines make cells
            pieces.add(p);
        }
    }

    /**
     * The top and bottom edges of each band that fills a cell of a ruled grid, one whose left and right
     * sides lie on visible vertical lines: there the fill marks the row as its border would. A band
     * without such lines beside it is shading behind an unruled table and stays no line.
     */
    private void addFramedBandEdges() {
        List<BrokenLines.Piece> verticals = pieces.stream().filter(p -> !p.dot() && p.vertical()).toList();
        for (Band b : bands) {
            Rectangle2D box = b.box();
            if (hasSide(verticals, box.getMinX(), box) && hasSide(verticals, box.getMaxX(), box)) {
                pieces.add(new BrokenLines.Piece(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMinY(), false));
                pieces.add(new BrokenLines.Piece(box.getMinX(), box.getMaxY(), box.getMaxX(), box.getMaxY(), false));
            }
        }
    }

    /** True when a vertical line at {@code x} runs along at least half of the box's height. */
    private boolean hasSide(List<BrokenLines.Piece> verticals, double x, Rectangle2D box) {
        double along = 0;
        for (BrokenLines.Piece v : verticals) {
            if (Math.abs(v.x0() - x) <= thin) {
                double from = Math.max(box.getMinY(), Math.min(v.y0(), v.y1()));
                double to = Math.min(box.getMaxY(), Math.max(v.y0(), v.y1()));
                along += Math.max(0, to - from);
            }
        }
        return along >= box.getHeight() / 2;
    }

    /** The colour showing at a point: the last band painted there, else the paper. */
    private int backgroundAt(double x, double y) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (bands.get(i).box().contains(x, y)) {
                return bands.get(i).rgb();
            }
        }
        return PAPER;
    }

    private static boolean sameColour(int a, int b) {
        if (b == UNKNOWN) {
            return false;
        }
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > SAME_COLOUR) {
                return false;
            }
        }
        return true;
    }

    /**
     * The path's points in page space, {x, y, 1} for a point joined to the previous one and
     * {x, y, 0} for a point moved to; null when the path has curves (an arc or a letter, not a line).
     */
    private static List<double[]> polyline(PathPaint paint) {
        double[] flat = paint.polyline();
        if (flat == null) {
            return null;
        }
        List<double[]> out = new ArrayList<>(flat.length / 3);
        for (int i = 0; i < flat.length; i += 3) {
            out.add(new double[] {flat[i], flat[i + 1], flat[i + 2]});
        }
        return out;
    }

    /** The axis-aligned rectangles among the path's closed sub-paths, in page space. */
    private static List<Rectangle2D> rectangles(PathPaint paint) {
        List<double[]> points = polyline(paint);
        List<Rectangle2D> out = new ArrayList<>();
        if (points == null) {
            return out;
        }
        int from = 0;
        for (int i = 1; i <= points.size(); i++) {
            if (i == points.size() || points.get(i)[2] == 0) {
                Rectangle2D box = rectangle(points.subList(from, i));
                if (box != null) {
                    out.add(box);
                }
                from = i;
            }
        }
        return out;
    }

    /** The box of a sub-path whose every edge is horizontal or vertical, else null. */
    private static Rectangle2D rectangle(List<double[]> points) {
        if (points.size() < 4) {
            return null;
        }
        Rectangle2D box = new Rectangle2D.Double(points.get(0)[0], points.get(0)[1], 0, 0);
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (Math.abs(a[0] - b[0]) > 0.01 && Math.abs(a[1] - b[1]) > 0.01) {
                return null;
            }
            box.add(b[0], b[1]);
        }
        return box;
    }
}
