package it.determina.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins tables continued over page breaks. A table that opens a page continues the last table of the
 * previous page when only footnotes and furniture stand between them and the columns are the same; its
 * first row is dropped when it repeats the table's header (and only its lines, when the rest of the cut row
 * was read into the same row), and a first row with an empty first column is the rest of the row the page
 * break cut, so its cells are appended to that row's cells.
 */
public final class TableStitcher {

    /** Word overlap above which a continued table's first row is its header repeated. */
    private static final double SAME_HEADER = 0.75;
    /** Lines a table's caption has at most. */
    private static final int MAX_CAPTION_LINES = 2;

    private TableStitcher() {
    }

    /** The blocks of consecutive pages in reading order, with continued tables merged. */
    public static List<Block> stitch(List<List<Block>> pages) {
        List<Block> out = new ArrayList<>();
        for (List<Block> page : pages) {
            int opening = repeatedCaption(out, page);
            for (int i = opening; i < page.size(); i++) {
                Block b = page.get(i);
                int prev = i == opening && b instanceof Block.Grid next ? continued(out, next.table()) : -1;
                if (prev >= 0) {
                    Table first = ((Block.Grid) out.get(prev)).table();
                    out.set(prev, new Block.Grid(merge(first, ((Block.Grid) b).table())));
                } else {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /**
     * How many lines open the page repeating the caption of the table it goes on with, or 0: a table with
     * its caption set above it (or inside its frame, above its rows) whose caption the page break repeats.
     * They are dropped, as a repeated header is.
     */
    private static int repeatedCaption(List<Block> out, List<Block> page) {
        int k = 0;
        while (k < page.size() && k < MAX_CAPTION_LINES && page.get(k) instanceof Block.Line) {
            k++;
        }
        if (k == 0 || k == page.size() || !(page.get(k) instanceof Block.Grid next)) {
            return 0;
        }
        int table = continued(out, next.table());
        if (table < 0) {
            return 0;
        }
        Table prev = ((Block.Grid) out.get(table)).table();
        for (int j = 0; j < k; j++) {
            String again = ((Block.Line) page.get(j)).line().text();
            // the caption stood above the table, or inside its frame as its first rows, alone in them
            int at = table - k + j;
            String caption = at >= 0 && out.get(at) instanceof Block.Line l ? l.line().text() : "";
            Row row = j < prev.rows().size() ? prev.rows().get(j) : null;
            String first = row != null && row.texts().size() == 1 ? row.signature() : "";
            if (similarity(caption, again) < SAME_HEADER && similarity(first, again) < SAME_HEADER) {
                return 0;
            }
        }
        return k;
    }

    /**
     * The index of the table {@code next} continues, or -1: the last table of the previous page, with
     * only running lines of that page (footnotes) after it, and the same columns.
     */
    private static int continued(List<Block> out, Table next) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k) instanceof Block.Grid g) {
                Table prev = g.table();
                boolean adjacent = next.page() == prev.lastPage() + 1 && prev.hasColumnsOf(next);
                return adjacent ? k : -1;
            }
            if (out.get(k).page() != ((Block) out.get(out.size() - 1)).page()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean repeatsHeader(Table prev, Table next) {
        if (prev.rows().isEmpty() || next.rows().isEmpty()) {
            return false;
        }
        String b = next.rows().get(0).signature();
        // under a caption set inside the table's frame (one cell), the header is the second row
        int header = prev.rows().size() > 1 && prev.rows().get(0).texts().size() == 1 && next.rows().get(0).texts().size() > 1 ? 1 : 0;
        String a = prev.rows().get(header).signature();
        return a.equals(b) || similarity(a, b) >= SAME_HEADER;
    }

    /**
     * Share of words two texts have in common (Jaccard): OCR reads a repeated header a little differently
     * each time. Words are letters or figures, one letter alone is no word, one figure is.
     */
    static double similarity(String a, String b) {
        java.util.Set<String> x = words(a);
        java.util.Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> any = new java.util.HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            // a number stays: a sheet's own number ("n.1", "n.2") tells a new sheet from a header repeated
            if (w.length() > 1 || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    static Table merge(Table first, Table next) {
        List<Row> rows = new ArrayList<>(first.rows());
        List<Row> more = new ArrayList<>(next.rows());
        if (repeatsHeader(first, next)) {
            more.remove(0);
        } else if (!rows.isEmpty() && !more.isEmpty()) {
            Row rest = afterHeader(rows.get(0), more.get(0));
            if (rest != null) {
                more.set(0, rest);
            }
        }
        if (!more.isEmpty() && !rows.isEmpty() && isContinuation(more.get(0), first.columnCount())) {
            rows.set(rows.size() - 1, join(rows.get(rows.size() - 1), more.remove(0)));
        }
        int base = rows.size();
        for (int i = 0; i < more.size(); i++) {
            final int r = base + i;
            rows.add(new Row(more.get(i).cells().stream().map(c -> c.withRow(r)).toList()));
        }
        return new Table(first.page(), first.columnEdges(), rows, first.ruled() ? next.structure() : first.structure());
    }

    /**
     * The lines of {@code row} below the header it repeats, or null: with no rule between them (a table
     * ruled only by shading, or without rules), a page's repeated header and the rest of the row the page
     * break cut are read as one row. Each header cell's lines must open the row's cell of the same column
     * (spacing and case aside), and some cell must hold more lines than that.
     */
    static @org.jspecify.annotations.Nullable Row afterHeader(Row header, Row row) {
        boolean more = false;
        for (Cell h : header.cells()) {
            Cell c = row.at(h.col());
            if (h.isEmpty()) {
                continue;
            }
            if (c == null || c.col() != h.col() || c.lines().size() < h.lines().size()) {
                return null;
            }
            for (int i = 0; i < h.lines().size(); i++) {
                if (!plain(h.lines().get(i).text()).equals(plain(c.lines().get(i).text()))) {
                    return null;
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell c : row.cells()) {
            Cell h = header.at(c.col());
            int skip = h == null || h.col() != c.col() ? 0 : h.lines().size();
            if (c.lines().size() > skip) {
                List<it.determina.layout.TextLine> rest = c.lines().subList(skip, c.lines().size());
                cells.add(new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.page(), c.x0(), rest.get(0).top(), c.x1(),
                        c.bottom(), rest));
                more |= skip > 0;
            }
        }
        return more ? new Row(cells) : null;
    }

    private static String plain(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }

    private static boolean isContinuation(Row row, int columns) {
        Cell head = row.at(0);
        return columns > 1 && (head == null || head.isEmpty()) && !row.isBlank();
    }

    private static Row join(Row cut, Row rest) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : cut.cells()) {
            Cell tail = rest.at(c.col());
            cells.add(tail == null || tail.col() != c.col() ? c : c.append(tail));
        }
        return new Row(cells);
    }
}
