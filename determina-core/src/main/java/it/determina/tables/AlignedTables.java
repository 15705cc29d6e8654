package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tables with no rule on either axis on this page, found by the alignment of their text alone: the
 * rest of a table continued from the previous page (its columns known: the lines that keep to them
 * continue it), and tables whose lines fall into three or more columns (a header or a row of several
 * cells starts them; the following lines belong while they keep to the gutters). Columns are the
 * gutters of the text; rows start where the first column opens after a line that has nothing there,
 * or after more space than the usual line spacing ({@link RuledRowsTables#textRows}).
 *
 * <p>Positions are PDF points, top-left origin.
 */
public final class AlignedTables {

    /** Pieces a line needs to start a table found by alignment alone. */
    private static final int SEED_PIECES = 3;
    /** Columns such a table needs. */
    private static final int MIN_COLUMNS = 3;
    /** Columns a table continued from the previous page needs: a label and its value are two. */
    private static final int MIN_CONTINUED_COLUMNS = 2;
    /** Lines further apart than this (ems) are not one table, unless the second opens a row in its columns. */
    private static final double MAX_GAP_EMS = 2.5;
    /** Rows set further apart than this (ems) are not one table, however generously it is spaced. */
    private static final double MAX_ROW_GAP_EMS = 7;
    /** Words a column's pieces have (median) in running text set in columns. */
    private static final int PROSE_WORDS = 4;
    /** Lines a header set over a table's columns has at most. */
    private static final int MAX_HEADER_LINES = 5;
    /** Space between a header's lines (ems), at most. */
    private static final double HEADER_GAP_EMS = 1.0;
    /** Space between a header and the first row below it (ems), at most: as rows are set apart. */
    private static final double BODY_GAP_EMS = 2;
    /** Share of the page height at its top where running heads stand. */
    private static final double FURNITURE_BAND = 0.12;

    // "-", "•", "1.", "a)", "(2)": what opens a list item
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("[-•–·*]|\\(?[0-9a-z]{1,2}[.)]");

    private AlignedTables() {
    }

    /** The tables found and the words left outside them. */
    public record Found(List<Table> tables, List<Word> rest) {
        public Found {
            tables = List.copyOf(tables);
            rest = List.copyOf(rest);
        }
    }

    /**
     * The aligned tables of one page.
     *
     * @param continued  column edges of a table the previous page ended with, or null
     * @param pageHeight the page height in points
     */
    public static Found find(int page, List<Word> words, @Nullable List<Double> continued, double pageHeight) {
        TextMeasure m = TextMeasure.of(page, words);
        List<TextLine> lines = LineBuilder.build(page, words);
        List<Table> tables = new ArrayList<>();
        int start = 0;
        Headed again = continued == null ? null : headerAgain(page, lines, bodyStart(lines, m, pageHeight), continued, m, pageHeight);
        if (again != null) {
            // the table goes on under its header printed again (TableStitcher drops it)
            tables.add(again.table());
            start = again.end();
        } else if (continued != null && continued.size() - 1 >= MIN_CONTINUED_COLUMNS) {
            start = bodyStart(lines, m, pageHeight);
            // the previous page's columns, unless this page's lines cross them and give as many of their own
            List<Double> own = keepsTo(lines, start, continued, m, pageHeight) ? null : ownColumns(lines, start, continued, m);
            List<Double> edges = own == null ? continued : own;
            int end = extent(lines, start, edges, m, pageHeight);
            // the continuation shows its columns: a line with text in two of them at least
            boolean shown = lines.subList(start, end).stream().anyMatch(l -> RuledRowsTables.pieces(l, edges, m).size() >= 2);
            Table t = end > start && shown ? table(page, lines.subList(start, end), edges, m) : null;
            if (t != null && (t.rows().size() < 2 || t.isTextTable(RuledRowsTables.TEXT_ROWS))) {
                tables.add(t);
                start = end;
            } else {
                start = 0;
            }
        }
        int taken = start; // the first line no table holds
        for (int i = start; i < lines.size(); i++) {
            if (m.pieces(lines.get(i)).size() < SEED_PIECES) {
                continue;
            }
            int end = grow(lines, i, m, pageHeight);
            List<TextLine> block = lines.subList(i, end);
            double x0 = block.stream().mapToDouble(TextLine::x0).min().orElseThrow() - 1;
            double x1 = block.stream().mapToDouble(TextLine::x1).max().orElseThrow() + 1;
            List<Double> edges = RuledRowsTables.columns(List.of(block), x0, x1, m);
            boolean aligned = edges.size() - 1 >= MIN_COLUMNS && end - i >= 2 && !isList(block, edges, m) && !isProse(block, edges, m);
            Table t = aligned ? table(page, block, edges, m) : null;
            if (t != null && !t.isTextTable(RuledRowsTables.TEXT_ROWS)) {
                t = null;
            }
            // a header over the columns whose cells the table's columns cut, or that stands above the seed
            HeaderRun run = HeaderRun.of(lines, i, taken, m);
            Headed headed = run != null && (t == null || run.top() < i || lines.subList(i, run.body()).stream()
                    .anyMatch(l -> !fits(l, edges, m))) ? headed(page, lines, run, false, m, pageHeight) : null;
            if (headed != null) {
                tables.add(headed.table());
                i = headed.end() - 1;
                taken = headed.end();
            } else if (t != null) {
                tables.add(t);
                i = end - 1;
                taken = end;
            } else if (aligned) {
                // a table of figures is left whole to UnruledTables: no seed inside it is tried again
                i = end - 1;
            }
        }
        List<Word> rest = new ArrayList<>(words);
        for (Table t : tables) {
            rest.removeIf(w -> t.holds(w, 0));
        }
        return new Found(tables, rest);
    }

    /** A table whose header lines span its columns, and the end (exclusive) of its lines. */
    private record Headed(Table table, int end) {
    }

    /**
     * The table that a header set over its columns opens ({@link HeaderRun}), or null. Header cells wider
     * than their columns ("Durata minima (ore)" over a column of figures, "Articolazione dell'Unità di
     * competenza" over the number and the contents) and set at several heights run across the gutters of the
     * body, so the lines grown from the header lose the columns, or cut the header's cells. The body grows as
     * any table ({@link #grow}); the columns are the body's, each edge set clear of the header's words
     * ({@link RuledRowsTables#columns(List, double, double, TextMeasure, boolean)}).
     *
     * @param cut  true when the body may open with the rest of a row (on a page that goes on with a table)
     */
    private static @Nullable Headed headed(int page, List<TextLine> lines, HeaderRun run, boolean cut, TextMeasure m,
            double pageHeight) {
        int top = run.top();
        int body = run.body();
        int end = grow(lines, body, m, pageHeight);
        List<TextLine> rows = lines.subList(body, end);
        List<TextLine> all = lines.subList(top, end);
        double x0 = all.stream().mapToDouble(TextLine::x0).min().orElseThrow() - 1;
        double x1 = all.stream().mapToDouble(TextLine::x1).max().orElseThrow() + 1;
        List<Double> edges = RuledRowsTables.columns(List.of(all), x0, x1, m, true);
        // below a header, a row opens in the first column; a line with nothing there goes on with the row
        // above, which was then no header (a label beside its value), but for the rest of a row cut by a page
        // break under a repeated header
        boolean opens = RuledRowsTables.column(edges, lines.get(body).x0() + 1) == 0;
        if (edges.size() - 1 < MIN_COLUMNS || end - body < 2 || !opens && !cut || !RuledRowsTables.namesColumns(lines.subList(top, body), edges, m)
                || isList(rows, edges, m) || isProse(rows, edges, m)) {
            return null;
        }
        Table t = table(page, lines.subList(top, body), rows, edges, m);
        return t.isTextTable(RuledRowsTables.TEXT_ROWS) ? new Headed(t, end) : null;
    }

    /**
     * The table going on under its header printed again at the top of the page, or null: a header
     * ({@link HeaderRun}, its first line of several cells among the page's first lines) whose cells run
     * across the columns of the table the previous page ended with, over lines that keep to those columns.
     * A header that keeps to them is read as a row, and dropped as a repeated header, on the way of any
     * continued table.
     */
    private static @Nullable Headed headerAgain(int page, List<TextLine> lines, int from, List<Double> continued, TextMeasure m,
            double pageHeight) {
        for (int i = from; i < Math.min(lines.size(), from + MAX_HEADER_LINES); i++) {
            if (m.pieces(lines.get(i)).size() >= SEED_PIECES) {
                HeaderRun run = HeaderRun.of(lines, i, from, m);
                List<TextLine> header = run == null ? List.of() : lines.subList(run.top(), run.body());
                if (header.isEmpty() || header.stream().allMatch(l -> fits(l, continued, m)) || !RuledRowsTables.namesColumns(header, continued, m)) {
                    return null;
                }
                int end = extent(lines, run.body(), continued, m, pageHeight);
                return end > run.body() ? new Headed(table(page, header,
                        lines.subList(run.body(), end), continued, m), end) : null;
            }
        }
        return null;
    }

    /**
     * Where a header around line {@code seed} starts, and where the body below it starts: the run of lines,
     * the seed among them, set tight together ({@link #HEADER_GAP_EMS}) with no figure and no bullet, at most
     * {@link #MAX_HEADER_LINES}; above the seed only lines of two pieces or more (a one-piece line is the
     * heading over the table); the body's first line stands no further than {@link #BODY_GAP_EMS} below.
     */
    private record HeaderRun(int top, int body) {

        /** The run around {@code seed}, no line above {@code from}, or null. */
        static @Nullable HeaderRun of(List<TextLine> lines, int seed, int from, TextMeasure m) {
            int top = seed;
            while (top - 1 >= from && seed - top + 1 < MAX_HEADER_LINES && tight(lines, top, m)
                    && m.pieces(lines.get(top - 1)).size() >= 2 && heads(lines.get(top - 1), m)) {
                top--;
            }
            int body = seed;
            while (body < lines.size() && body - top < MAX_HEADER_LINES && (body == seed || tight(lines, body, m))
                    && heads(lines.get(body), m)) {
                body++;
            }
            return body == seed || body == lines.size() || body - top > MAX_HEADER_LINES
                    || lines.get(body).top() - lines.get(body - 1).bottom() > BODY_GAP_EMS * m.em() ? null
                    : new HeaderRun(top, body);
        }
    }

    /** True when line {@code i} stands no further than {@link #HEADER_GAP_EMS} below the one above. */
    private static boolean tight(List<TextLine> lines, int i, TextMeasure m) {
        return lines.get(i).top() - lines.get(i - 1).bottom() <= HEADER_GAP_EMS * m.em();
    }

    /** True when the line may be a header's: no piece is a figure alone, and it opens with no bullet. */
    private static boolean heads(TextLine line, TextMeasure m) {
        return m.pieces(line).stream().noneMatch(RuledRowsTables::isFigure) && !RuledRowsTables.opensWithBullet(line);
    }

    /**
     * The columns that the lines opening this page give themselves, when they are as many as those of the
     * table they continue (whose edges, measured on the previous page alone, may be narrower than this
     * page's text), or null: the run ends at a heading, a wide gap or two lines of running text.
     */
    private static @Nullable List<Double> ownColumns(List<TextLine> lines, int from, List<Double> continued, TextMeasure m) {
        int end = from;
        int across = 0;
        for (int i = from; i < lines.size(); i++) {
            if (i > from && (lines.get(i).top() - lines.get(i - 1).bottom() > MAX_GAP_EMS * m.em()
                    || headsText(lines, i, continued.get(0), m))) {
                break;
            }
            across = m.pieces(lines.get(i)).size() == 1 && lines.get(i).x1() - lines.get(i).x0()
                    > 0.6 * (continued.get(continued.size() - 1) - continued.get(0)) ? across + 1 : 0;
            if (across >= 2) {
                end = i - 1;
                break;
            }
            end = i + 1;
        }
        if (end - from < 2) {
            return null;
        }
        List<Double> own = RuledRowsTables.columns(List.of(lines.subList(from, end)), continued.get(0),
                continued.get(continued.size() - 1), m);
        return own.size() == continued.size() ? own : null;
    }

    /** True when the run of lines from {@code from} that continues the table, a line or more, crosses none of its edges. */
    private static boolean keepsTo(List<TextLine> lines, int from, List<Double> edges, TextMeasure m, double pageHeight) {
        int end = extent(lines, from, edges, m, pageHeight);
        return end > from && lines.subList(from, end).stream().allMatch(l -> fits(l, edges, m))
                && (end == lines.size() || lines.get(end).top() - lines.get(end - 1).bottom() > MAX_GAP_EMS * m.em()
                || headsText(lines, end, edges.get(0), m) || isFooter(lines, end, m, pageHeight));
    }

    /** The first line below the running head: single pieces in the top band, set apart by space, are furniture. */
    private static int bodyStart(List<TextLine> lines, TextMeasure m, double pageHeight) {
        int k = 0;
        while (k + 1 < lines.size() && lines.get(k).bottom() < pageHeight * FURNITURE_BAND && m.pieces(lines.get(k)).size() == 1
                && lines.get(k + 1).top() - lines.get(k).bottom() > m.em()) {
            k++;
        }
        return k;
    }

    /** The end (exclusive) of the run of lines from {@code from} that keep to {@code edges}; one lone line across them (a total row) is allowed. */
    private static int extent(List<TextLine> lines, int from, List<Double> edges, TextMeasure m, double pageHeight) {
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            // in the known columns of a continued table, a total after the space ends it (fitsAsLast)
            if (i > from && apart(lines, i, edges, m) && !fitsAsLast(lines, i, edges, m)) {
                break;
            }
            if (i > from && (headsText(lines, i, edges.get(0), m) || isFooter(lines, i, m, pageHeight))) {
                break;
            }
            if (m.pieces(lines.get(i)).size() > edges.size() - 1) {
                break; // more pieces than the table has columns: another table
            }
            if (!fits(lines.get(i), edges, m)) {
                boolean lone = i + 1 < lines.size() && fits(lines.get(i + 1), edges, m)
                        && lines.get(i + 1).top() - lines.get(i).bottom() <= MAX_GAP_EMS * m.em();
                boolean last = fitsAsLast(lines, i, edges, m);
                if (!lone && !last) {
                    break;
                }
            }
            end = i + 1;
        }
        return end;
    }

    /** A line across the columns that ends the table: several pieces, the figures of a total row among them. */
    private static boolean fitsAsLast(List<TextLine> lines, int i, List<Double> edges, TextMeasure m) {
        List<TextLine> pieces = RuledRowsTables.pieces(lines.get(i), edges, m);
        return pieces.size() >= 2 && pieces.stream().anyMatch(RuledRowsTables::holdsDigit);
    }

    /** The end of a table grown from a line of several pieces: the following lines while the gutters hold. */
    private static int grow(List<TextLine> lines, int seed, TextMeasure m, double pageHeight) {
        int end = seed + 1;
        List<TextLine> block = new ArrayList<>(List.of(lines.get(seed)));
        // the block's columns between its own ends, measured once per line added (null when not measured yet)
        List<Double> measured = null;
        for (int i = seed + 1; i < lines.size(); i++) {
            double x0 = block.stream().mapToDouble(TextLine::x0).min().orElseThrow() - 1;
            double x1 = block.stream().mapToDouble(TextLine::x1).max().orElseThrow() + 1;
            if (measured == null) {
                measured = RuledRowsTables.columns(List.of(block), x0, x1, m);
            }
            if (apart(lines, i, measured, m)) {
                break;
            }
            if (headsText(lines, i, block.stream().mapToDouble(TextLine::x0).min().orElseThrow(), m)
                    || isFooter(lines, i, m, pageHeight)) {
                break;
            }
            block.add(lines.get(i));
            x0 = Math.min(x0, lines.get(i).x0() - 1);
            x1 = Math.max(x1, lines.get(i).x1() + 1);
            List<Double> edges = RuledRowsTables.columns(List.of(block), x0, x1, m);
            if (edges.size() - 1 < MIN_COLUMNS) {
                block.remove(block.size() - 1);
                // a lone line across the columns (a total row) is kept when the columns go on after it
                List<Double> kept = RuledRowsTables.columns(List.of(block), x0, x1, m);
                if (i + 1 < lines.size() && fits(lines.get(i + 1), kept, m) || fitsAsLast(lines, i, kept, m)) {
                    end = i + 1;
                    measured = null; // kept was measured to the lone line's ends, not the block's
                    continue;
                }
                break;
            }
            // x0 and x1 are the block's ends now: the next line is judged against these columns
            measured = edges;
            end = i + 1;
        }
        return end;
    }

    /**
     * True when line {@code i} stands too far below the one above to belong to the table in columns
     * {@code edges}: further than {@link #MAX_GAP_EMS}, unless it opens a row of a generously spaced
     * table (text in the first column and in another, keeping to the gutters but for the first piece, no
     * further than {@link #MAX_ROW_GAP_EMS}).
     */
    private static boolean apart(List<TextLine> lines, int i, List<Double> edges, TextMeasure m) {
        double gap = lines.get(i).top() - lines.get(i - 1).bottom();
        if (gap <= MAX_GAP_EMS * m.em()) {
            return false;
        }
        List<TextLine> pieces = RuledRowsTables.pieces(lines.get(i), edges, m);
        // the first piece, a row's label, may span the first columns (a total)
        boolean opensRow = edges.size() > 2 && pieces.size() >= 2 && pieces.size() <= edges.size() - 1
                && RuledRowsTables.column(edges, pieces.get(0).x0() + 1) == 0 && RuledRowsTables.keepsAfterLabel(pieces, edges);
        return !opensRow || gap > MAX_ROW_GAP_EMS * m.em();
    }

    /**
     * True when the line starts what follows the table: one piece at the table's left edge followed by
     * another such line (a heading and running text), or set apart from the table by more than a line.
     */
    private static boolean headsText(List<TextLine> lines, int i, double left, TextMeasure m) {
        TextLine l = lines.get(i);
        if (m.pieces(l).size() > 1 || Math.abs(l.x0() - left) > m.em()) {
            return false;
        }
        boolean spaced = l.top() - lines.get(i - 1).bottom() > m.em();
        boolean nextAlike = i + 1 < lines.size() && m.pieces(lines.get(i + 1)).size() == 1
                && Math.abs(lines.get(i + 1).x0() - left) <= m.em();
        return spaced || nextAlike;
    }

    /** A page footer: one piece in the bottom band of the page, set apart from the line above. */
    private static boolean isFooter(List<TextLine> lines, int i, TextMeasure m, double pageHeight) {
        TextLine l = lines.get(i);
        return l.top() >= pageHeight * (1 - FURNITURE_BAND) && m.pieces(l).size() == 1
                && l.top() - lines.get(i - 1).bottom() > m.em();
    }

    private static boolean fits(TextLine line, List<Double> edges, TextMeasure m) {
        return !RuledRowsTables.crosses(line, edges, m);
    }

    /**
     * Running text set in columns, not a table: every column's pieces are long (several words), where a
     * table has at least one column of short entries (numbers, labels, hours).
     */
    private static boolean isProse(List<TextLine> block, List<Double> edges, TextMeasure m) {
        for (int col = 0; col < edges.size() - 1; col++) {
            List<Integer> words = new ArrayList<>();
            for (TextLine l : block) {
                for (TextLine c : RuledRowsTables.pieces(l, edges, m)) {
                    if (RuledRowsTables.column(edges, c.x0() + 1) == col) {
                        words.add(c.words().size());
                    }
                }
            }
            if (!words.isEmpty() && words.stream().sorted().toList().get(words.size() / 2) < PROSE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list, not a table: its first column holds only bullets or item numbers, and no other column figures
     * alone (a table's numbered rows, "1." before a unit and its hours, are no list items).
     */
    private static boolean isList(List<TextLine> block, List<Double> edges, TextMeasure m) {
        boolean[] words = new boolean[edges.size() - 1];
        boolean[] figures = new boolean[edges.size() - 1];
        for (TextLine l : block) {
            for (TextLine c : RuledRowsTables.pieces(l, edges, m)) {
                int col = RuledRowsTables.column(edges, c.x0() + 1);
                if (col == 0 && !ITEM.matcher(c.text()).matches()) {
                    return false;
                }
                boolean figure = RuledRowsTables.isFigure(c);
                figures[col] |= figure;
                words[col] |= !figure;
            }
        }
        for (int col = 1; col < figures.length; col++) {
            if (figures[col] && !words[col]) {
                return false;
            }
        }
        return true;
    }

    private static Table table(int page, List<TextLine> lines, List<Double> edges, TextMeasure m) {
        return table(page, List.of(), lines, edges, m);
    }

    /**
     * The table of a header's lines (none, or one row: each piece of each line in the column under its
     * middle, where a header cell wider than its column is centred) and of the body's lines, in rows.
     */
    private static Table table(int page, List<TextLine> header, List<TextLine> lines, List<Double> edges, TextMeasure m) {
        List<List<TextLine>> groups = RuledRowsTables.textRows(lines, edges, m, true);
        List<Row> rows = new ArrayList<>();
        if (!header.isEmpty()) {
            rows.add(RuledRowsTables.headerRow(page, header, edges, header.get(0).top() - 0.5, lines.get(0).top() - 0.5, m));
        }
        for (int g = 0; g < groups.size(); g++) {
            double from = groups.get(g).get(0).top() - 0.5;
            List<TextLine> group = groups.get(g);
            double to = g + 1 < groups.size() ? groups.get(g + 1).get(0).top() - 0.5 : group.get(group.size() - 1).bottom() + 0.5;
            rows.add(RuledRowsTables.row(page, rows.size(), group, edges, from, to, m));
        }
        return new Table(page, edges, rows, Table.Structure.ALIGNED);
    }
}
