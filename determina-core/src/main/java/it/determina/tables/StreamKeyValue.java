package it.determina.tables;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a two-column key/value table printed without rulings in a page's running lines. The value
 * column starts where most second pieces of lines start; rows are separated by a vertical gap wider
 * than the line spacing inside a cell. Lines that fit neither column (captions, titles, other tables)
 * stay running lines, and a line spanning both columns becomes a row of one cell.
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

    private enum Kind { PAIR, LABEL, VALUE, WIDE, OTHER }

    private StreamKeyValue() {
    }

    /**
     * The blocks with runs of key/value running lines turned into tables; unchanged when no value column
     * is found. Tables already found stay as they are and end any run.
     */
    public static List<Block> infer(List<Block> page) {
        List<TextLine> lines = page.stream().filter(b -> b instanceof Block.Line).map(b -> ((Block.Line) b).line()).toList();
        Double valueX = valueColumn(lines);
        if (valueX == null) {
            return page;
        }
        double labelX = labelColumn(lines, valueX);
        double pitch = usualPitch(lines);
        List<Block> out = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
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
            boolean gap = prev == null || prev.page() != line.page() || pitch == 0 && kind != Kind.LABEL
                    || pitch > 0 && line.top() - prev.top() > pitch * ROW_GAP;
            boolean continues = !rows.isEmpty() && (kind == Kind.VALUE || !gap)
                    && !(prevKind == Kind.WIDE && kind != Kind.WIDE && kind != Kind.LABEL);
            if (continues) {
                extend(rows.get(rows.size() - 1), line, valueX);
            } else {
                rows.add(newRow(line, kind, valueX));
            }
            prev = line;
            prevKind = continues && prevKind == Kind.WIDE ? Kind.WIDE : kind;
        }
        flush(rows, out, labelX, valueX);
        return out;
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

    private static List<Cell> newRow(TextLine line, Kind kind, double valueX) {
        List<Cell> row = new ArrayList<>();
        if (kind == Kind.WIDE) {
            row.add(cell(0, 2, line, List.of(line)));
            return row;
        }
        row.add(cell(0, 1, line, new ArrayList<>()));
        row.add(cell(1, 1, line, new ArrayList<>()));
        extend(row, line, valueX);
        return row;
    }

    private static void extend(List<Cell> row, TextLine line, double valueX) {
        if (row.size() == 1) {
            row.set(0, row.get(0).append(cell(0, 2, line, List.of(line))));
            return;
        }
        TextLine label = line.slice(-Double.MAX_VALUE, valueX - ALIGN);
        TextLine value = line.slice(valueX - ALIGN, Double.MAX_VALUE);
        if (label != null) {
            row.set(0, row.get(0).append(cell(0, 1, line, List.of(label))));
        }
        if (value != null) {
            row.set(1, row.get(1).append(cell(1, 1, line, List.of(value))));
        }
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

    private static void flush(List<List<Cell>> rows, List<Block> out, double labelX, double valueX) {
        if (rows.isEmpty()) {
            return;
        }
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
        rows.clear();
    }
}
