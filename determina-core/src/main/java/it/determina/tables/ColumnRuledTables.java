package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables ruled between their columns only: vertical rules and no rule across the rows (a sheet of labels
 * and values with a line between the two, broken where a heading runs across). Tabula finds no lattice
 * cell without rules on both axes, so the rules that bound no cell come here. Rules whose runs overlap
 * down the page make one table: its columns are the rules, its extent the text beside them, and its rows
 * come from the text as in a table ruled between rows only ({@link RuledRowsTables#textRows}: the first
 * column opening, the spacing).
 *
 * <p>A table must keep to its rules (no piece of text crosses one), have a rule inside its text on each
 * side of which text stands, and be a table of text or a sheet ({@link Table#isTextTable},
 * {@link Table#isSheet}): a table of one-line rows of figures ruled between its columns is left to
 * {@link UnruledTables}. A stack of rules across the rows inside the run leaves it to
 * {@link RuledRowsTables}. Positions are PDF points, top-left origin.
 */
public final class ColumnRuledTables {

    /** Rules shorter than this many ems (a cell's side, a tick) rule no column. */
    private static final double MIN_RULE_EMS = 2;
    /** Rules whose runs come closer than this many ems down the page rule one table. */
    private static final double JOIN_EMS = 1;
    /** Space (points) beyond the lines' own leading that parts two rows: a cell's padding. */
    private static final double ROW_SPACE = 1.0;
    /** Rules closer than this (points) across the page are one column edge. */
    private static final double SAME_X = 3;

    private ColumnRuledTables() {
    }

    /**
     * The column-ruled tables of one page.
     *
     * @param page  page number (1-based)
     * @param words the page's words not already in a lattice table
     * @param columnRules the page's vertical rulings that bound no lattice cell
     * @param rules the page's horizontal rulings
     */
    public static RuledRowsTables.Found find(int page, List<Word> words, List<GridExtractor.ColumnRule> columnRules,
                                             List<GridExtractor.Rule> rules) {
        TextMeasure m = TextMeasure.of(page, words);
        double em = m.em();
        List<GridExtractor.ColumnRule> usable = columnRules.stream().filter(r -> r.bottom() - r.top() >= MIN_RULE_EMS * em)
                .sorted(Comparator.comparingDouble(GridExtractor.ColumnRule::top)).toList();
        List<Table> tables = new ArrayList<>();
        List<Word> rest = new ArrayList<>(words);
        for (List<GridExtractor.ColumnRule> run : runs(usable, em)) {
            Table t = table(page, rest, run, rules, m);
            if (t != null) {
                tables.add(t);
                rest.removeIf(w -> t.holds(w, 0));
            }
        }
        return new RuledRowsTables.Found(tables, rest);
    }

    /** The rules grouped by runs that overlap (or nearly meet) down the page. */
    private static List<List<GridExtractor.ColumnRule>> runs(List<GridExtractor.ColumnRule> rules, double em) {
        List<List<GridExtractor.ColumnRule>> runs = new ArrayList<>();
        double bottom = Double.NEGATIVE_INFINITY;
        for (GridExtractor.ColumnRule r : rules) {
            if (runs.isEmpty() || r.top() > bottom + JOIN_EMS * em) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(r);
            bottom = Math.max(bottom, r.bottom());
        }
        return runs;
    }

    /**
     * The lines cut where they stand further apart than the lines of one cell (the tightest spacing
     * between two lines, plus {@link #ROW_SPACE} points): the cells' padding parts rows that the first
     * column alone cannot (a wrapped label is also a line that opens the first column).
     */
    private static List<List<TextLine>> spaced(List<TextLine> lines) {
        double leading = Double.POSITIVE_INFINITY;
        for (int i = 1; i < lines.size(); i++) {
            leading = Math.min(leading, lines.get(i).top() - lines.get(i - 1).bottom());
        }
        List<List<TextLine>> bands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || lines.get(i).top() - lines.get(i - 1).bottom() > leading + ROW_SPACE) {
                bands.add(new ArrayList<>());
            }
            bands.get(bands.size() - 1).add(lines.get(i));
        }
        return bands;
    }

    private static Table table(int page, List<Word> words, List<GridExtractor.ColumnRule> run, List<GridExtractor.Rule> rules,
                               TextMeasure m) {
        double top = run.stream().mapToDouble(GridExtractor.ColumnRule::top).min().orElseThrow();
        double bottom = run.stream().mapToDouble(GridExtractor.ColumnRule::bottom).max().orElseThrow();
        List<TextLine> lines = LineBuilder.build(page, words.stream().filter(w -> w.centerY() > top && w.centerY() < bottom).toList());
        if (lines.size() < 2) {
            return null;
        }
        double x0 = lines.stream().mapToDouble(TextLine::x0).min().orElseThrow() - 1;
        double x1 = lines.stream().mapToDouble(TextLine::x1).max().orElseThrow() + 1;
        // rows ruled across inside the run are RuledRowsTables' to read
        long across = rules.stream().filter(r -> r.y() > top + 1 && r.y() < bottom - 1
                && Math.min(r.x1(), x1) - Math.max(r.x0(), x0) > 0.5 * (x1 - x0)).count();
        if (across >= 2) {
            return null;
        }
        List<Double> edges = new ArrayList<>();
        edges.add(x0);
        run.stream().map(GridExtractor.ColumnRule::x).sorted().forEach(x -> {
            if (x > x0 + m.gutter() && x < x1 - m.gutter() && x - edges.get(edges.size() - 1) > SAME_X) {
                edges.add(x);
            }
        });
        edges.add(x1);
        if (edges.size() < 3 || lines.stream().anyMatch(l -> RuledRowsTables.crosses(l, edges, m))) {
            return null;
        }
        // the bands the spacing parts, each cut further into rows by its text as between two rules
        List<List<TextLine>> bands = spaced(lines);
        List<Double> ys = new ArrayList<>();
        ys.add(top);
        for (int i = 1; i < bands.size(); i++) {
            ys.add(bands.get(i).get(0).top() - 0.5);
        }
        ys.add(bottom);
        List<Row> rows = RuledRowsTables.rows(page, bands, ys, edges, m, false);
        Table t = new Table(page, edges, rows, Table.Structure.COLUMN_RULES);
        return rows.size() >= 2 && (t.isTextTable(RuledRowsTables.TEXT_ROWS) || t.isSheet()) ? t : null;
    }
}
