package it.determina.tables;

import java.util.List;

/**
 * A table in reading order ({@code structure}: how its rows and columns were found), possibly continued over several pages (then already stitched: repeated
 * header rows dropped, rows cut by a page break joined). {@code page} is where it starts.
 */
public record Table(int page, List<Double> columnEdges, List<Row> rows, Structure structure) {

    /** Column edges of two tables closer than this (points) make them the same layout. */
    private static final double SAME_EDGE = 3.0;
    /** The same for column edges placed in the gutters between texts. */
    private static final double SAME_GUTTER = 14.0;
    /** ... or this share of the table's width, whichever is more. */
    private static final double GUTTER_SHARE = 0.06;

    /** How the table's rows and columns were found: what the page gave on each axis. */
    public enum Structure {
        /** Rules on both axes: tabula's lattice cells. */
        LATTICE,
        /** Rules between the rows (or a frame, or rules under the header), columns from the text's gutters. */
        ROW_RULES,
        /** No rule: columns from the gutters, rows from the first column and the spacing. */
        ALIGNED,
        /** Rules between the columns only: columns from the rules, rows from the first column and the spacing. */
        COLUMN_RULES,
        /** No rule: a header over rows of figures ({@link UnruledTables}). */
        FIGURES,
        /** No rule: two columns of labels and values ({@link StreamKeyValue}). */
        KEY_VALUE,
        /** No rule: columns given by a known header ({@link StreamGrid}). */
        HEADER_COLUMNS
    }

    public Table {
        columnEdges = List.copyOf(columnEdges);
        rows = List.copyOf(rows);
    }

    /** True when the columns are drawn (a lattice): their edges are exact. */
    public boolean ruled() {
        return structure == Structure.LATTICE;
    }

    public int columnCount() {
        return columnEdges.size() - 1;
    }

    /** True when {@code other} has the same columns, as a table continued on the next page has. */
    public boolean hasColumnsOf(Table other) {
        return sameColumns(columnEdges, other.columnEdges, ruled() && other.ruled());
    }

    /**
     * True when the column edges {@code a} and {@code b} (points, left to right) are the same columns:
     * as many, each pair within {@link #SAME_EDGE} when both were drawn ({@code ruled}), else within a
     * gutter ({@link #SAME_GUTTER}, or {@link #GUTTER_SHARE} of the width): edges found from the text's
     * gutters move with what each page holds.
     */
    static boolean sameColumns(List<Double> a, List<Double> b, boolean ruled) {
        if (a.size() != b.size()) {
            return false;
        }
        double tolerance = edgeTolerance(a.get(a.size() - 1) - a.get(0), ruled);
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far apart two column edges of tables {@code width} points wide may be and still be the same edge:
     * {@link #SAME_EDGE} when both were drawn ({@code ruled}), else a gutter.
     */
    static double edgeTolerance(double width, boolean ruled) {
        return ruled ? SAME_EDGE : Math.max(SAME_GUTTER, GUTTER_SHARE * width);
    }

    /**
     * True for a table of text: at least {@code share} of its rows below the first hold a cell of several
     * lines (wrapped text), as the standards' tables of units and of labels do. A table of figures, one
     * line a row, is not.
     */
    public boolean isTextTable(double share) {
        if (rows.size() < 2) {
            return false;
        }
        long tall = rows.subList(1, rows.size()).stream()
                .filter(r -> r.cells().stream().anyMatch(c -> c.lines().size() > 1)).count();
        return tall >= share * (rows.size() - 1);
    }

    /**
     * True for a sheet of labels and values: two columns, the second holding text rather than figures in
     * most of its non-empty cells.
     */
    public boolean isSheet() {
        return isSheet(2);
    }

    /** True for a sheet of labels and values ({@link #isSheet()}) with at least {@code values} values. */
    public boolean isSheet(int values) {
        if (columnCount() != 2) {
            return false;
        }
        int filled = 0;
        int figures = 0;
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (c.col() == 1 && !c.isEmpty()) {
                    filled++;
                    figures += c.lines().stream().allMatch(UnruledTables::isFigure) ? 1 : 0;
                }
            }
        }
        return filled >= values && figures * 2 < filled;
    }

    /** True when the word's centre lies in one of the cells, their boxes grown by {@code tolerance} points. */
    public boolean holds(it.determina.layout.Word w, double tolerance) {
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (w.centerX() >= c.x0() - tolerance && w.centerX() <= c.x1() + tolerance
                        && w.centerY() >= c.top() - tolerance && w.centerY() <= c.bottom() + tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    public int lastPage() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::page).max().orElse(page);
    }
}
