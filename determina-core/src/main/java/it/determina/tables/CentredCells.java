package it.determina.tables;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rows whose cells are set in the middle of the row, joined again where the grouping of a band's lines into
 * rows ({@link RuledRowsTables#textRows}) cut them. A narrow label wraps onto several lines and its value,
 * centred on the row, stands between two of them or beside the middle one ("Durata minima di aula" / "280" /
 * "(ore)"); a one-line label stands beside the middle of a value of several lines. Read line by line, the
 * label's next line after its value looks like a new row, and so does a value line above its label.
 *
 * <p>The lines of a band fall into runs set apart by more space than the line spacing inside a cell (the
 * cell padding between rows, or the band's rules). A run that the grouping cut into several rows is one row
 * when it reads as one row of centred cells: text in the first column and in another one, each column's
 * lines following each other at the line spacing, the middles of all its columns at one height (within
 * {@link #CENTRED_SHARE} of a line pitch), some line with text in fewer of its columns than the others (lines
 * that each fill every column are rows of one line each), and no figure under a figure of its column
 * (figures do not wrap: those are rows of a table of figures). A run that holds the last lines of the row
 * above (a centred value taller than its label starts above it, so the grouping left its first line with
 * the row before) takes them from that row. Any other run keeps its rows. A table whose rows are not set
 * apart by padding has one run, which joins only when the whole band is one centred row.
 *
 * <p>Positions are PDF points, top-left origin.
 */
final class CentredCells {

    /** Share of a line pitch by which the middles of a row's columns may differ and still be one centred row. */
    private static final double CENTRED_SHARE = 0.25;
    /** Space above a line beyond the line spacing inside a cell (ems) that sets it apart, as {@link RuledRowsTables#textRows} has it. */
    private static final double ROW_GAP_EMS = 0.15;

    private CentredCells() {
    }

    /**
     * The rows {@code rows} (lines of one band grouped in order, each row a run of consecutive lines), with
     * the runs of lines that are one row of centred cells made one row.
     *
     * @param edges the column edges, left to right
     * @param tight the line spacing inside a cell (points between a line's bottom and the next line's top)
     */
    static List<List<TextLine>> rejoined(List<List<TextLine>> rows, List<Double> edges, TextMeasure m, double tight) {
        if (rows.size() < 2 || edges.size() < 3) {
            return rows;
        }
        List<TextLine> lines = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (TextLine l : rows.get(r)) {
                lines.add(l);
                rowOf.add(r);
            }
        }
        double spacing = Math.max(tight, 0) + ROW_GAP_EMS * m.em();
        // the runs: lines set apart from those above by more than the spacing inside a cell
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        double reach = lines.get(0).bottom();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).top() - reach > spacing) {
                runs.add(new int[] {start, i - 1});
                start = i;
            }
            reach = Math.max(reach, lines.get(i).bottom());
        }
        runs.add(new int[] {start, lines.size() - 1});
        // from the last run up: a run whose last row runs on into the next run joins only when that run
        // joins and so takes those lines
        boolean[] joins = new boolean[runs.size()];
        for (int k = runs.size() - 1; k >= 0; k--) {
            int from = runs.get(k)[0];
            int to = runs.get(k)[1];
            boolean severalRows = rowOf.get(from) != rowOf.get(to).intValue();
            boolean endsRow = to == lines.size() - 1 || rowOf.get(to + 1) != rowOf.get(to).intValue() || joins[k + 1];
            joins[k] = severalRows && endsRow && isCentredRow(lines.subList(from, to + 1), edges, m, spacing);
        }
        // owner of each line: its row, or the run made one row (numbered after the rows)
        int[] owner = rowOf.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < runs.size(); k++) {
            if (joins[k]) {
                for (int i = runs.get(k)[0]; i <= runs.get(k)[1]; i++) {
                    owner[i] = rows.size() + k;
                }
            }
        }
        List<List<TextLine>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || owner[i] != owner[i - 1]) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(lines.get(i));
        }
        return out;
    }

    /**
     * True when the lines read as one row of cells centred on it: pieces in the first column and in another,
     * none across a column edge; some line without a piece in one of the columns the others fill; each
     * column's lines at most {@code spacing} apart; every column's middle within {@link #CENTRED_SHARE} of a
     * line pitch (a line's height and {@code spacing}) of the first column's; no two figures in one column.
     */
    private static boolean isCentredRow(List<TextLine> run, List<Double> edges, TextMeasure m, double spacing) {
        int columns = edges.size() - 1;
        List<List<TextLine>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        Set<Integer> figureColumns = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        List<Set<Integer>> lineColumns = new ArrayList<>();
        for (TextLine line : run) {
            Set<Integer> own = new HashSet<>();
            lineColumns.add(own);
            for (TextLine piece : RuledRowsTables.pieces(line, edges, m)) {
                int from = RuledRowsTables.column(edges, piece.x0() + 1);
                int to = RuledRowsTables.column(edges, piece.x1() - 1);
                if (from != to) {
                    return false;
                }
                if (UnruledTables.isFigure(piece) && !figureColumns.add(from)) {
                    return false;
                }
                byColumn.get(from).add(piece);
                own.add(from);
                used.add(from);
            }
        }
        // lines each filling every column are rows of one line each: a centred row's columns differ in lines
        if (lineColumns.stream().allMatch(c -> c.equals(used))) {
            return false;
        }
        List<TextLine> first = byColumn.get(0);
        if (first.isEmpty() || byColumn.stream().skip(1).allMatch(List::isEmpty)) {
            return false;
        }
        List<Double> heights = run.stream().map(l -> l.bottom() - l.top()).sorted().toList();
        double pitch = heights.get(heights.size() / 2) + spacing;
        double middle = middle(first);
        for (List<TextLine> column : byColumn) {
            if (column.isEmpty()) {
                continue;
            }
            if (!followsOn(column, spacing) || Math.abs(middle(column) - middle) > CENTRED_SHARE * pitch) {
                return false;
            }
        }
        return true;
    }

    /** True when each of the pieces (top to bottom) starts at most {@code spacing} below the one above. */
    private static boolean followsOn(List<TextLine> pieces, double spacing) {
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).top() - pieces.get(i - 1).bottom() > spacing) {
                return false;
            }
        }
        return true;
    }

    private static double middle(List<TextLine> pieces) {
        double top = pieces.stream().mapToDouble(TextLine::top).min().orElse(0);
        double bottom = pieces.stream().mapToDouble(TextLine::bottom).max().orElse(0);
        return (top + bottom) / 2;
    }
}
