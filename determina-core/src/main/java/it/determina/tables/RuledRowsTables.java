package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tables whose rows are drawn and whose columns are not: horizontal rules between the rows and no
 * vertical rules (the commonest word-processor table style), so the lattice finds no cell. The rows
 * are the bands between consecutive rules of one stack (rules of the same horizontal extent, one above
 * the other); the columns are the gutters that the text of every band leaves free. A band whose text
 * crosses the gutters of the others (a total row, a section row) gets a cell spanning those columns.
 * A row cut by a page break, with no rule closing it, keeps the lines that run on to the bottom of the
 * page; a row continued from the previous page keeps the lines above the first rule.
 *
 * <p>Positions are PDF points, top-left origin, as {@link Word} gives them.
 */
public final class RuledRowsTables {

    /** Rules a stack needs: a frame, or rules above and below the header, are two. */
    private static final int MIN_RULES = 2;
    /** Ends of two rules this close (ems of the text) make the same extent. */
    private static final double SAME_END_EMS = 1.2;
    /** A rule shorter than this (ems) is an underline or a strike, not a row separator. */
    private static final double MIN_RULE_EMS = 8;
    /** A band whose lines reach this share of the table width is a spanning row: it makes no gutter. */
    private static final double SPANNING = 0.6;
    /** A piece starting within this share of the table width from its left edge starts at the left. */
    private static final double LEFT_SHARE = 0.1;
    /** Lines further apart than this many line pitches are not one run of text. */
    private static final double RUN_GAP = 1.6;
    /** Share of the page height at top and bottom where only furniture is expected. */
    private static final double FURNITURE_BAND = 0.12;
    /** Lines a header ruled only below has at most. */
    private static final int MAX_HEADER_LINES = 5;
    /** Lines of page header or footer a page may hold beyond a table continued over its break. */
    private static final int MAX_FURNITURE_LINES = 3;
    /** Space above a line beyond the usual spacing (ems) that makes it the start of a new row. */
    private static final double ROW_GAP_EMS = 0.15;
    /** The line gap taken for the spacing inside a cell: the first of this many quantiles of a band's gaps. */
    private static final int TIGHT_QUANTILE = 4;
    /** Lines whose words start at one place after a gutter's space that show a column starting there. */
    private static final int ALIGNED_LINES = 2;
    /** Starts this close (points) are at one place: a column's cells start at the same x. */
    private static final double ALIGNED_POINTS = 0.5;
    /** Lines showing a column start for each line whose first cell spans across it. */
    private static final int SPANNING_LINES = 3;
    /** A line closer than this share of the line spacing to the one above sits between its lines (another column's). */
    private static final double INTERLEAVED = 0.5;
    /** Share of rows with a cell of several lines that makes a table of text. */
    static final double TEXT_ROWS = 0.4;
    /** Lines a band needs before its full lines are taken for rows of one line (two are a wrapped label and value). */
    private static final int MIN_ONE_LINE_ROWS = 3;
    /** Share of lines in several pieces that makes a band rows of one line each. */
    private static final double ONE_LINE_ROWS = 0.8;
    // "12", "1.234,50", "-3.2%", "(12)", "€ 40": a figure, which never wraps inside its cell
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+–(€$]?\\s?\\d[\\d.,]*\\s?[%)]?");
    // "•", "–", "▪ ▪": bullets, which open an item and are no column of their own; a symbol font's bullet
    // often comes out in the private use area (U+F0B7)
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[-•–—·*▪■●○◦o➢►✓\\p{Co}](\\s+[-•–—·*▪■●○◦o➢►✓\\p{Co}])*");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    /** Cells a line fills to be a full line of a table of one-line rows. */
    private static final int FULL_LINE = 3;
    /** Lines across the columns that make a band running text rather than a row. */
    private static final int PROSE_LINES = 2;
    /** Text between a rule and the band's first line further than this (ems) is not cell padding. */
    private static final double MAX_PADDING_EMS = 1.6;
    /** Lines a header ruled apart from its rows has at most. */
    private static final int MAX_HEADER_BAND_LINES = 12;
    /** Columns of text a band ruled apart from the rows below needs to be their header. */
    private static final int HEADER_COLUMNS = 3;
    /** Words a figure's cell holds at most ("Max 55", "12 ore"). */
    private static final int FIGURE_WORDS = 2;
    /** Space beyond the usual gap between lines (ems) that stands for a blank line. */
    private static final double BLANK_LINE_EMS = 0.9;
    /** Space above a band's text beyond the stack's usual padding (ems) that sets a heading apart from the rows. */
    private static final double HEADING_GAP_EMS = 0.8;

    private RuledRowsTables() {
    }

    /** The tables found and the words left outside them. */
    public record Found(List<Table> tables, List<Word> rest) {
        public Found {
            tables = List.copyOf(tables);
            rest = List.copyOf(rest);
        }
    }

    /**
     * The row-ruled tables of one page.
     *
     * @param page       page number (1-based)
     * @param words      the page's words not already in a lattice table
     * @param rules      the page's horizontal rulings
     * @param pageHeight the page height in points
     * @param previous   what the previous page ended with: a table whose last row this page may go on with,
     *                   and its columns where they were found from the text
     */
    public static Found find(int page, List<Word> words, List<GridExtractor.Rule> rules, double pageHeight, Previous previous) {
        TextMeasure m = TextMeasure.of(page, words);
        double em = m.em();
        List<Table> tables = new ArrayList<>();
        List<Word> rest = new ArrayList<>(words);
        List<List<GridExtractor.Rule>> stacks = new ArrayList<>(stacks(rules, words, em));
        // rules under part of a wider table's header, between its first two rules (a "Durata" cell ruled off
        // above its "minima" and "di cui in FaD"), divide the header's cells: they are no table of their own
        List<List<GridExtractor.Rule>> all = List.copyOf(stacks);
        stacks.removeIf(st -> all.stream().anyMatch(wide -> wide != st && dividesHeader(st, wide)));
        // narrower tables first: a small table set between the rules of a wider one is its own
        stacks.sort(Comparator.comparingDouble(st -> st.get(0).x1() - st.get(0).x0()));
        // only the page's topmost stack can go on with the previous page's table in its columns
        double highest = stacks.stream().mapToDouble(st -> st.get(0).y()).min().orElse(0);
        for (List<GridExtractor.Rule> stack : stacks) {
            Previous before = stack.get(0).y() == highest ? previous : new Previous(previous.table(), null);
            double x0 = stack.stream().mapToDouble(GridExtractor.Rule::x0).min().orElseThrow();
            double x1 = stack.stream().mapToDouble(GridExtractor.Rule::x1).max().orElseThrow();
            List<Double> ys = stack.stream().map(GridExtractor.Rule::y).toList();
            // a header above or a cut row below never reaches past another rule across the table
            double ceiling = rules.stream().filter(r -> r.y() < ys.get(0) - 1 && overlaps(r, x0, x1))
                    .mapToDouble(GridExtractor.Rule::y).max().orElse(Double.NEGATIVE_INFINITY);
            double floor = rules.stream().filter(r -> r.y() > ys.get(ys.size() - 1) + 1 && overlaps(r, x0, x1))
                    .mapToDouble(GridExtractor.Rule::y).min().orElse(Double.POSITIVE_INFINITY);
            List<Word> between = rest.stream().filter(w -> w.centerY() > ceiling && w.centerY() < floor).toList();
            for (Table t : tables(page, ys, x0, x1, between, m, pageHeight, before, true)) {
                tables.add(t);
                rest.removeIf(w -> t.holds(w, 0));
            }
        }
        return new Found(tables, rest);
    }

    /** True when every rule of {@code inner} lies under {@code wide}'s extent, between its first two rules. */
    private static boolean dividesHeader(List<GridExtractor.Rule> inner, List<GridExtractor.Rule> wide) {
        if (wide.size() < MIN_RULES + 1) {
            return false;
        }
        List<Double> ys = wide.stream().map(GridExtractor.Rule::y).sorted().toList();
        double x0 = wide.stream().mapToDouble(GridExtractor.Rule::x0).min().orElseThrow();
        double x1 = wide.stream().mapToDouble(GridExtractor.Rule::x1).max().orElseThrow();
        return inner.stream().allMatch(r -> r.y() > ys.get(0) + 1 && r.y() < ys.get(1) - 1 && r.x0() >= x0 - 1 && r.x1() <= x1 + 1)
                && inner.stream().mapToDouble(r -> r.x1() - r.x0()).max().orElse(0) < x1 - x0 - 1;
    }

    /** True when the rule runs under most of the extent from {@code x0} to {@code x1}. */
    private static boolean overlaps(GridExtractor.Rule r, double x0, double x1) {
        return Math.min(r.x1(), x1) - Math.max(r.x0(), x0) > 0.5 * (x1 - x0);
    }

    /** Rules of one extent, top to bottom, split where a band is a gap between two tables. */
    static List<List<GridExtractor.Rule>> stacks(List<GridExtractor.Rule> rules, List<Word> words, double em) {
        List<GridExtractor.Rule> usable = rules.stream()
                .filter(r -> r.x1() - r.x0() >= MIN_RULE_EMS * em)
                .filter(r -> !strikesText(r, words))
                .sorted(Comparator.comparingDouble(GridExtractor.Rule::y)).toList();
        List<List<GridExtractor.Rule>> groups = new ArrayList<>();
        boolean[] used = new boolean[usable.size()];
        for (int i = 0; i < usable.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<GridExtractor.Rule> stack = new ArrayList<>();
            GridExtractor.Rule first = usable.get(i);
            for (int j = i; j < usable.size(); j++) {
                GridExtractor.Rule r = usable.get(j);
                if (!used[j] && Math.abs(r.x0() - first.x0()) <= SAME_END_EMS * em
                        && Math.abs(r.x1() - first.x1()) <= SAME_END_EMS * em) {
                    if (!stack.isEmpty() && r.y() - stack.get(stack.size() - 1).y() < em * 0.5) {
                        used[j] = true; // a double rule, or the two edges of a thick one
                        continue;
                    }
                    stack.add(r);
                    used[j] = true;
                }
            }
            groups.addAll(split(stack, words, em, usable));
        }
        groups.removeIf(s -> s.size() < MIN_RULES);
        return groups;
    }

    /**
     * The stack cut at bands that are not rows: empty, or text set off from the rule above further than
     * cell padding (further than {@link #MAX_PADDING_EMS}, or than the stack's usual padding by
     * {@link #HEADING_GAP_EMS}): a heading, or the header of the next table ruled only below it, which
     * {@link #headerAbove} then finds; or holding rules of another extent (a smaller table between two).
     */
    private static List<List<GridExtractor.Rule>> split(List<GridExtractor.Rule> stack, List<Word> words, double em,
                                                        List<GridExtractor.Rule> rules) {
        List<Double> paddings = new ArrayList<>();
        for (int i = 1; i < stack.size(); i++) {
            List<Word> band = within(words, stack.get(i - 1), stack.get(i).y());
            if (!band.isEmpty()) {
                paddings.add(topPadding(band, stack.get(i - 1).y()));
            }
        }
        double usual = paddings.isEmpty() ? 0 : paddings.stream().sorted().toList().get(paddings.size() / 2);
        List<List<GridExtractor.Rule>> out = new ArrayList<>();
        List<GridExtractor.Rule> current = new ArrayList<>();
        for (GridExtractor.Rule r : stack) {
            if (!current.isEmpty()) {
                GridExtractor.Rule above = current.get(current.size() - 1);
                List<Word> band = within(words, above, r.y());
                double top = band.isEmpty() ? 0 : topPadding(band, above.y());
                // a band holding rules of another extent holds another table: no row of this one
                boolean nested = rules.stream().anyMatch(o -> !stack.contains(o) && o.y() > above.y() + 1 && o.y() < r.y() - 1
                        && overlaps(o, above.x0(), above.x1()));
                boolean gap = band.isEmpty() || nested || top > MAX_PADDING_EMS * em || top > usual + HEADING_GAP_EMS * em;
                if (gap) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(r);
        }
        out.add(current);
        return out;
    }

    /** The distance from the band's rule above to its first text. */
    private static double topPadding(List<Word> band, double top) {
        return band.stream().mapToDouble(Word::top).min().orElse(top) - top;
    }

    /** True when the rule runs through the middle of a word: a strike-through, not a row separator. */
    private static boolean strikesText(GridExtractor.Rule r, List<Word> words) {
        for (Word w : words) {
            double quarter = w.height() / 4;
            if (w.x1() > r.x0() && w.x0() < r.x1() && r.y() > w.top() + quarter && r.y() < w.bottom() - quarter) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> within(List<Word> words, GridExtractor.Rule extent, double bottom) {
        return words.stream().filter(w -> w.centerY() > extent.y() && w.centerY() < bottom
                && w.centerX() > extent.x0() && w.centerX() < extent.x1()).toList();
    }

    /**
     * The tables between the rules at heights {@code rules} (top to bottom) from {@code x0} to {@code x1}:
     * one, or several where a band holds prose across the columns (text between two tables whose rules
     * have the same extent). With {@code stack}, the last height is the stack's last rule, and rules framing
     * only a header take the body set close below (once: the part below prose keeps this).
     */
    private static List<Table> tables(int page, List<Double> rules, double x0, double x1, List<Word> words, TextMeasure m,
                                      double pageHeight, Previous previous, boolean stack) {
        double em = m.em();
        if (rules.size() < MIN_RULES) {
            return List.of();
        }
        List<Double> ys = new ArrayList<>(rules);
        List<Word> inExtent = words.stream().filter(w -> w.centerX() > x0 && w.centerX() < x1).toList();
        List<List<TextLine>> bands = bands(page, inExtent, ys);
        // prose or a heading between the first (last) rule and the next is text set between rules, not a row
        while (!bands.isEmpty() && (bands.get(0).isEmpty() || spans(bands.get(0), x0, x1, m))) {
            bands.remove(0);
            ys.remove(0);
        }
        while (!bands.isEmpty() && (bands.get(bands.size() - 1).isEmpty() || spans(bands.get(bands.size() - 1), x0, x1, m))) {
            bands.remove(bands.size() - 1);
            ys.remove(ys.size() - 1);
        }
        if (ys.size() < MIN_RULES) {
            return List.of();
        }
        // a caption set as the first line inside a frame, across the columns ("4. ARTICOLAZIONE,
        // PROPEDEUTICITÀ E DURATE MINIME:" over "N. | Articolazione ..."), is the table's title, not a row:
        // the table starts under it (a first line within the first column is that column's cell, and one
        // starting in a later column is that column's: the rest of a row the page break cut)
        if (bands.size() == 1 && heads(bands.get(0), x0, x1, m) && captions(bands.get(0).get(0), columns(bands, x0, x1, m))) {
            List<TextLine> band = bands.get(0);
            ys.set(0, (band.get(0).bottom() + band.get(1).top()) / 2);
            bands = bands(page, inExtent, ys);
        }
        // rules that frame only the header (a top rule and a rule under the header, none under the body, as
        // booktabs prints a table the page break cut): the rows are the run of lines set close below
        double body = stack && bands.size() == 1 && bands.get(0).size() <= MAX_HEADER_LINES
                ? bodyBelow(page, inExtent, ys.get(ys.size() - 1), m) : ys.get(ys.size() - 1);
        boolean open = stack;
        if (body > ys.get(ys.size() - 1)) {
            List<Double> framed = new ArrayList<>(ys);
            framed.add(body);
            List<List<TextLine>> withBody = bands(page, inExtent, framed);
            List<Double> edges = columns(withBody, x0, x1, m);
            if (edges.size() >= 3 && fits(page, inExtent, ys.get(ys.size() - 1), body, edges, m)) {
                ys = framed;
                bands = withBody;
                open = false;
            }
        }
        List<Double> measuredEdges = columns(bands, x0, x1, m, true);
        // a page that goes on with the previous page's table keeps its columns while its text keeps to them
        // (a few rows, a cut row or a total, leave gutters of their own: too few, elsewhere, or through a
        // line's pieces); its own edges serve where they are the same columns and its text keeps to them
        List<Double> before = previous.columns();
        boolean same = before != null && Table.sameColumns(measuredEdges, before, false)
                && keepsTo(bands, measuredEdges, m);
        List<Double> borrowed = before == null ? null : intoGutters(within(before, x0, x1, m), bands, m);
        // the header printed again over the rows, its cells across the columns, aside
        List<List<TextLine>> rowBands = borrowed != null && isHeaderBand(bands, borrowed, m) ? bands.subList(1, bands.size()) : bands;
        boolean kept = borrowed != null && !same && keepsTo(rowBands, borrowed, m);
        List<Double> edges = kept ? borrowed : measuredEdges;
        if (edges.size() < 3) {
            return List.of();
        }
        for (int i = 0; i < bands.size(); i++) {
            // the header set over the first band's rows crosses the columns its cells spill over: no prose
            int below = bands.stream().skip(1).mapToInt(List::size).sum();
            List<TextLine> judged = i == 0 ? bands.get(0).subList(headerLines(bands.get(0), below, m), bands.get(0).size()) : bands.get(i);
            if (isProse(judged, edges, m)) {
                // the lines that keep to the columns before the first line across them end the table above,
                // those after the last one open the table below
                List<TextLine> band = bands.get(i);
                int first = 0;
                while (!crosses(band.get(first), edges, m)) {
                    first++;
                }
                int last = band.size() - 1;
                while (!crosses(band.get(last), edges, m)) {
                    last--;
                }
                List<Double> upper = new ArrayList<>(ys.subList(0, i + 1));
                if (first > 0) {
                    upper.add((band.get(first - 1).bottom() + band.get(first).top()) / 2);
                }
                List<Double> lower = new ArrayList<>();
                if (last < band.size() - 1) {
                    lower.add((band.get(last).bottom() + band.get(last + 1).top()) / 2);
                }
                lower.addAll(ys.subList(i + 1, ys.size()));
                List<Table> out = new ArrayList<>(tables(page, upper, x0, x1, words, m, pageHeight, previous, false));
                out.addAll(tables(page, lower, x0, x1, words, m, pageHeight, new Previous(previous.table(), null), open));
                return out;
            }
        }
        // a table of figures, one line a row, is read by its header and rows of figures (UnruledTables):
        // judged on the rows between the rules alone, before a header or a cut row joins them; a sheet of
        // labels and values with a rule under every row is read here however short its rows
        Table between = new Table(page, edges, rows(page, bands, ys, edges, m, false), Table.Structure.ROW_RULES);
        List<Double> bodyEdges = edges;
        boolean ruledSheet = between.isSheet() && bands.size() >= MIN_ONE_LINE_ROWS
                && bands.stream().allMatch(b -> textRows(b, bodyEdges, m, false).size() <= 1);
        // a box drawn around a sheet of labels and values (a frame only, no rule between its rows) is that
        // sheet; the piece of one the page break cut may hold its heading and one label with its value
        boolean wholeSheet = between.isSheet() && between.rows().size() >= MIN_ONE_LINE_ROWS;
        boolean cutSheet = between.isSheet(1) && between.rows().size() == 2 && between.rows().get(0).texts().size() == 1;
        boolean framedSheet = bands.size() == 1 && !runsFigures(between) && (wholeSheet || cutSheet);
        // a page going on with the previous page's table in its columns is that table, whatever its rows
        // (two bands at least: one row between two rules says nothing of its table)
        // (the rest of a row the page break cut, above the first rule, counts as a band)
        double top = ys.get(0);
        double bottom = ys.get(ys.size() - 1);
        double cut = previous.table() ? runAbove(page, inExtent, top, edges, m, pageHeight) : top;
        boolean cutRow = cut < top && restOfRow(page, inExtent, cut, top, edges, m);
        boolean goesOn = (same || kept) && bands.size() + (cutRow ? 1 : 0) >= 2;
        if (!goesOn && !between.isTextTable(TEXT_ROWS) && !ruledSheet && !framedSheet) {
            return List.of();
        }
        double header = headerAbove(page, inExtent, top, bands, edges, kept, m);
        if (cutRow) {
            ys.add(0, cut);
        } else if (header < top) {
            // a header ruled only below, wider than the body's text: the columns measured with it, their
            // edges moved within the gutters where its pieces reach further than the body's
            List<TextLine> headerLines = LineBuilder.build(page, inExtent.stream().filter(w -> w.centerY() > header && w.centerY() < top).toList());
            List<List<TextLine>> all = new ArrayList<>(bands);
            all.add(headerLines);
            ys.add(0, header);
            if (!kept) {
                List<Double> measured = columns(all, x0, x1, m);
                edges = settle(measured.size() == edges.size() ? measured : edges, bands, headerLines, m);
            }
        }
        double below = runBelow(page, inExtent, bottom, m, pageHeight);
        if (below > bottom && fits(page, inExtent, bottom, below, edges, m)) {
            ys.add(below);
        }
        bands = bands(page, inExtent, ys);
        // on a page going on with the previous page's table, space in the first band also parts a repeated
        // header from the rest of the row the page break cut
        List<Row> rows = rows(page, bands, ys, edges, m, previous.table());
        Table table = new Table(page, edges, rows, Table.Structure.ROW_RULES);
        return rows.size() < 2 ? List.of() : List.of(table);
    }

    /**
     * The rows of the bands between the heights {@code ys}, several in a band where its text shows them;
     * with {@code cutFirst}, space ends a row in the first band too ({@link #textRows}).
     */
    static List<Row> rows(int page, List<List<TextLine>> bands, List<Double> ys, List<Double> edges, TextMeasure m,
                                  boolean cutFirst) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        if (isHeaderBand(bands, edges, m)) {
            rows.add(headerRow(page, bands.get(0), edges, ys.get(0), ys.get(1), m));
            i = 1;
        }
        for (; i < bands.size(); i++) {
            List<List<TextLine>> groups = textRows(bands.get(i), edges, m, cutFirst && i == 0);
            for (int g = 0; g < groups.size(); g++) {
                double from = g == 0 ? ys.get(i) : groups.get(g).get(0).top() - 0.5;
                double to = g + 1 < groups.size() ? groups.get(g + 1).get(0).top() - 0.5 : ys.get(i + 1);
                rows.add(row(page, rows.size(), groups.get(g), edges, from, to, m));
            }
        }
        return rows;
    }

    /**
     * True when the first band, ruled apart from the rows below, is a header whose cells run across the
     * columns ({@link #headerLines}, every line of it; one of them across an edge, each naming its columns
     * once): it is read by the middle of its pieces ({@link #headerRow}), not cut at the edges.
     */
    private static boolean isHeaderBand(List<List<TextLine>> bands, List<Double> edges, TextMeasure m) {
        if (bands.size() < 2 || bands.get(0).isEmpty()) {
            return false;
        }
        List<TextLine> band = bands.get(0);
        int below = bands.stream().skip(1).mapToInt(List::size).sum();
        return headerLines(band, below, m) == band.size() && band.stream().anyMatch(l -> crosses(l, edges, m))
                && namesColumns(band, edges, m);
    }

    private static List<List<TextLine>> bands(int page, List<Word> words, List<Double> ys) {
        List<List<TextLine>> bands = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            double a = ys.get(i);
            double b = ys.get(i + 1);
            bands.add(LineBuilder.build(page, words.stream().filter(w -> w.centerY() > a && w.centerY() < b).toList()));
        }
        return bands;
    }

    /**
     * The band's lines grouped into rows, for a band that holds several (between the rules of a table
     * ruled only under its header, or framed only): a row starts at a line with text in the first column
     * when the line above has none there, or stands further from it than the band's usual line spacing
     * (the cell padding); with {@code splitOnSpace} (no rule at all), space also ends a row before lines
     * that leave the first cell empty (a header repeated on the page, then the rest of a cut row). Cells
     * set at the middle or foot of a tall row interleave their lines with the others': space is measured
     * from the lowest line above and the spacing from the line above in the same column; figures centred
     * between the lines of a wrapped label keep the label's lines below them in their row; a row of cells
     * centred on it is one row ({@link CentredCells}). An empty band gives no row.
     */
    static List<List<TextLine>> textRows(List<TextLine> band, List<Double> edges, TextMeasure m, boolean splitOnSpace) {
        List<List<TextLine>> rows = new ArrayList<>();
        if (band.isEmpty()) {
            return rows;
        }
        // the space above a line is measured from the lowest line above it; the line spacing from the
        // line above in the same column: cells set at other heights (centred, or at the foot of their row)
        // interleave their lines, and the space between two columns' lines is no spacing of either
        List<Double> gaps = new ArrayList<>();
        List<Double> spacing = new ArrayList<>();
        double reach = band.get(0).bottom();
        for (int i = 1; i < band.size(); i++) {
            gaps.add(band.get(i).top() - reach);
            reach = Math.max(reach, band.get(i).bottom());
            double above = sameColumnAbove(band, i, m);
            if (!Double.isNaN(above)) {
                spacing.add(band.get(i).top() - above);
            }
        }
        // the line spacing inside a cell: the tighter gaps (rows of one line each may be most of the band),
        // and the usual gap, which space must exceed to part lines that leave the first cell empty
        List<Double> sorted = spacing.stream().sorted().toList();
        double tight = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / TIGHT_QUANTILE);
        double usual = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        // each line cut at the edges once: its pieces, whether one opens the first column, its figures' columns
        List<List<TextLine>> cut = new ArrayList<>();
        boolean[] opensAt = new boolean[band.size()];
        List<java.util.Set<Integer>> figures = new ArrayList<>();
        for (int k = 0; k < band.size(); k++) {
            cut.add(pieces(band.get(k), edges, m));
            opensAt[k] = opensFirstColumn(cut.get(k), edges);
            figures.add(figureColumns(cut.get(k), edges));
        }
        // lines that (nearly) all fill several columns are rows of one line each: a table of figures
        long several = cut.stream().filter(p -> p.size() >= 2).count();
        boolean oneLineRows = band.size() >= MIN_ONE_LINE_ROWS && several >= ONE_LINE_ROWS * band.size();
        boolean anchored = false;
        // a row's figures set between the lines of its label (centred on the row): how many of the row's
        // lines stand above them (-1 before any), and how many below
        int aboveFigures = -1;
        int belowFigures = 0;
        // the index of the current row's first line: a row is a run of the band's lines
        int rowFrom = 0;
        for (int i = 0; i < band.size(); i++) {
            TextLine l = band.get(i);
            boolean opens = opensAt[i];
            boolean spaced = i > 0 && gaps.get(i - 1) > usual + ROW_GAP_EMS * m.em();
            boolean padded = i > 0 && gaps.get(i - 1) > tight + ROW_GAP_EMS * m.em();
            // lines above the first one in the first column belong to its row (a cell centred vertically)
            // unless space sets them apart (the end of a row continued from the previous page)
            // two full lines in a row (three cells or more each) are two rows of one line each
            boolean full = i > 0 && cut.get(i).size() >= FULL_LINE && cut.get(i - 1).size() >= FULL_LINE && opensAt[i - 1];
            // figures do not wrap: a figure under one of the row's own figures, in its column, is the next row's
            boolean parallel = i > 0 && ((oneLineRows && opensAt[i - 1]) || sharesFigureColumn(figures, i, rowFrom));
            // space after a row that has its first cell also ends it where the next line leaves that cell
            // empty: a header repeated on the page, then the rest of a row cut by the page break
            // a line filling several cells after a line with nothing but a first cell (a heading, the
            // end of a wrapped label) opens the next row
            boolean afterLabel = i > 0 && cut.get(i).size() >= 2 && cut.get(i - 1).size() == 1 && opensAt[i - 1];
            // a row whose figures stand centred between its label's lines ends when as many lines follow them
            // (until then, a line of the label after them is not a new row's)
            boolean centred = aboveFigures > 0 && belowFigures >= aboveFigures;
            boolean labelGoesOn = aboveFigures > 0 && belowFigures < aboveFigures;
            boolean starts = i == 0 || (opens && (parallel || padded || full || afterLabel || centred
                    || (anchored && !labelGoesOn && !opensAt[i - 1])))
                    || (splitOnSpace && !opens && spaced && anchored);
            anchored |= opens;
            if (starts) {
                rows.add(new ArrayList<>());
                rowFrom = i;
                aboveFigures = -1;
                belowFigures = 0;
            } else if (aboveFigures >= 0) {
                belowFigures++;
            } else if (!opens && gaps.get(i - 1) < INTERLEAVED * tight && onlyFigures(cut.get(i))) {
                aboveFigures = rows.get(rows.size() - 1).size();
            }
            rows.get(rows.size() - 1).add(l);
        }
        return CentredCells.rejoined(rows, edges, m, tight);
    }

    /** True when every piece of the line (cut at the edges) is a figure. */
    private static boolean onlyFigures(List<TextLine> pieces) {
        return pieces.stream().allMatch(c -> FIGURE.matcher(c.text()).matches());
    }

    /**
     * The bottom of the nearest line above line {@code i} of the band with a piece over one of its pieces
     * (the same column), or NaN when there is none.
     */
    private static double sameColumnAbove(List<TextLine> band, int i, TextMeasure m) {
        List<TextLine> own = m.pieces(band.get(i));
        for (int j = i - 1; j >= 0; j--) {
            for (TextLine p : m.pieces(band.get(j))) {
                if (own.stream().anyMatch(o -> Math.min(o.x1(), p.x1()) > Math.max(o.x0(), p.x0()))) {
                    return band.get(j).bottom();
                }
            }
        }
        return Double.NaN;
    }

    /**
     * True when a line of a cell holds several figures apart (columns of figures the gutters did not part):
     * a table of figures, not a sheet of labels and values.
     */
    private static boolean runsFigures(Table t) {
        return t.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.lines().stream())
                .anyMatch(l -> l.words().size() >= 2 && UnruledTables.isFigure(l));
    }

    /**
     * True when line {@code i} and one of the lines {@code from} to {@code i - 1} hold a figure in one column
     * ({@link #figureColumns} of each line): figures do not wrap, so they are two rows.
     */
    private static boolean sharesFigureColumn(List<java.util.Set<Integer>> figures, int i, int from) {
        if (figures.get(i).isEmpty()) {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (!java.util.Collections.disjoint(figures.get(i), figures.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The columns in which a piece of the line (cut at the edges) is a figure; the column of a piece is where it starts. */
    private static java.util.Set<Integer> figureColumns(List<TextLine> pieces, List<Double> edges) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (TextLine c : pieces) {
            if (FIGURE.matcher(c.text()).matches()) {
                out.add(column(edges, c.x0() + 1));
            }
        }
        return out;
    }

    private static boolean opensFirstColumn(TextLine line, List<Double> edges, TextMeasure m) {
        return opensFirstColumn(pieces(line, edges, m), edges);
    }

    /** True when a piece of the line (cut at the edges) starts in the first column. */
    private static boolean opensFirstColumn(List<TextLine> pieces, List<Double> edges) {
        return pieces.stream().anyMatch(c -> column(edges, c.x0() + 1) == 0);
    }

    /** True when several lines of the band run across the columns: running text between tables, not a row. */
    private static boolean isProse(List<TextLine> band, List<Double> edges, TextMeasure m) {
        return band.stream().filter(l -> crosses(l, edges, m)).count() >= PROSE_LINES;
    }

    /** True when a piece of the line runs across a column edge. */
    static boolean crosses(TextLine line, List<Double> edges, TextMeasure m) {
        return acrossEdge(pieces(line, edges, m), edges);
    }

    /**
     * The column edges {@code columns} of the table the previous page ended with, set in this table's
     * extent from {@code x0} to {@code x1}: its inner edges, when they all fall inside it and its ends lie
     * within {@link #SAME_END_EMS} of it or inside it (edges found from text end where the text does),
     * else null.
     */
    private static @Nullable List<Double> within(List<Double> columns, double x0, double x1, TextMeasure m) {
        double slack = SAME_END_EMS * m.em();
        double first = columns.get(0);
        double last = columns.get(columns.size() - 1);
        if (first < x0 - slack || last > x1 + slack || first > x0 + 2 * slack || last < x1 - 2 * slack
                || columns.get(1) <= x0 || columns.get(columns.size() - 2) >= x1) {
            return null;
        }
        List<Double> out = new ArrayList<>(columns);
        out.set(0, x0);
        out.set(out.size() - 1, x1);
        return out;
    }

    /**
     * The edges {@code borrowed}, each that a piece of the bands runs across moved the least into a gutter
     * of this page's text (a space between pieces at least {@link TextMeasure#gutter()} wide, the edge
     * half a gutter inside it), when one lies within {@link Table#edgeTolerance} of it: the columns of the
     * page before, placed in this page's gutters. A label opening a line in the first column may run across
     * (a total's). Null when {@code borrowed} is.
     */
    private static @Nullable List<Double> intoGutters(@Nullable List<Double> borrowed, List<List<TextLine>> bands, TextMeasure m) {
        if (borrowed == null) {
            return null;
        }
        List<double[]> covered = new ArrayList<>();
        for (List<TextLine> band : bands) {
            for (TextLine l : band) {
                List<TextLine> pieces = pieces(l, borrowed, m);
                for (int i = 0; i < pieces.size(); i++) {
                    TextLine c = pieces.get(i);
                    if (i > 0 || column(borrowed, c.x0() + 1) != 0) {
                        covered.add(new double[] {c.x0(), c.x1()});
                    }
                }
            }
        }
        double g = m.gutter();
        double tolerance = Table.edgeTolerance(borrowed.get(borrowed.size() - 1) - borrowed.get(0), false);
        List<Double> out = new ArrayList<>(borrowed);
        for (int i = 1; i < out.size() - 1; i++) {
            double e = borrowed.get(i);
            if (covered.stream().noneMatch(c -> c[0] < e && c[1] > e)) {
                continue;
            }
            double best = Double.NaN;
            // the free stretches beside the covering pieces: from a piece's end to the next piece's start
            for (double[] c : covered) {
                double from = c[1];
                double to = covered.stream().mapToDouble(o -> o[0]).filter(x -> x >= from).min().orElse(borrowed.get(borrowed.size() - 1));
                boolean free = to - from >= g && covered.stream().noneMatch(o -> o[0] < to && o[1] > from);
                double at = Math.max(from + g / 2, Math.min(e, to - g / 2));
                if (free && Math.abs(at - e) <= tolerance && (Double.isNaN(best) || Math.abs(at - e) < Math.abs(best - e))) {
                    best = at;
                }
            }
            if (!Double.isNaN(best)) {
                out.set(i, best);
            }
        }
        return out;
    }

    /**
     * True when the bands keep to the columns {@code columns}: no line of more pieces than columns, no
     * piece across one of its edges but a label opening a line in the first column (a total's label
     * spanning the first columns).
     */
    private static boolean keepsTo(List<List<TextLine>> bands, List<Double> columns, TextMeasure m) {
        for (List<TextLine> band : bands) {
            for (TextLine l : band) {
                if (m.pieces(l).size() > columns.size() - 1) {
                    return false; // more pieces than the table has columns: another table
                }
                if (!keepsAfterLabel(pieces(l, columns, m), columns)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when no piece runs across a column edge but the first, a label opening the line in the first
     * column (a total's label spanning the first columns).
     */
    static boolean keepsAfterLabel(List<TextLine> pieces, List<Double> edges) {
        for (int i = 0; i < pieces.size(); i++) {
            TextLine c = pieces.get(i);
            if (acrossEdge(List.of(c), edges) && (i > 0 || column(edges, c.x0() + 1) != 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the previous page ended with, for the page that may go on with it.
     *
     * @param table   true when it ended with a table (any structure) reaching its lower part
     * @param columns that table's column edges (points) where they were found from the text, else null
     */
    public record Previous(boolean table, @Nullable List<Double> columns) {
        public Previous {
            columns = columns == null ? null : List.copyOf(columns);
        }
    }

    /**
     * True when the lines between {@code a} and {@code b} can be the rest of a row the page break cut:
     * they keep to the columns ({@link #fits}) and leave the first one empty, as the row's key (a unit's
     * number, a label) is not cut.
     */
    private static boolean restOfRow(int page, List<Word> words, double a, double b, List<Double> edges, TextMeasure m) {
        return fits(page, words, a, b, edges, m) && LineBuilder.build(page, words.stream().filter(w -> w.centerY() > a && w.centerY() < b).toList())
                .stream().noneMatch(l -> opensFirstColumn(l, edges, m));
    }

    /** True when the lines between {@code a} and {@code b} keep to the columns: no piece crosses a gutter. */
    private static boolean fits(int page, List<Word> words, double a, double b, List<Double> edges, TextMeasure m) {
        return LineBuilder.build(page, words.stream().filter(w -> w.centerY() > a && w.centerY() < b).toList()).stream()
                .noneMatch(l -> crosses(l, edges, m));
    }

    /**
     * Where a run of lines continued from the previous page starts above the first rule, or {@code y}:
     * lines close together up to the rule, with at most a few lines of page furniture (in the top band of
     * the page) above.
     */
    private static double runAbove(int page, List<Word> words, double y, List<Double> edges, TextMeasure m, double pageHeight) {
        double em = m.em();
        List<TextLine> lines = LineBuilder.build(page, words.stream().filter(w -> w.centerY() < y).toList());
        int k = lines.size() - 1;
        if (k < 0 || y - lines.get(k).bottom() > MAX_PADDING_EMS * em) {
            return y;
        }
        while (k > 0 && lines.get(k).top() - lines.get(k - 1).bottom() <= RUN_GAP * 1.2 * em) {
            k--;
        }
        // a line in the top band set further above the rest than their own spacing is the running head
        while (k < lines.size() - 1 && lines.get(k).bottom() <= pageHeight * FURNITURE_BAND
                && lines.get(k + 1).top() - lines.get(k).bottom() > usualGap(lines.subList(k + 1, lines.size()), em) + HEADING_GAP_EMS * em) {
            k++;
        }
        // a few single pieces wholly in the top band are the running head, unless they keep to the table's
        // columns leaving the first one empty: the rest of a cut row, set close above the rule
        List<TextLine> run = lines.subList(k, lines.size());
        boolean rest = run.stream().noneMatch(l -> opensFirstColumn(l, edges, m) || crosses(l, edges, m));
        if (k > MAX_FURNITURE_LINES || (k > 0 && lines.get(k - 1).bottom() > pageHeight * FURNITURE_BAND)
                || (run.size() <= MAX_FURNITURE_LINES && lines.get(lines.size() - 1).bottom() <= pageHeight * FURNITURE_BAND
                    && onePiece(run, m) && !rest)) {
            return y;
        }
        return lines.get(k).top() - 0.5;
    }

    /** The median space between consecutive lines (points), or half an em for a single line. */
    private static double usualGap(List<TextLine> lines, double em) {
        if (lines.size() < 2) {
            return em / 2;
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            gaps.add(lines.get(i).top() - lines.get(i - 1).bottom());
        }
        return gaps.stream().sorted().toList().get(gaps.size() / 2);
    }

    /**
     * Where a header ruled only below starts, or {@code y}: at most {@link #MAX_HEADER_LINES} lines close
     * above the first rule that keep to the columns (measured with them), the topmost filling at least half
     * of the columns, and set apart from what stands above (a gap, or a line across the columns).
     */
    private static double headerAbove(int page, List<Word> words, double y, List<List<TextLine>> bands, List<Double> edges,
                                      boolean fixed, TextMeasure m) {
        List<TextLine> lines = LineBuilder.build(page, words.stream().filter(w -> w.centerY() < y).toList());
        int k = lines.size() - 1;
        if (k < 0 || y - lines.get(k).bottom() > MAX_PADDING_EMS * m.em()) {
            return y;
        }
        List<List<TextLine>> with = new ArrayList<>(bands);
        List<TextLine> run = new ArrayList<>(List.of(lines.get(k)));
        with.add(run);
        while (k > 0 && lines.get(k).top() - lines.get(k - 1).bottom() <= RUN_GAP * 1.2 * m.em() && run.size() < MAX_HEADER_LINES) {
            run.add(0, lines.get(k - 1));
            if (fixed ? spansGutter(run.get(0), edges, m) : columns(with, edges.get(0), edges.get(edges.size() - 1), m).size() != edges.size()) {
                run.remove(0);
                break;
            }
            k--;
        }
        List<Double> measured = fixed ? edges : columns(with, edges.get(0), edges.get(edges.size() - 1), m);
        List<Double> wider = measured.size() == edges.size() ? measured : edges;
        // a heading printed close above the header (no rule between) is not its first line
        List<Double> settled = fixed ? edges : settle(wider, bands, run, m);
        while (run.size() > 1 && !opensHeader(run, settled, m)) {
            run.remove(0);
            k++;
            settled = fixed ? edges : settle(wider, bands, run, m);
        }
        boolean apart = k == 0 || lines.get(k).top() - lines.get(k - 1).bottom() > RUN_GAP * 1.2 * m.em() || run.size() < MAX_HEADER_LINES;
        List<Double> header = settled;
        boolean kept = run.stream().noneMatch(l -> spansGutter(l, header, m));
        return measured.size() == edges.size() && apart && kept && opensHeader(run, header, m) ? run.get(0).top() - 0.5 : y;
    }

    /**
     * True when the run's first line is a header's first line: it fills the columns, or it holds the first
     * lines of the header's taller cells only (two pieces or more, none in the first column, each within one
     * column) over a line that fills them.
     */
    private static boolean opensHeader(List<TextLine> run, List<Double> edges, TextMeasure m) {
        TextLine first = run.get(0);
        if (fillsColumns(first, edges, m)) {
            return true;
        }
        List<TextLine> pieces = m.pieces(first);
        return run.size() > 1 && fillsColumns(run.get(1), edges, m) && pieces.size() >= 2 && !spansGutter(first, edges, m)
                && column(edges, pieces.get(0).x0() + 1) > 0;
    }

    /**
     * The edges moved within their gutters so that the pieces of {@code lines} (a header, wider than the
     * body's text) keep to one column: an edge that such a piece crosses, ending before the text of the
     * next column starts, moves to the middle of the space left between them.
     */
    static List<Double> settle(List<Double> edges, List<List<TextLine>> bands, List<TextLine> lines, TextMeasure m) {
        List<Double> out = new ArrayList<>(edges);
        for (int i = 1; i < edges.size() - 1; i++) {
            double edge = edges.get(i);
            double next = edges.get(i + 1);
            for (List<TextLine> band : bands) {
                for (TextLine l : band) {
                    for (TextLine c : m.pieces(l)) {
                        if (c.x0() >= edge && c.x0() < next) {
                            next = Math.min(next, c.x0());
                        }
                    }
                }
            }
            double reach = edge;
            for (TextLine l : lines) {
                for (TextLine c : m.pieces(l)) {
                    if (c.x0() < edge && c.x1() > edge) {
                        reach = Math.max(reach, c.x1());
                    }
                }
            }
            if (reach > edge && next - reach >= m.gutter()) {
                out.set(i, (reach + next) / 2);
            }
        }
        return out;
    }

    /**
     * True when the line has text in at least two columns and in half of them, each piece (set apart by a
     * gutter, not by a word space) within one column: a header's first line.
     */
    private static boolean fillsColumns(TextLine line, List<Double> edges, TextMeasure m) {
        List<TextLine> pieces = m.pieces(line);
        return !spansGutter(line, edges, m) && pieces.size() * 2 >= edges.size() - 1 && pieces.size() >= 2;
    }

    /** True when a piece of the line (words set apart by less than a gutter) runs across a column edge. */
    private static boolean spansGutter(TextLine line, List<Double> edges, TextMeasure m) {
        return acrossEdge(m.pieces(line), edges);
    }

    /** True when one of the pieces starts and ends in different columns. */
    private static boolean acrossEdge(List<TextLine> pieces, List<Double> edges) {
        return pieces.stream().anyMatch(c -> column(edges, c.x0() + 1) != column(edges, c.x1() - 1));
    }

    private static boolean onePiece(List<TextLine> lines, TextMeasure m) {
        return lines.stream().allMatch(l -> m.pieces(l).size() == 1);
    }

    /**
     * Where the body of a table whose rules frame only its header ends, or {@code y}: the run of at least two
     * lines set close together from the rule at {@code y} on (as close as one run of text), its first within
     * cell padding of the rule, up to a blank line: a gap wider by {@link #BLANK_LINE_EMS} than the usual gap
     * of the lines above it (the note or the section that follows a table is set apart so, where rows are
     * not). The caller checks that the run keeps to the columns it makes with the header.
     */
    private static double bodyBelow(int page, List<Word> words, double y, TextMeasure m) {
        double em = m.em();
        List<TextLine> lines = LineBuilder.build(page, words.stream().filter(w -> w.centerY() > y).toList());
        if (lines.size() < 2 || lines.get(0).top() - y > MAX_PADDING_EMS * em) {
            return y;
        }
        int k = 0;
        while (k + 1 < lines.size() && lines.get(k + 1).top() - lines.get(k).bottom() <= RUN_GAP * 1.2 * em
                && (k < MIN_ONE_LINE_ROWS || lines.get(k + 1).top() - lines.get(k).bottom()
                        <= usualGap(lines.subList(0, k + 1), em) + BLANK_LINE_EMS * em)) {
            k++;
        }
        return k == 0 ? y : lines.get(k).bottom() + 0.5;
    }

    /**
     * Where a row cut by the page break ends below the last rule, or {@code y}: lines close together
     * from the rule on, with at most a few lines of page furniture (in the bottom band of the page) below.
     */
    private static double runBelow(int page, List<Word> words, double y, TextMeasure m, double pageHeight) {
        double em = m.em();
        List<TextLine> lines = LineBuilder.build(page, words.stream().filter(w -> w.centerY() > y).toList());
        if (lines.isEmpty() || lines.get(0).top() - y > MAX_PADDING_EMS * em) {
            return y;
        }
        int k = 0;
        while (k + 1 < lines.size() && lines.get(k + 1).top() - lines.get(k).bottom() <= RUN_GAP * 1.2 * em) {
            k++;
        }
        int after = lines.size() - k - 1;
        if (after > MAX_FURNITURE_LINES || (after > 0 && lines.get(k + 1).top() < pageHeight * (1 - FURNITURE_BAND))
                || (lines.get(0).top() >= pageHeight * (1 - FURNITURE_BAND) && onePiece(lines.subList(0, k + 1), m))) {
            return y; // a run of single pieces wholly in the bottom band is the page footer
        }
        return lines.get(k).bottom() + 0.5;
    }

    /**
     * Column edges: the table's ends and the middle of each gutter that the pieces of every band not
     * spanning the table leave free, at least {@link TextMeasure#gutter()} wide.
     */
    static List<Double> columns(List<List<TextLine>> bands, double x0, double x1, TextMeasure m) {
        return columns(bands, x0, x1, m, false);
    }

    /**
     * The columns ({@link #columns(List, double, double, TextMeasure)}); with {@code headed}, the bands are a
     * table's whole extent between its rules, so its first lines may be a header whose cells stand closer
     * than a gutter over narrow columns, and the gutters its body shows count.
     */
    static List<Double> columns(List<List<TextLine>> bands, double x0, double x1, TextMeasure m, boolean headed) {
        return withoutHeadersApart(bands, withoutBulletColumns(bands, gutterEdges(bands, x0, x1, m, headed), m), m);
    }

    /**
     * The edges less those that set a column's header apart from its body: of two neighbouring columns,
     * one holding only lines above every line of the other, at most {@link #MAX_HEADER_LINES} of them from
     * the top of the first band (a header centred over figures set at the column's left, "Durata minima"
     * right of "12", leaves a gutter between them that no line crosses). Columns whose text shares a line,
     * or lies on both sides of the other's, stay apart.
     */
    private static List<Double> withoutHeadersApart(List<List<TextLine>> bands, List<Double> edges, TextMeasure m) {
        List<TextLine> lines = bands.stream().flatMap(List::stream).toList();
        if (lines.isEmpty()) {
            return edges;
        }
        List<Double> out = new ArrayList<>(edges);
        if (out.size() < 3) {
            return out; // one column: no two to join
        }
        // each line cut at the edges once, and again only after an edge goes
        List<int[]> cut = spans(lines, out, m);
        for (int col = out.size() - 3; col >= 0; col--) {
            List<Integer> left = linesIn(cut, col);
            List<Integer> right = linesIn(cut, col + 1);
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            List<Integer> upper = left.get(left.size() - 1) < right.get(0) ? left
                    : right.get(right.size() - 1) < left.get(0) ? right : null;
            if (upper != null && upper.size() <= MAX_HEADER_LINES && upper.get(upper.size() - 1) < MAX_HEADER_LINES
                    && bands.get(0).size() > upper.get(upper.size() - 1)) {
                out.remove(col + 1);
                cut = spans(lines, out, m);
            }
        }
        return out;
    }

    /**
     * Each line cut at {@code edges} ({@link #pieces}), as the columns its pieces span: the first and the
     * last column of each piece, in pairs.
     */
    private static List<int[]> spans(List<TextLine> lines, List<Double> edges, TextMeasure m) {
        List<int[]> out = new ArrayList<>();
        for (TextLine l : lines) {
            List<TextLine> pieces = pieces(l, edges, m);
            int[] span = new int[2 * pieces.size()];
            for (int k = 0; k < pieces.size(); k++) {
                span[2 * k] = column(edges, pieces.get(k).x0() + 1);
                span[2 * k + 1] = column(edges, pieces.get(k).x1() - 1);
            }
            out.add(span);
        }
        return out;
    }

    /** Indexes (in the bands' reading order) of the lines ({@link #spans}) with a piece in column {@code col}. */
    private static List<Integer> linesIn(List<int[]> spans, int col) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            for (int k = 0; k < span.length; k += 2) {
                if (span[k] <= col && span[k + 1] >= col) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The edges less those that set bullets apart from their text: a column holding nothing but bullets
     * ("•", "–", "▪") belongs to the column on its right.
     */
    private static List<Double> withoutBulletColumns(List<List<TextLine>> bands, List<Double> edges, TextMeasure m) {
        if (edges.size() < 3) {
            return new ArrayList<>(edges);
        }
        // each line cut at the edges once: which columns hold a piece within them, and only bullets
        boolean[] any = new boolean[edges.size()];
        boolean[] notBullets = new boolean[edges.size()];
        for (List<TextLine> band : bands) {
            for (TextLine l : band) {
                for (TextLine c : pieces(l, edges, m)) {
                    int col = column(edges, c.x0() + 1);
                    if (col == column(edges, c.x1() - 1)) {
                        any[col] = true;
                        notBullets[col] = notBullets[col] || !BULLET.matcher(c.text()).matches();
                    }
                }
            }
        }
        List<Double> out = new ArrayList<>(edges);
        for (int col = edges.size() - 3; col >= 0; col--) {
            if (any[col] && !notBullets[col]) {
                out.remove(col + 1);
            }
        }
        return out;
    }

    private static List<Double> gutterEdges(List<List<TextLine>> bands, double x0, double x1, TextMeasure m, boolean headed) {
        List<TextLine> used = new ArrayList<>();
        int firstBand = -1;
        int most = bands.stream().mapToInt(b -> clusters(b, m)).max().orElse(0);
        for (List<TextLine> band : bands) {
            // a band of at most half the pieces of the fullest one (a total row, a section row) spans columns
            if (spans(band, x0, x1, m) || clusters(band, m) * 2 <= most) {
                continue;
            }
            for (TextLine l : band) {
                if (l != band.get(0) || !heads(band, x0, x1, m)) {
                    used.add(l);
                }
            }
            firstBand = firstBand < 0 ? used.size() : firstBand;
        }
        List<Double> edges = new ArrayList<>();
        edges.add(x0);
        for (double[] g : gutters(used, x0, x1, m)) {
            edges.add((g[0] + g[1]) / 2);
        }
        // a header whose cells stand closer than a gutter over narrow columns ("Durata minima" beside "di cui
        // in FaD", centred over figures set at their columns' right) hides gutters the body shows: the
        // gutters of the body without the first band's first lines, each edge set where no header word is;
        // a header's first line holds several cells, and its lines no figure (a row's first line has its
        // number or hours): all of them are left out (one-line header cells set at several heights each
        // spill over their neighbours)
        int lifted = headed && firstBand > 0 ? headerLines(used.subList(0, firstBand), used.size() - firstBand, m) : 0;
        if (lifted > 0) {
            List<TextLine> header = used.subList(0, lifted);
            for (double[] g : gutters(used.subList(lifted, used.size()), x0, x1, m)) {
                if (edges.stream().noneMatch(e -> e >= g[0] && e <= g[1])) {
                    edges.add(clearOf(header, g[0], g[1]));
                }
            }
        }
        edges.sort(Comparator.naturalOrder());
        edges.add(x1);
        return edges;
    }

    /**
     * How many of the band's first lines are a header set over its rows: the first holds several cells, and
     * none holds a figure (a row's first line has its number or hours); at most {@link #MAX_HEADER_LINES},
     * leaving {@link #MIN_ONE_LINE_ROWS} lines at least below, in the band or, when the band's text stands in
     * three columns or more (a sheet's first row holds a label and its value), in the {@code below} lines of
     * the bands under it: a header ruled apart from its rows is the whole first band, up to
     * {@link #MAX_HEADER_BAND_LINES} lines (cells of three lines set at several heights, centred in their row).
     */
    private static int headerLines(List<TextLine> band, int below, TextMeasure m) {
        int n = 0;
        if (!band.isEmpty() && m.pieces(band.get(0)).size() >= 2) {
            int room = band.size() + (clusters(band, m) >= HEADER_COLUMNS ? below : 0);
            int most = room > band.size() ? MAX_HEADER_BAND_LINES : MAX_HEADER_LINES;
            while (n < most && n < band.size() && n + 1 + MIN_ONE_LINE_ROWS <= room
                    && m.pieces(band.get(n)).stream().noneMatch(c -> FIGURE.matcher(c.text()).matches())) {
                n++;
            }
        }
        return n;
    }

    /**
     * The gutters the lines leave between {@code x0} and {@code x1}, each as its left and right end: the
     * gaps at least {@link TextMeasure#gutter()} wide that no word covers, and the space before a column
     * start shown by aligned words ({@link #alignedStarts}).
     */
    private static List<double[]> gutters(List<TextLine> lines, double x0, double x1, TextMeasure m) {
        List<double[]> covered = new ArrayList<>();
        for (TextLine l : lines) {
            for (Word c : l.words()) {
                covered.add(new double[] {c.x0(), c.x1()});
            }
        }
        covered.sort(Comparator.comparingDouble(a -> a[0]));
        List<double[]> out = new ArrayList<>();
        double reach = Double.NaN;
        for (double[] c : covered) {
            if (!Double.isNaN(reach) && c[0] - reach >= m.gutter()) {
                out.add(new double[] {reach, c[0]});
            }
            reach = Double.isNaN(reach) ? c[1] : Math.max(reach, c[1]);
        }
        for (double start : alignedStarts(lines, covered, x0, x1, m)) {
            double left = covered.stream().filter(c -> c[1] <= start).mapToDouble(c -> c[1]).max().orElse(x0);
            if (left > x0 && out.stream().noneMatch(g -> g[1] >= left && g[0] <= start)) {
                out.add(new double[] {left, start});
            }
        }
        return out;
    }

    /** The middle of the widest stretch of {@code from}..{@code to} that no word of the lines covers, or of all of it. */
    private static double clearOf(List<TextLine> lines, double from, double to) {
        List<double[]> words = lines.stream().flatMap(l -> l.words().stream())
                .filter(w -> w.x1() > from && w.x0() < to).map(w -> new double[] {w.x0(), w.x1()})
                .sorted(Comparator.comparingDouble(a -> a[0])).toList();
        double best = (from + to) / 2;
        double widest = 0;
        double at = from;
        for (double[] w : words) {
            if (w[0] - at > widest) {
                widest = w[0] - at;
                best = (at + w[0]) / 2;
            }
            at = Math.max(at, w[1]);
        }
        if (to - at > widest) {
            best = (at + to) / 2;
        }
        return best;
    }

    /**
     * Where a column starts though its gutter is narrower than {@link TextMeasure#gutter()} in some rows (a
     * dense table whose cells' text runs close to the next column, no rule between them): words in
     * {@link #ALIGNED_LINES} lines or more start there after a gutter's width of space, and no word of any
     * line runs across it, but for totals whose label spans the first columns, against {@link #SPANNING_LINES}
     * times as many lines showing the start. The left edges of left-aligned columns, as a reader sees them.
     */
    private static List<Double> alignedStarts(List<TextLine> lines, List<double[]> covered, double x0, double x1, TextMeasure m) {
        double tolerance = ALIGNED_POINTS;
        List<Double> starts = new ArrayList<>();
        for (TextLine l : lines) {
            for (int i = 1; i < l.words().size(); i++) {
                if (l.words().get(i).x0() - l.words().get(i - 1).x1() >= m.gutter()) {
                    starts.add(l.words().get(i).x0());
                }
            }
        }
        starts.sort(Comparator.naturalOrder());
        List<Double> out = new ArrayList<>();
        // whether a line is a total (figures after its first piece) does not depend on the start: once a line
        // that starts from the left is met, it is told and kept
        Boolean[] totals = new Boolean[lines.size()];
        for (int i = 0; i < starts.size(); ) {
            int j = i;
            while (j + 1 < starts.size() && starts.get(j + 1) - starts.get(i) <= tolerance) {
                j++;
            }
            double x = starts.get(i);
            int shown = j - i + 1;
            // a word runs across it, or a line from the table's left in one piece (a heading across the
            // columns); a few lines whose first cell, from the table's left, runs across it are cells spanning
            // the first columns (a total row: "DURATA MINIMA TOTALE" over "N." and the contents) where many
            // more lines show the column
            int spanning = 0;
            // a start too few lines show is no column: the lines need not be looked at, nor after one crosses it
            boolean crossed = shown < ALIGNED_LINES;
            for (int k = 0; k < lines.size() && !crossed; k++) {
                TextLine l = lines.get(k);
                List<TextLine> p = m.pieces(l);
                TextLine first = p.get(0);
                boolean across = false;
                for (Word w : l.words()) {
                    across |= w.x0() < x - tolerance && w.x1() > x;
                }
                boolean fromLeft = startsAtLeft(first, x0, x1) && first.x0() < x - tolerance && first.x1() > x
                        && first.words().stream().noneMatch(w -> Math.abs(w.x0() - x) <= tolerance);
                // a total: its label, then figures ("DURATA MINIMA TOTALE | 170 | Max 55"), or short cells among
                // which a figure ("| 170 | Max", the figure wrapped below); a long label with its text value is a
                // sheet's row, whose value starts where its label ends
                if (fromLeft && totals[k] == null) {
                    totals[k] = isTotal(p);
                }
                if (fromLeft && totals[k]) {
                    spanning++;
                } else if (across || fromLeft) {
                    crossed = true;
                }
            }
            crossed |= spanning * SPANNING_LINES > shown;
            if (shown >= ALIGNED_LINES && !crossed) {
                out.add(x);
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * True when the band's first line is a heading set across the top of its box (a frame around each
     * table: "DETTAGLIO UNITA' FORMATIVA n.1" over the sheet's labels and values): one piece from the
     * table's left, over lines of which some hold several pieces. It makes no gutter.
     */
    private static boolean heads(List<TextLine> band, double x0, double x1, TextMeasure m) {
        TextLine first = band.get(0);
        return band.size() >= MIN_ONE_LINE_ROWS && m.pieces(first).size() == 1 && startsAtLeft(first, x0, x1)
                && band.stream().skip(1).anyMatch(l -> m.pieces(l).size() >= 2);
    }

    /** True when the piece is a figure alone ("12", "1.234,50", "-3.2%"): what a header cell never is. */
    static boolean isFigure(TextLine piece) {
        return FIGURE.matcher(piece.text()).matches();
    }

    /** True when the line opens with a bullet ("- text", "• text"): a list item, which a header cell never is. */
    static boolean opensWithBullet(TextLine line) {
        String first = line.words().isEmpty() ? "" : line.words().get(0).text();
        return BULLET.matcher(first).matches();
    }

    /** True when the pieces after a line's first are a total's figures: all hold a digit, or all are short and one does. */
    private static boolean isTotal(List<TextLine> pieces) {
        List<TextLine> after = pieces.subList(1, pieces.size());
        return !after.isEmpty() && (after.stream().allMatch(RuledRowsTables::holdsDigit)
                || after.stream().anyMatch(RuledRowsTables::holdsDigit) && after.stream().allMatch(c -> c.words().size() <= FIGURE_WORDS));
    }

    /** True when the text holds a digit: a figure, however it is printed ("Max 55", "12 ore"). */
    static boolean holdsDigit(TextLine text) {
        return DIGIT.matcher(text.text()).find();
    }

    /** True when the line starts in the first column and runs on past it. */
    private static boolean captions(TextLine line, List<Double> edges) {
        return column(edges, line.x0() + 1) == 0 && line.x1() > edges.get(1);
    }

    /** True when the text starts within {@link #LEFT_SHARE} of the table's width from its left edge. */
    private static boolean startsAtLeft(TextLine text, double x0, double x1) {
        return text.x0() - x0 <= LEFT_SHARE * (x1 - x0);
    }

    /** How many separate columns of text the band holds: its pieces' extents merged where they overlap. */
    private static int clusters(List<TextLine> band, TextMeasure m) {
        List<double[]> spans = new ArrayList<>();
        for (TextLine l : band) {
            for (TextLine c : m.pieces(l)) {
                spans.add(new double[] {c.x0(), c.x1()});
            }
        }
        spans.sort(Comparator.comparingDouble(a -> a[0]));
        int n = 0;
        double reach = Double.NEGATIVE_INFINITY;
        for (double[] c : spans) {
            if (c[0] > reach) {
                n++;
            }
            reach = Math.max(reach, c[1]);
        }
        return n;
    }

    /**
     * True when every line of the band is one piece, the widest starting at the table's left and reaching
     * across most of it: running text, a total or a section row, not cells of the columns.
     */
    private static boolean spans(List<TextLine> band, double x0, double x1, TextMeasure m) {
        if (band.isEmpty() || band.stream().anyMatch(l -> m.pieces(l).size() > 1)) {
            return false;
        }
        TextLine widest = band.stream().max(Comparator.comparingDouble(l -> l.x1() - l.x0())).orElseThrow();
        return startsAtLeft(widest, x0, x1) && widest.x1() - widest.x0() >= SPANNING * (x1 - x0);
    }

    /**
     * A header's lines as one row: each piece of each line ({@link TextMeasure#pieces}, never cut at an
     * edge) in the column under its middle, where a header cell wider than its column is centred.
     */
    static Row headerRow(int page, List<TextLine> header, List<Double> edges, double top, double bottom, TextMeasure m) {
        List<List<Word>> columns = new ArrayList<>();
        for (int c = 0; c < edges.size() - 1; c++) {
            columns.add(new ArrayList<>());
        }
        for (TextLine l : header) {
            for (TextLine piece : m.pieces(l)) {
                columns.get(column(edges, (piece.x0() + piece.x1()) / 2)).addAll(piece.words());
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(new Cell(0, c, 1, 1, page, edges.get(c), top, edges.get(c + 1), bottom,
                    columns.get(c).isEmpty() ? List.of() : LineBuilder.build(page, columns.get(c))));
        }
        return new Row(cells);
    }

    /**
     * True when each line of the header has at most one piece over each column (by its middle): a header's
     * line names its columns once each, where running text set justified falls into several pieces a column.
     */
    static boolean namesColumns(List<TextLine> header, List<Double> edges, TextMeasure m) {
        for (TextLine l : header) {
            long named = m.pieces(l).stream().mapToInt(c -> column(edges, (c.x0() + c.x1()) / 2)).distinct().count();
            if (named < m.pieces(l).size()) {
                return false;
            }
        }
        return true;
    }

    /** One band as a row: each piece of each line in the columns it lies in, pieces sharing a column in one cell. */
    static Row row(int page, int index, List<TextLine> band, List<Double> edges, double top, double bottom,
                           TextMeasure m) {
        List<Piece> pieces = new ArrayList<>();
        for (TextLine l : band) {
            for (TextLine c : pieces(l, edges, m)) {
                pieces.add(new Piece(column(edges, c.x0() + 1), column(edges, c.x1() - 1), c.words()));
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::from));
        List<Piece> merged = new ArrayList<>();
        for (Piece p : pieces) {
            Piece last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p.from() <= last.to()) {
                List<Word> all = new ArrayList<>(last.words());
                all.addAll(p.words());
                merged.set(merged.size() - 1, new Piece(last.from(), Math.max(last.to(), p.to()), all));
            } else {
                merged.add(p);
            }
        }
        List<Cell> cells = new ArrayList<>();
        int next = 0;
        for (Piece p : merged) {
            for (; next < p.from(); next++) {
                cells.add(new Cell(index, next, 1, 1, page, edges.get(next), top, edges.get(next + 1), bottom, List.of()));
            }
            cells.add(new Cell(index, p.from(), 1, p.to() - p.from() + 1, page, edges.get(p.from()), top,
                    edges.get(p.to() + 1), bottom, LineBuilder.build(page, p.words())));
            next = p.to() + 1;
        }
        for (; next < edges.size() - 1; next++) {
            cells.add(new Cell(index, next, 1, 1, page, edges.get(next), top, edges.get(next + 1), bottom, List.of()));
        }
        return new Row(cells);
    }

    /**
     * The line's pieces ({@link TextMeasure#pieces}), each cut again where a column edge falls between two
     * of its words: a label printed close to its value is still two cells. A word across an edge keeps
     * its piece whole (a cell spanning columns).
     */
    static List<TextLine> pieces(TextLine line, List<Double> edges, TextMeasure m) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine c : m.pieces(line)) {
            List<Word> words = c.words();
            int start = 0;
            for (int i = 1; i < words.size(); i++) {
                double gapFrom = words.get(i - 1).x1();
                double gapTo = words.get(i).x0();
                // an edge within a space of the gap still parts the two cells (a cell of other padding)
                // and an edge inside a narrower gap parts them too: text run close to the next column
                boolean near = gapTo - gapFrom >= m.space() && anyEdge(edges, gapFrom - m.space(), gapTo + m.space(), true);
                if (near || anyEdge(edges, gapFrom, gapTo, false)) {
                    out.add(new TextLine(line.page(), words.subList(start, i)));
                    start = i;
                }
            }
            out.add(new TextLine(line.page(), words.subList(start, words.size())));
        }
        return out;
    }

    /** True when an edge lies between {@code from} and {@code to}, the ends themselves counted when {@code closed}. */
    private static boolean anyEdge(List<Double> edges, double from, double to, boolean closed) {
        for (double e : edges) {
            if (closed ? e >= from && e <= to : e > from && e < to) {
                return true;
            }
        }
        return false;
    }

    /** Words of one line lying in columns {@code from} to {@code to}. */
    private record Piece(int from, int to, List<Word> words) {
    }

    static int column(List<Double> edges, double x) {
        for (int i = 1; i < edges.size() - 1; i++) {
            if (x < edges.get(i)) {
                return i - 1;
            }
        }
        return edges.size() - 2;
    }
}
