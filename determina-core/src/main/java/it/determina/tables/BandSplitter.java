package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits lattice cells that span columns only because a shaded band was drawn over the row: a filled
 * rectangle across a row gives tabula one wide cell, though its words sit in the columns the other
 * rows draw ("Defendants Charged   290   259   235"). A cell is split when every word fits inside one
 * column, at least two columns get words, and the gaps at the column lines are wider than those
 * inside a column; a heading centred over several columns has no such gaps and stays whole.
 */
final class BandSplitter {

    /** How much wider than the gaps inside columns the gaps at column lines must be. */
    private static final double GAP_RATIO = 1.5;
    /** The narrowest gap (points) a cell is split at. */
    private static final double MIN_GAP = 3.0;

    private BandSplitter() {
    }

    static Table split(Table t) {
        List<Row> rows = new ArrayList<>();
        boolean changed = false;
        for (Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                List<Cell> parts = c.colSpan() > 1 ? parts(c, t.columnEdges()) : List.of(c);
                changed |= parts.size() > 1;
                cells.addAll(parts);
            }
            rows.add(new Row(cells));
        }
        return changed ? new Table(t.page(), t.columnEdges(), rows, t.structure()) : t;
    }

    private static List<Cell> parts(Cell c, List<Double> edges) {
        List<List<Word>> byColumn = new ArrayList<>();
        for (int k = 0; k < c.colSpan(); k++) {
            byColumn.add(new ArrayList<>());
        }
        for (TextLine line : c.lines()) {
            for (Word w : line.words()) {
                int k = column(edges, c, w);
                if (k < 0) {
                    return List.of(c);
                }
                byColumn.get(k).add(w);
            }
        }
        if (byColumn.stream().filter(l -> !l.isEmpty()).count() < 2 || !gapsAtLinesWidest(c, edges)) {
            return List.of(c);
        }
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < c.colSpan(); k++) {
            int col = c.col() + k;
            List<TextLine> lines = LineBuilder.build(c.page(), byColumn.get(k));
            out.add(new Cell(c.row(), col, c.rowSpan(), 1, c.page(), edges.get(col), c.top(), edges.get(col + 1), c.bottom(), lines));
        }
        return out;
    }

    /** The column (0-based inside the cell) the word fits in, or -1 when it crosses a column line. */
    private static int column(List<Double> edges, Cell c, Word w) {
        for (int k = 0; k < c.colSpan(); k++) {
            int col = c.col() + k;
            if (col + 1 < edges.size() && w.x0() >= edges.get(col) - 1 && w.x1() <= edges.get(col + 1) + 1) {
                return k;
            }
        }
        return -1;
    }

    private static boolean gapsAtLinesWidest(Cell c, List<Double> edges) {
        double atLines = Double.MAX_VALUE;
        double inside = 0;
        for (TextLine line : c.lines()) {
            List<Word> words = line.words();
            for (int i = 1; i < words.size(); i++) {
                double gap = words.get(i).x0() - words.get(i - 1).x1();
                if (column(edges, c, words.get(i)) != column(edges, c, words.get(i - 1))) {
                    atLines = Math.min(atLines, gap);
                } else {
                    inside = Math.max(inside, gap);
                }
            }
        }
        return atLines == Double.MAX_VALUE || (atLines > GAP_RATIO * inside && atLines > MIN_GAP);
    }
}
