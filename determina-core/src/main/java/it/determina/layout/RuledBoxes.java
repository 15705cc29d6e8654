package it.determina.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The closed boxes the rulings of a scanned page draw: the cells of its ruled tables, each bounded by a
 * rule on all four sides, found from their top-left corners as tabula's lattice finds cells. OCR reads
 * each box on its own ({@link PageReader}): read as one page, a word beside a column rule
 * is taken for the next cell's line, and a figure alone in a narrow cell is passed over as noise.
 * Stateless and thread-safe.
 */
public final class RuledBoxes {

    /** A box in points from the page's top-left corner. */
    public record Box(double x0, double top, double x1, double bottom) {
    }

    /** Rule ends and crossings closer than this (points) meet. */
    private static final double TOLERANCE = 2.0;
    /** Smallest side of a box that can hold text (points). */
    private static final double MIN_SIDE = 6.0;

    private RuledBoxes() {
    }

    /** The boxes {@code rulings} close, top to bottom; empty when they close none. */
    public static List<Box> find(List<ImageRulings.Segment> rulings) {
        List<ImageRulings.Segment> horizontal = rulings.stream().filter(ImageRulings.Segment::isHorizontal).toList();
        List<ImageRulings.Segment> vertical = rulings.stream().filter(s -> !s.isHorizontal()).toList();
        List<Double> ys = positions(horizontal.stream().map(ImageRulings.Segment::y0).toList());
        List<Double> xs = positions(vertical.stream().map(ImageRulings.Segment::x0).toList());
        Lines lines = new Lines(horizontal, vertical);
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < ys.size(); i++) {
            for (int j = 0; j < xs.size(); j++) {
                if (lines.crossing(xs.get(j), ys.get(i))) {
                    Box b = boxFrom(lines, xs, ys, j, i);
                    if (b != null && b.x1() - b.x0() >= MIN_SIDE && b.bottom() - b.top() >= MIN_SIDE) {
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }

    /** The smallest box with its top-left corner at (xs[j], ys[i]), or null. */
    private static @Nullable Box boxFrom(Lines lines, List<Double> xs, List<Double> ys, int j, int i) {
        double x = xs.get(j);
        double y = ys.get(i);
        for (int k = i + 1; k < ys.size() && lines.vertical(x, y, ys.get(k)); k++) {
            if (!lines.crossing(x, ys.get(k))) {
                continue;
            }
            for (int l = j + 1; l < xs.size() && lines.horizontal(y, x, xs.get(l)); l++) {
                if (lines.vertical(xs.get(l), y, ys.get(k)) && lines.horizontal(ys.get(k), x, xs.get(l))) {
                    return new Box(x, y, xs.get(l), ys.get(k));
                }
            }
        }
        return null;
    }

    /** The distinct positions of rules, those within {@link #TOLERANCE} taken as one. */
    private static List<Double> positions(List<Double> values) {
        List<Double> out = new ArrayList<>();
        for (double v : new TreeSet<>(values)) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > TOLERANCE) {
                out.add(v);
            }
        }
        return out;
    }

    /** Questions about the page's rules: does one run along here, do two cross there. */
    private record Lines(List<ImageRulings.Segment> horizontal, List<ImageRulings.Segment> vertical) {

        /** True when one horizontal rule at {@code y} runs from {@code x0} to {@code x1}. */
        boolean horizontal(double y, double x0, double x1) {
            return horizontal.stream().anyMatch(s -> Math.abs(s.y0() - y) <= TOLERANCE
                    && s.x0() <= x0 + TOLERANCE && s.x1() >= x1 - TOLERANCE);
        }

        /** True when one vertical rule at {@code x} runs from {@code y0} to {@code y1}. */
        boolean vertical(double x, double y0, double y1) {
            return vertical.stream().anyMatch(s -> Math.abs(s.x0() - x) <= TOLERANCE
                    && s.y0() <= y0 + TOLERANCE && s.y1() >= y1 - TOLERANCE);
        }

        boolean crossing(double x, double y) {
            return horizontal(y, x, x) && vertical(x, y, y);
        }
    }
}
