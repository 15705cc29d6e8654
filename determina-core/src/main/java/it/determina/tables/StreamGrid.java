package it.determina.tables;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a table printed without rulings from its header lines and its body rows. Columns are named by
 * the header: each group of overlapping header pieces is a column, and the boundary between two
 * columns is the widest vertical gutter of the body between them (the midpoint when the body leaves
 * none). The caller groups the body lines into rows.
 */
public final class StreamGrid {

    private StreamGrid() {
    }

    /** The column edges, left to right (one more than the columns). */
    public static List<Double> columns(List<TextLine> header, List<TextLine> body) {
        List<double[]> spans = new ArrayList<>();
        for (TextLine line : header) {
            for (TextLine chunk : Chunks.of(line)) {
                spans.add(new double[] {chunk.x0(), chunk.x1()});
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new double[] {s[0], s[1]});
            }
        }
        double left = Math.min(merged.get(0)[0], body.stream().mapToDouble(TextLine::x0).min().orElse(merged.get(0)[0]));
        double right = Math.max(merged.get(merged.size() - 1)[1], body.stream().mapToDouble(TextLine::x1).max().orElse(0));
        List<Double> edges = new ArrayList<>();
        edges.add(left - 1);
        for (int i = 0; i + 1 < merged.size(); i++) {
            edges.add(gutter(body, merged.get(i)[1], merged.get(i + 1)[0]));
        }
        edges.add(right + 1);
        return edges;
    }

    /** The middle of the widest x-range in [from, to] that no body word covers, else the midpoint. */
    static double gutter(List<TextLine> body, double from, double to) {
        double lo = Math.min(from, to);
        double hi = Math.max(from, to);
        List<double[]> covered = new ArrayList<>();
        for (TextLine l : body) {
            for (Word w : l.words()) {
                if (w.x1() > lo && w.x0() < hi) {
                    covered.add(new double[] {w.x0(), w.x1()});
                }
            }
        }
        covered.sort((a, b) -> Double.compare(a[0], b[0]));
        double bestStart = (lo + hi) / 2;
        double bestWidth = -1;
        double cursor = lo;
        for (double[] c : covered) {
            if (c[0] - cursor > bestWidth) {
                bestWidth = c[0] - cursor;
                bestStart = cursor;
            }
            cursor = Math.max(cursor, c[1]);
        }
        if (hi - cursor > bestWidth) {
            bestWidth = hi - cursor;
            bestStart = cursor;
        }
        return bestWidth <= 0 ? (lo + hi) / 2 : bestStart + bestWidth / 2;
    }

    /** The column of {@code x} between {@code edges}. */
    public static int column(List<Double> edges, double x) {
        for (int i = 1; i < edges.size() - 1; i++) {
            if (x < edges.get(i)) {
                return i - 1;
            }
        }
        return edges.size() - 2;
    }

    /** The words of {@code line} in column {@code col}, or null. */
    public static TextLine slice(TextLine line, List<Double> edges, int col) {
        return line.slice(col == 0 ? -Double.MAX_VALUE : edges.get(col), col == edges.size() - 2 ? Double.MAX_VALUE : edges.get(col + 1));
    }

    /**
     * The table: the header as row 0, then one row per group of body lines. A line whose words fall in
     * several columns is split among them; a group whose first line spans columns (a total row) keeps
     * the spanning text in one cell.
     */
    public static Table table(List<Double> edges, List<TextLine> header, List<List<TextLine>> rows) {
        List<Row> out = new ArrayList<>();
        out.add(row(0, edges, header));
        for (List<TextLine> r : rows) {
            out.add(row(out.size(), edges, r));
        }
        return new Table(header.isEmpty() ? rows.get(0).get(0).page() : header.get(0).page(), edges, out, Table.Structure.HEADER_COLUMNS);
    }

    private static Row row(int index, List<Double> edges, List<TextLine> lines) {
        int columns = edges.size() - 1;
        List<List<TextLine>> perColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            perColumn.add(new ArrayList<>());
        }
        for (TextLine line : lines) {
            for (int c = 0; c < columns; c++) {
                TextLine part = slice(line, edges, c);
                if (part != null) {
                    perColumn.get(c).add(part);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        int page = lines.isEmpty() ? 1 : lines.get(0).page();
        double top = lines.isEmpty() ? 0 : lines.get(0).top();
        double bottom = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).bottom();
        for (int c = 0; c < columns; c++) {
            cells.add(new Cell(index, c, 1, 1, page, edges.get(c), top, edges.get(c + 1), bottom, perColumn.get(c)));
        }
        return new Row(cells);
    }
}
