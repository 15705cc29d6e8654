package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays the lines of an unruled table on its columns. Header lines merge per column into one row, except
 * that headings set over several columns ("Total" over "PK–12 PK–8 9–12") get a row of their own with
 * their span. Body lines are one row each, except a row label wrapped over two lines, and text wrapped in
 * the other columns, which join the row they belong to.
 */
final class UnruledGrid {

    /** Words ending a label that goes on in the next line ("Total, all", "Persons in"). */
    private static final Set<String> OPEN_ENDINGS = Set.of("and", "or", "of", "the", "for", "in", "to", "by", "with",
            "a", "an", "on", "from", "at", "as", "e", "di", "del", "della", "dei", "delle", "per", "con");
    // "persons ......", "and over": a wrapped label's second line starts in lower case
    private static final Pattern LOWER_START = Pattern.compile("^[\\p{Ll}(].*");

    private final List<Double> edges;
    /** How much wider than the gaps inside columns the gaps at column edges are in a header piece to split it. */
    private static final double SPLIT_GAP_RATIO = 1.5;
    /** The narrowest gap (points) a header piece is split at. */
    private static final double MIN_SPLIT_GAP = 3.0;

    /** Share of the table's width a ruling must cross to separate rows. */
    private static final double ROW_RULE_SHARE = 0.6;
    /** Extra space between rows, in line heights, that tells rows of several lines apart. */
    private static final double ROW_SPACING = 0.5;
    /** Spread of the gaps inside one row, in line heights. */
    private static final double LINE_SPACING = 0.2;

    private final List<GridExtractor.Rule> rules;
    private final List<Slots> rows = new ArrayList<>();

    private UnruledGrid(List<Double> edges, List<GridExtractor.Rule> rules) {
        this.edges = edges;
        this.rules = rules;
    }

    static Table build(List<TextLine> header, List<TextLine> body, List<Double> edges, List<GridExtractor.Rule> rules) {
        UnruledGrid grid = new UnruledGrid(edges, rules);
        grid.header(header);
        grid.body(body);
        return grid.table(header.isEmpty() ? body.get(0).page() : header.get(0).page());
    }

