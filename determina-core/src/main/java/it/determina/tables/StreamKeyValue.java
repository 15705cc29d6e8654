package it.determina.tables;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a two-column key/value table printed without rulings in a page's running lines. The value
 * column starts where most second pieces of lines start; rows are separated by a vertical gap wider
 * than the line spacing inside a cell, measured in each column on its own, so that a cell set in the
 * middle of its row (a value beside a wrapped label's middle line) stays in its row. Lines that fit
 * neither column (captions, titles, other tables) stay running lines, and a line spanning both columns
 * becomes a row of one cell.
 */
public final class StreamKeyValue {

    /** Horizontal tolerance (points) for "starts at the same x". */
    private static final double ALIGN = 4.0;
    /** Lines needed to believe in a value column. */
    private static final int MIN_ROWS = 3;
    /** A gap this many times the usual line pitch separates rows. */
    private static final double ROW_GAP = 1.25;
    /** Spacings below this share of the median are overlaps, not lines. */
    private static final double MIN_PITCH_SHARE = 0.6;
    /** Spacing this close to the largest everywhere means evenly spaced lines. */
    private static final double EVEN_SPACING = 0.85;
    /**
     * Among the spaces between a column's lines in increasing order, a space this many times the one before
     * is the step from the spaces inside cells to those between rows.
     */
    private static final double ROW_STEP = 1.15;
    /** Spaces between a column's lines up to this many times the least are those inside cells and between rows. */
    private static final double NEAR_SPACES = 3;
    /** Lines of values alone between two lines of one label that show cells set in the middle of their rows. */
    private static final int CENTRED_ROWS = 2;
    /** Share of a line's height by which a line between two others stands clear of each. */
    private static final double INSIDE = 0.25;

    private enum Kind { PAIR, LABEL, VALUE, WIDE, OTHER }

    private StreamKeyValue() {
    }

    /**
     * The blocks with runs of key/value running lines turned into tables; unchanged when no value column
     * is found. Tables already found stay as they are and end any run. Where the sheet sets its rows apart
     * by more space than the lines of a cell ({@link #rowGap}), a row holds the lines of each column that
     * follow one another more closely than that ({@link #besideRow}); where it does not, a row starts at a
     * label after more than the line spacing.
     */
    public static List<Block> infer(List<Block> page) {
        List<TextLine> lines = page.stream().filter(b -> b instanceof Block.Line).map(b -> ((Block.Line) b).line()).toList();
        Double valueX = valueColumn(lines);
        if (valueX == null) {
            return page;
        }
        double labelX = labelColumn(lines, valueX);
        double pitch = usualPitch(lines);
        double rowGap = rowGap(lines, labelX, valueX);
        List<Block> out = new ArrayList<>();
        List<OpenRow> rows = new ArrayList<>();
        TextLine prev = null;
        Kind prevKind = Kind.OTHER;
        for (Block b : page) {
            if (!(b instanceof Block.Line l)) {
                flush(rows, out, labelX, valueX);
                out.add(b);
                prev = null;
                continue;
            }
            TextLine line = l.line();
            Kind kind = kind(line, labelX, valueX);
            if (kind == Kind.OTHER) {
                flush(rows, out, labelX, valueX);
                out.add(b);
                prev = null;
                prevKind = kind;
                continue;
            }
            OpenRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            boolean continues;
            if (!Double.isNaN(rowGap) && last != null && prevKind != Kind.WIDE && kind != Kind.WIDE && last.cells.size() == 2
                    && prev != null && (prev.page() == line.page() || kind == Kind.VALUE)) {
                continues = besideRow(last, line, kind, rowGap);
            } else {
                boolean gap = prev == null || prev.page() != line.page() || pitch == 0 && kind != Kind.LABEL
                        || pitch > 0 && line.top() - prev.top() > pitch * ROW_GAP;
                continues = last != null && (kind == Kind.VALUE || !gap)
                        && !(prevKind == Kind.WIDE && kind != Kind.WIDE && kind != Kind.LABEL);
            }
            if (continues) {
                extend(last, line, valueX);
            } else {
                rows.add(newRow(line, kind, valueX));
            }
            prev = line;
            prevKind = continues && prevKind == Kind.WIDE ? Kind.WIDE : kind;
        }
        flush(rows, out, labelX, valueX);
        return out;
    }

    /**
     * True when the running lines of {@code page} are a key/value sheet whose cells stand in the middle of
     * their rows: at least {@link #CENTRED_ROWS} lines of values alone stand between two lines of one label
     * (a value beside a wrapped label's middle, or a value's line between them). Top-aligned, a value starts
     * on its label's first line and its lines follow the label's.
     */
    public static boolean isCentred(List<Block> page) {
        List<TextLine> lines = page.stream().filter(b -> b instanceof Block.Line).map(b -> ((Block.Line) b).line()).toList();
        Double valueX = valueColumn(lines);
        if (valueX == null) {
            return false;
        }
        double labelX = labelColumn(lines, valueX);
        return centred(lines, labelX, valueX, rowGap(lines, labelX, valueX));
    }

    /** {@link #isCentred} for lines whose columns start at {@code labelX} and {@code valueX}, rows {@code rowGap} apart. */
    private static boolean centred(List<TextLine> lines, double labelX, double valueX, double rowGap) {
        if (Double.isNaN(rowGap)) {
            return false;
        }
        int between = 0;
        TextLine label = null;
        List<TextLine> values = new ArrayList<>();
        for (TextLine l : lines) {
            Kind kind = kind(l, labelX, valueX);
            if (kind == Kind.VALUE) {
                values.add(l);
                continue;
            }
            if (kind == Kind.LABEL || kind == Kind.PAIR) {
                if (label != null && label.page() == l.page() && l.top() - label.bottom() < rowGap) {
                    TextLine above = label;
                    double margin = INSIDE * (l.bottom() - l.top());
                    between += (int) values.stream().filter(v -> v.page() == l.page()
                            && v.top() > above.top() + margin && v.bottom() < l.bottom() - margin).count();
                }
                label = l;
            } else {
                label = null;
            }
            values.clear();
        }
        return between >= CENTRED_ROWS;
    }

    /**
     * True when the line (of a sheet whose rows are set apart by more space than the lines of a cell,
     * {@code rowGap} at least) belongs to the open two-column row: each of its parts (label, value) follows
     * the row's last line in its column by less than {@code rowGap}, or, where the row has nothing in that
     * column yet, its lowest line of any column. A cell set in the middle of its row puts its first line
     * below the other column's first (a value beside a wrapped label's middle) or above it (a value taller
     * than its label): either way among the row's lines. A line on the next page opens a row (value lines
     * there that no label joins are the rest of the row the page break cut, {@link #closed}).
     */
    private static boolean besideRow(OpenRow row, TextLine line, Kind kind, double rowGap) {
        if (line.page() != row.page) {
            return false;
        }
        boolean label = kind == Kind.LABEL || kind == Kind.PAIR;
        boolean value = kind == Kind.VALUE || kind == Kind.PAIR;
        double fromLabel = line.top() - (Double.isNaN(row.labelBottom) ? row.bottom : row.labelBottom);
        double fromValue = line.top() - (Double.isNaN(row.valueBottom) ? row.bottom : row.valueBottom);
        return (!label || fromLabel <= rowGap) && (!value || fromValue <= rowGap);
    }

    private static Kind kind(TextLine line, double labelX, double valueX) {
        if (line.x0() >= valueX - ALIGN) {
            return Kind.VALUE;
        }
        if (Math.abs(line.x0() - labelX) > ALIGN) {
            return Kind.OTHER;
        }
        List<it.determina.layout.Word> words = line.words();
        boolean valueStart = false;
        for (int i = 1; i < words.size(); i++) {
            double x = words.get(i).x0();
            if (Math.abs(x - valueX) <= ALIGN && words.get(i - 1).x1() < valueX) {
                valueStart = true;
            }
        }
        if (valueStart) {
            return Chunks.of(line).size() <= 2 || Chunks.of(line).get(1).x0() >= valueX - ALIGN ? Kind.PAIR : Kind.OTHER;
        }
        if (Chunks.of(line).size() > 1) {
            return Kind.OTHER;
        }
        return line.x1() > valueX ? Kind.WIDE : Kind.LABEL;
    }

    /** The x where the second pieces of at least {@link #MIN_ROWS} lines start, or null. */
    private static Double valueColumn(List<TextLine> lines) {
        Map<Long, Integer> votes = new HashMap<>();
        for (TextLine l : lines) {
            List<TextLine> chunks = Chunks.of(l);
            if (chunks.size() == 2) {
                votes.merge(Math.round(chunks.get(1).x0() / ALIGN), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= MIN_ROWS)
                .max(Map.Entry.comparingByValue())
                .map(e -> lines.stream().flatMap(l -> Chunks.of(l).stream().skip(1))
                        .mapToDouble(TextLine::x0).filter(x -> Math.round(x / ALIGN) == e.getKey()).min().orElse(0))
                .orElse(null);
    }

    /** The x where most lines left of the value column start. */
    private static double labelColumn(List<TextLine> lines, double valueX) {
        Map<Long, Integer> votes = new HashMap<>();
        for (TextLine l : lines) {
            if (l.x0() < valueX - ALIGN) {
                votes.merge(Math.round(l.x0() / ALIGN), 1, Integer::sum);
            }
        }
        long bucket = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
        return lines.stream().mapToDouble(TextLine::x0).filter(x -> Math.round(x / ALIGN) == bucket).min().orElse(0);
    }

    /**
     * The line spacing inside a cell: the smallest spacing that is clearly below the usual one. When all
     * lines are evenly spaced (every row one line), nothing is below it and every pair starts a row.
     */
    private static double usualPitch(List<TextLine> lines) {
        List<Double> pitches = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double p = lines.get(i).top() - lines.get(i - 1).top();
            if (p > 0 && lines.get(i).page() == lines.get(i - 1).page()) {
                pitches.add(p);
            }
        }
        if (pitches.isEmpty()) {
            return 0;
        }
        pitches.sort(Double::compare);
        double median = pitches.get(pitches.size() / 2);
        double smallest = pitches.stream().filter(p -> p >= MIN_PITCH_SHARE * median).findFirst().orElse(median);
        double largest = pitches.get(pitches.size() - 1);
        return smallest < EVEN_SPACING * largest ? smallest : 0;
    }

    /**
     * The space (points, from a line's bottom to the next line's top) beyond which two consecutive lines of
     * one column (labels, values) stand in two rows, in a sheet whose rows are set apart by more space than
     * the lines of a cell. Among the spaces up to {@link #NEAR_SPACES} times the least (inside cells and
     * between rows; not the long runs of one column beside a tall cell of the other), the two groups split
     * where their means are furthest apart (Otsu's method), when the upper group starts {@link #ROW_STEP}
     * times above the lower (the spaces inside cells vary a little with the fonts of labels and values):
     * the middle between them. Lines of one column are measured, since a cell set in the middle of its row
     * puts its lines between the other column's; lines whose tops are closer than {@link #MIN_PITCH_SHARE}
     * of a line's height overlap and are left out. NaN when the spaces show no such step: rows without
     * space between them, which only their labels tell apart.
     */
    private static double rowGap(List<TextLine> lines, double labelX, double valueX) {
        List<Double> gaps = new ArrayList<>();
        TextLine label = null;
        TextLine value = null;
        for (TextLine l : lines) {
            Kind kind = kind(l, labelX, valueX);
            if (kind == Kind.OTHER || kind == Kind.WIDE) {
                continue;
            }
            if (kind != Kind.VALUE) {
                addGap(gaps, label, l);
                label = l;
            }
            if (kind == Kind.VALUE || kind == Kind.PAIR) {
                addGap(gaps, value, l);
                value = l;
            }
        }
        gaps.removeIf(g -> g <= 0);
        if (gaps.isEmpty()) {
            return Double.NaN;
        }
        gaps.sort(Double::compare);
        double least = gaps.get(0);
        List<Double> near = gaps.stream().filter(g -> g <= NEAR_SPACES * least).toList();
        int split = otsu(near);
        if (split > 0 && near.get(split) >= ROW_STEP * near.get(split - 1)) {
            return (near.get(split - 1) + near.get(split)) / 2;
        }
        // or every near space is inside cells and rows stand further apart
        if (near.size() < gaps.size() && gaps.get(near.size()) >= ROW_STEP * near.get(near.size() - 1)) {
            return (near.get(near.size() - 1) + gaps.get(near.size())) / 2;
        }
        return Double.NaN;
    }

    /**
     * Where the sorted values fall into two groups: the index of the first value of the upper group that
     * makes the two groups' means furthest apart for their sizes (Otsu's split), or 0 for fewer than two
     * distinct values.
     */
    private static int otsu(List<Double> sorted) {
        int n = sorted.size();
        double total = sorted.stream().mapToDouble(Double::doubleValue).sum();
        double below = 0;
        double best = 0;
        int split = 0;
        for (int i = 1; i < n; i++) {
            below += sorted.get(i - 1);
            if (sorted.get(i) - sorted.get(i - 1) <= 0) {
                continue;
            }
            double lowMean = below / i;
            double highMean = (total - below) / (n - i);
            double between = (double) i * (n - i) * (highMean - lowMean) * (highMean - lowMean);
            if (between > best) {
                best = between;
                split = i;
            }
        }
        return split;
    }

    /** Adds the space from {@code above} to {@code line} when both are on one page, the line below and not overlapping it. */
    private static void addGap(List<Double> gaps, TextLine above, TextLine line) {
        if (above != null && above.page() == line.page() && line.top() - above.top() >= MIN_PITCH_SHARE * (line.bottom() - line.top())) {
            gaps.add(line.top() - above.bottom());
        }
    }

    /** A row being read: its cells, its page, and the bottoms (points) of its last line in each column and of its lowest line. */
    private static final class OpenRow {
        final List<Cell> cells = new ArrayList<>();
        double labelBottom = Double.NaN;
        double valueBottom = Double.NaN;
        double bottom;
        int page;
    }

    private static OpenRow newRow(TextLine line, Kind kind, double valueX) {
        OpenRow row = new OpenRow();
        row.bottom = line.bottom();
        row.page = line.page();
        if (kind == Kind.WIDE) {
            row.cells.add(cell(0, 2, line, List.of(line)));
            return row;
        }
        row.cells.add(cell(0, 1, line, new ArrayList<>()));
        row.cells.add(cell(1, 1, line, new ArrayList<>()));
        extend(row, line, valueX);
        return row;
    }

    private static void extend(OpenRow open, TextLine line, double valueX) {
        List<Cell> row = open.cells;
        open.bottom = Math.max(open.bottom, line.bottom());
        if (row.size() == 1) {
            row.set(0, row.get(0).append(cell(0, 2, line, List.of(line))));
            return;
        }
        TextLine label = line.slice(-Double.MAX_VALUE, valueX - ALIGN);
        TextLine value = line.slice(valueX - ALIGN, Double.MAX_VALUE);
        if (label != null) {
            row.set(0, row.get(0).append(cell(0, 1, line, List.of(label))));
            open.labelBottom = line.bottom();
        }
        if (value != null) {
            row.set(1, row.get(1).append(cell(1, 1, line, List.of(value))));
            open.valueBottom = line.bottom();
        }
    }

    /**
     * The rows' cells; a row of value lines alone after a two-column row (lines a row gap below the value
     * above, or at the top of the next page, that no label joined: the next paragraph of that value, the
     * rest of the row the page break cut) is part of the row above.
     */
    private static List<List<Cell>> closed(List<OpenRow> rows) {
        List<List<Cell>> out = new ArrayList<>();
        for (OpenRow r : rows) {
            List<Cell> prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean valueOnly = r.cells.size() == 2 && r.cells.get(0).lines().isEmpty() && !r.cells.get(1).lines().isEmpty();
            if (valueOnly && prev != null && prev.size() == 2) {
                Cell rest = r.cells.get(1);
                prev.set(1, prev.get(1).append(rest));
            } else {
                out.add(new ArrayList<>(r.cells));
            }
        }
        return out;
    }

    /**
     * Drops the first row of a page when it repeats the table's first row (profiles repeat "Denominazione
     * del profilo" on every page); value lines after the repetition continue the row the break cut.
     */
    private static void dropRepeatedHeaders(List<List<Cell>> rows) {
        List<Cell> header = rows.get(0);
        for (int r = rows.size() - 1; r > 0; r--) {
            List<Cell> row = rows.get(r);
            boolean firstOnPage = rows.get(r - 1).get(0).page() != row.get(0).page();
            if (!firstOnPage || row.size() != header.size() || header.size() != 2) {
                continue;
            }
            Cell label = row.get(0);
            Cell value = row.get(1);
            int n = header.get(1).lines().size();
            boolean repeats = label.text().equals(header.get(0).text()) && value.lines().size() >= n
                    && value.lineTexts().subList(0, n).equals(header.get(1).lineTexts());
            if (repeats) {
                List<TextLine> rest = value.lines().subList(n, value.lines().size());
                rows.remove(r);
                if (!rest.isEmpty()) {
                    List<Cell> prev = rows.get(r - 1);
                    Cell target = prev.get(prev.size() - 1);
                    prev.set(prev.size() - 1, target.append(cell(target.col(), target.colSpan(), rest.get(0), rest)));
                }
            }
        }
    }

    private static Cell cell(int col, int span, TextLine at, List<TextLine> lines) {
        return new Cell(0, col, 1, span, at.page(), at.x0(), at.top(), at.x1(), at.bottom(), lines);
    }

    private static void flush(List<OpenRow> open, List<Block> out, double labelX, double valueX) {
        if (open.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = closed(open);
        open.clear();
        dropRepeatedHeaders(rows);
        double right = rows.stream().flatMap(List::stream).flatMap(c -> c.lines().stream())
                .mapToDouble(TextLine::x1).max().orElse(valueX);
        List<Row> built = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (Cell c : rows.get(r)) {
                double x0 = c.col() == 0 ? labelX : valueX;
                double x1 = c.col() == 0 && c.colSpan() == 1 ? valueX : right;
                double top = c.lines().isEmpty() ? c.top() : c.lines().get(0).top();
                cells.add(new Cell(r, c.col(), 1, c.colSpan(), c.page(), x0, top, x1, c.bottom(), c.lines()));
            }
            built.add(new Row(cells));
        }
        out.add(new Block.Grid(new Table(built.get(0).page(), List.of(labelX, valueX, right), built, Table.Structure.KEY_VALUE)));
    }
}
