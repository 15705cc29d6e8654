package it.determina.tables;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.Ruling;

/**
 * Joins the pieces of broken lines into rulings. Dashes drawn one by one, dotted lines and runs of tiny
 * filled squares are one line to a reader: collinear pieces that follow each other at gaps up to a given
 * size are one ruling when there are at least {@link #MIN_PIECES} of them. Fewer pieces stay as drawn,
 * and a lone dot is no line at all. Coordinates are page space (points, y downwards).
 */
final class BrokenLines {

    /** Fewest pieces that make a broken line: two pieces may be two lines that happen to nearly meet. */
    static final int MIN_PIECES = 3;
    /** Pieces of one broken line lie on one axis within this (points). */
    private static final double SAME_AXIS = 0.75;

    private BrokenLines() {
    }

    /** A straight piece of a possible line; a dot (both sides under a line's width) may belong to a line either way. */
    record Piece(double x0, double y0, double x1, double y1, boolean dot) {
        boolean horizontal() {
            return Math.abs(y1 - y0) < 1e-6;
        }

        boolean vertical() {
            return Math.abs(x1 - x0) < 1e-6;
        }
    }

    /** One piece seen along an axis: its position across the axis and its extent along it. */
    private record Span(double axis, double from, double to, Piece piece) {
    }

    /**
     * The rulings the pieces make: broken lines joined when their gaps are at most {@code maxGap}
     * points, other pieces as they are; oblique pieces are kept, lone dots dropped.
     */
    static List<Ruling> join(List<Piece> pieces, double maxGap) {
        List<Span> across = new ArrayList<>();
        List<Span> down = new ArrayList<>();
        List<Ruling> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.dot() || p.horizontal()) {
                across.add(new Span((p.y0() + p.y1()) / 2, Math.min(p.x0(), p.x1()), Math.max(p.x0(), p.x1()), p));
            }
            if (p.dot() || p.vertical()) {
                down.add(new Span((p.x0() + p.x1()) / 2, Math.min(p.y0(), p.y1()), Math.max(p.y0(), p.y1()), p));
            }
            if (!p.dot() && !p.horizontal() && !p.vertical()) {
                out.add(ruling(p.x0(), p.y0(), p.x1(), p.y1()));
            }
        }
        for (List<Span> line : collinear(across)) {
            joinLine(line, maxGap, true, out);
        }
        for (List<Span> line : collinear(down)) {
            joinLine(line, maxGap, false, out);
        }
        return out;
    }

    /** The spans grouped by axis, each group ordered along it. */
    private static List<List<Span>> collinear(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(Span::axis));
        List<List<Span>> groups = new ArrayList<>();
        List<Span> group = new ArrayList<>();
        for (Span s : sorted) {
            if (!group.isEmpty() && s.axis() - group.get(0).axis() > SAME_AXIS) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(s);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        groups.forEach(g -> g.sort(Comparator.comparingDouble(Span::from)));
        return groups;
    }

    private static void joinLine(List<Span> line, double maxGap, boolean horizontal, List<Ruling> out) {
        List<Span> run = new ArrayList<>();
        double end = Double.NEGATIVE_INFINITY;
        for (Span s : line) {
            if (!run.isEmpty() && s.from() - end > maxGap) {
                emit(run, horizontal, out);
                run = new ArrayList<>();
            }
            run.add(s);
            end = run.size() == 1 ? s.to() : Math.max(end, s.to());
        }
        if (!run.isEmpty()) {
            emit(run, horizontal, out);
        }
    }

    /** A run of enough pieces as one ruling along its mean axis; otherwise its pieces that are not dots. */
    private static void emit(List<Span> run, boolean horizontal, List<Ruling> out) {
        if (run.size() >= MIN_PIECES) {
            double axis = run.stream().mapToDouble(Span::axis).average().orElseThrow();
            double from = run.stream().mapToDouble(Span::from).min().orElseThrow();
            double to = run.stream().mapToDouble(Span::to).max().orElseThrow();
            out.add(horizontal ? ruling(from, axis, to, axis) : ruling(axis, from, axis, to));
            return;
        }
        for (Span s : run) {
            if (!s.piece().dot()) {
                out.add(horizontal ? ruling(s.from(), s.axis(), s.to(), s.axis()) : ruling(s.axis(), s.from(), s.axis(), s.to()));
            }
        }
    }

    private static Ruling ruling(double x0, double y0, double x1, double y1) {
        return new Ruling(new Point2D.Double(x0, y0), new Point2D.Double(x1, y1));
    }
}