    /**
     * The header rows. A line with a heading over several columns starts a row of such headings; the
     * next line of single-column headings starts the row under them, and takes along the single-column
     * headings begun beside the spanning ones ("Percent" / "who" / "borrowed"), which then span both rows.
     */
    private void header(List<TextLine> lines) {
        Slots current = null;
        Boolean spanning = null;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            List<Piece> pieces = headerPieces(lines.get(i), last);
            if (!last) {
                pieces = underlined(pieces, lines.get(i + 1).top());
            }
            boolean spans = pieces.stream().anyMatch(p -> p.c1 > p.c0 && p.c0 > 0);
            if (current == null || spanning != spans || (spans && current.conflicts(pieces))) {
                Slots next = new Slots();
                if (current != null && spanning) {
                    current.moveSingleColumnTo(next);
                }
                current = next;
                rows.add(current);
                spanning = spans;
            }
            pieces.forEach(current::add);
        }
    }

    /**
     * A header line's pieces. The last header line names single columns, so a piece over two of them
     * is two headings; on other lines a piece is split only where the gap between its words at a
     * column edge is wider than every gap inside a column ("Less than   $10,000–   $15,000–").
     */
    private List<Piece> headerPieces(TextLine line, boolean last) {
        if (last) {
            return pieces(line, true);
        }
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces(line, false)) {
            if (p.c1 > p.c0 && fitsColumns(new TextLine(line.page(), p.words)) && gapsAtEdgesWidest(p.words)) {
                out.addAll(pieces(new TextLine(line.page(), p.words), true));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private boolean gapsAtEdgesWidest(List<Word> words) {
        double atEdges = Double.MAX_VALUE;
        double inside = 0;
        for (int i = 1; i < words.size(); i++) {
            double gap = words.get(i).x0() - words.get(i - 1).x1();
            if (StreamGrid.column(edges, words.get(i).centerX()) != StreamGrid.column(edges, words.get(i - 1).centerX())) {
                atEdges = Math.min(atEdges, gap);
            } else {
                inside = Math.max(inside, gap);
            }
        }
        return atEdges > SPLIT_GAP_RATIO * inside && atEdges > MIN_SPLIT_GAP;
    }

    private void body(List<TextLine> lines) {
        Slots pendingLabel = null;
        int firstBodyRow = rows.size();
        boolean[] tight = ruledRows(lines);
        if (tight == null) {
            tight = tightLines(lines);
        }
        for (int i = 0; i < lines.size(); i++) {
            List<Piece> pieces = pieces(lines.get(i), true);
            boolean labelOnly = pieces.size() == 1 && pieces.get(0).c0 == 0 && pieces.get(0).c1 == 0;
            boolean noLabel = pieces.stream().noneMatch(p -> p.c0 == 0);
            Slots last = rows.size() > firstBodyRow ? rows.get(rows.size() - 1) : null;
            if (pendingLabel == null && last != null && tight[i] && pieces.stream().noneMatch(Piece::isFigure)
                    && (last.isText() || !labelOnly)) {
                // a line set closer to the one above than rows are to each other goes on its row's cells;
                // a lone label under a row of figures is a section label, not a wrapped one
                pieces.forEach(last::add);
            } else if (pendingLabel != null) {
                pieces.forEach(pendingLabel::add);
                rows.add(pendingLabel);
                pendingLabel = null;
            } else if (labelOnly && i + 1 < lines.size() && opensNextLine(pieces.get(0), lines.get(i + 1))) {
                pendingLabel = new Slots();
                pendingLabel.add(pieces.get(0));
            } else if (last != null && labelOnly && last.hasLabel() && startsLower(pieces.get(0))) {
                last.add(pieces.get(0));
            } else if (last != null && noLabel && last.hasLabel() && pieces.stream().noneMatch(Piece::isFigure)
                    && pieces.stream().allMatch(last::wraps)) {
                pieces.forEach(last::add);
            } else {
                Slots row = new Slots();
                pieces.forEach(row::add);
                rows.add(row);
            }
        }
        if (pendingLabel != null) {
            rows.add(pendingLabel);
        }
    }

    /**
     * The pieces widened to the columns of the ruling drawn just under them, above the next line: a
     * heading over several columns is underlined across them ("Stroke" over "no.  Rate  (95% CI)"). A
     * ruling under two pieces of the line separates header from body and widens nothing.
     */
    private List<Piece> underlined(List<Piece> pieces, double nextTop) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            GridExtractor.Rule rule = ruleUnder(p, nextTop);
            if (p.c0 == 0 || rule == null || pieces.stream().filter(q -> rule.x0() <= q.centerX() && q.centerX() <= rule.x1()).count() > 1) {
                out.add(p);
                continue;
            }
            int c0 = p.c0;
            int c1 = p.c1;
            for (int c = 1; c + 1 < edges.size(); c++) {
                double mid = (edges.get(c) + edges.get(c + 1)) / 2;
                if (mid >= rule.x0() && mid <= rule.x1()) {
                    c0 = Math.min(c0, c);
                    c1 = Math.max(c1, c);
                }
            }
            out.add(new Piece(c0, c1, p.words));
        }
        return out;
    }

    private GridExtractor.Rule ruleUnder(Piece p, double nextTop) {
        double bottom = p.words.stream().mapToDouble(Word::bottom).max().orElse(0);
        double height = p.words.stream().mapToDouble(Word::height).max().orElse(0);
        for (GridExtractor.Rule r : rules) {
            boolean below = r.y() >= bottom - 1 && r.y() <= Math.min(nextTop + 1, bottom + 2 * height);
            if (below && r.x0() - 1 <= p.centerX() && p.centerX() <= r.x1() + 1 && r.x1() - r.x0() > p.width() + 2) {
                return r;
            }
        }
        return null;
    }

    /**
     * Rows drawn apart by horizontal rulings across the table, when the columns have none: a line with
     * no ruling above it (below the previous line) goes on the previous row. Null when fewer than two
     * rulings cross the body or every line is ruled off (rows of one line): then spacing decides.
     */
    private boolean[] ruledRows(List<TextLine> lines) {
        double left = edges.get(0);
        double right = edges.get(edges.size() - 1);
        boolean[] tight = new boolean[lines.size()];
        int ruled = 0;
        int unruled = 0;
        for (int i = 1; i < lines.size(); i++) {
            double from = lines.get(i - 1).bottom();
            double to = lines.get(i).top();
            boolean between = rules.stream().anyMatch(r -> r.y() >= from - 1 && r.y() <= to + 1
                    && Math.min(r.x1(), right) - Math.max(r.x0(), left) >= ROW_RULE_SHARE * (right - left));
            tight[i] = !between;
            ruled += between ? 1 : 0;
            unruled += between ? 0 : 1;
        }
        return ruled >= 2 && unruled > 0 ? tight : null;
    }

    /**
     * Which lines are set closer to the line above than rows are to one another: when the gaps between
     * lines come in two sizes (cells of several lines, rows spaced apart), the narrow ones join lines of
     * one row. When every gap is alike, no line is tight and each is a row of its own.
     */
    private static boolean[] tightLines(List<TextLine> lines) {
        boolean[] tight = new boolean[lines.size()];
        if (lines.size() < 3) {
            return tight;
        }
        double[] heights = lines.stream().mapToDouble(l -> l.bottom() - l.top()).sorted().toArray();
        double height = heights[heights.length / 2];
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).top() - lines.get(i - 1).bottom();
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        if (max - min < ROW_SPACING * height) {
            return tight;
        }
        for (int i = 1; i < lines.size(); i++) {
            tight[i] = lines.get(i).top() - lines.get(i - 1).bottom() <= min + LINE_SPACING * height;
        }
        return tight;
    }

    /** True when a label-only line goes on in the next line: it ends open, or the next starts in lower case. */
    private boolean opensNextLine(Piece label, TextLine next) {
        List<Piece> following = pieces(next, true);
        boolean nextHasLabel = following.stream().anyMatch(p -> p.c0 == 0);
        if (!nextHasLabel || following.size() < 2) {
            return false;
        }
        String text = label.text();
        String lastWord = text.substring(text.lastIndexOf(' ') + 1).toLowerCase();
        return text.endsWith(",") || text.endsWith("-") || OPEN_ENDINGS.contains(lastWord) || startsLower(following.get(0));
    }

    private static boolean startsLower(Piece p) {
        return LOWER_START.matcher(p.text()).matches();
    }

    /** The line cut into pieces, each with the columns it covers; body pieces over several columns are split by word. */
    private List<Piece> pieces(TextLine line, boolean splitByColumn) {
        List<Piece> out = new ArrayList<>();
        for (TextLine chunk : Chunks.byFontSize(line)) {
            int[] span = span(chunk.x0(), chunk.x1());
            if (span[1] > span[0] && splitByColumn && fitsColumns(chunk)) {
                for (int c = span[0]; c <= span[1]; c++) {
                    TextLine part = StreamGrid.slice(chunk, edges, c);
                    if (part != null) {
                        out.add(new Piece(c, c, part.words()));
                    }
                }
            } else {
                out.add(new Piece(span[0], span[1], chunk.words()));
            }
        }
        return out;
    }

    /** True when no word of the chunk crosses a column edge. */
    private boolean fitsColumns(TextLine chunk) {
        for (Word w : chunk.words()) {
            int c = StreamGrid.column(edges, w.centerX());
            if (w.x0() < edges.get(c) - 1 || w.x1() > edges.get(c + 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** First and last column a piece from x0 to x1 covers: half the narrower of piece and column. */
    private int[] span(double x0, double x1) {
        int first = -1;
        int last = -1;
        for (int c = 0; c + 1 < edges.size(); c++) {
            double overlap = Math.min(x1, edges.get(c + 1)) - Math.max(x0, edges.get(c));
            double need = 0.5 * Math.min(x1 - x0, edges.get(c + 1) - edges.get(c));
            if (overlap > 0 && overlap >= need) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            first = StreamGrid.column(edges, (x0 + x1) / 2);
            last = first;
        }
        return new int[] {first, last};
    }

    private Table table(int page) {
        List<Row> out = new ArrayList<>();
        for (Slots s : rows) {
            if (!s.pieces.isEmpty()) {
                out.add(s.row(out.size(), page, edges));
            }
        }
        return new Table(page, edges, out, Table.Structure.FIGURES);
    }

    /** Words set over columns c0..c1 of one row, and of the {@code rowsUp} rows above it. */
    private record Piece(int c0, int c1, List<Word> words, int rowsUp) {

        Piece(int c0, int c1, List<Word> words) {
            this(c0, c1, words, 0);
        }

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        double centerX() {
            return (words.get(0).x0() + words.get(words.size() - 1).x1()) / 2;
        }

        double width() {
            return words.get(words.size() - 1).x1() - words.get(0).x0();
        }

        boolean isFigure() {
            return UnruledTables.isFigure(new TextLine(0, words));
        }
    }

    /** The pieces of one row; pieces over a shared column are merged into one. */
    private static final class Slots {

        /** Left edges closer than this (points) are one alignment: text wrapped in a left-aligned cell. */
        private static final double WRAP_ALIGN = 3.0;

        private final List<Piece> pieces = new ArrayList<>();

        void add(Piece p) {
            int c0 = p.c0;
            int c1 = p.c1;
            int up = p.rowsUp;
            List<Word> words = new ArrayList<>(p.words);
            for (int i = pieces.size() - 1; i >= 0; i--) {
                Piece q = pieces.get(i);
                if (q.c0 <= c1 && q.c1 >= c0) {
                    c0 = Math.min(c0, q.c0);
                    c1 = Math.max(c1, q.c1);
                    up = Math.max(up, q.rowsUp);
                    words.addAll(0, q.words);
                    pieces.remove(i);
                }
            }
            pieces.add(new Piece(c0, c1, words, up));
        }

        /** True when a piece overlaps one of this row over other columns: two rows of headings, not one wrapped. */
        boolean conflicts(List<Piece> others) {
            return others.stream().anyMatch(p -> pieces.stream().anyMatch(q -> q.c0 <= p.c1 && q.c1 >= p.c0
                    && (q.c0 != p.c0 || q.c1 != p.c1)));
        }

        /** Moves the single-column pieces to the row below, still covering this one. */
        void moveSingleColumnTo(Slots below) {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (p.c0 == p.c1) {
                    below.add(new Piece(p.c0, p.c1, p.words, p.rowsUp + 1));
                    pieces.remove(i--);
                }
            }
        }

        /** True when no piece after the label is a figure: a row of text, which may wrap. */
        boolean isText() {
            return pieces.stream().noneMatch(p -> p.c0 > 0 && p.isFigure());
        }

        boolean hasLabel() {
            return pieces.stream().anyMatch(p -> p.c0 == 0);
        }

        /** True when {@code p} goes on the text of a piece in its columns: it starts at the same left edge. */
        boolean wraps(Piece p) {
            return pieces.stream().anyMatch(q -> q.c0 <= p.c1 && q.c1 >= p.c0
                    && Math.abs(q.words.get(0).x0() - p.words.get(0).x0()) <= WRAP_ALIGN);
        }

        Row row(int index, int page, List<Double> edges) {
            List<Cell> cells = new ArrayList<>();
            for (Piece p : pieces) {
                List<TextLine> lines = LineBuilder.build(page, p.words);
                double top = lines.get(0).top();
                double bottom = lines.get(lines.size() - 1).bottom();
                cells.add(new Cell(index - p.rowsUp, p.c0, p.rowsUp + 1, p.c1 - p.c0 + 1, page, edges.get(p.c0), top, edges.get(p.c1 + 1), bottom, lines));
            }
            return new Row(cells);
        }
    }
}
