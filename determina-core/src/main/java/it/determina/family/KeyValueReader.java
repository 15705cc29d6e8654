package it.determina.family;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.tables.Block;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import it.determina.tables.StreamKeyValue;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads an annex laid out as key/value tables into entries, in reading order. The first cell of a row
 * is the label and the cells to its right the value (the last cell and those to its left in an annex that
 * prints its labels right of their values, {@link #labelsRight}); a row of one cell and a running line are
 * labels without value (captions such as "DETTAGLIO UNITA' FORMATIVA n.1").
 */
public final class KeyValueReader {

    /** Largest cell padding (points) believed; more is indentation, not padding. */
    private static final double MAX_PADDING = 8.0;
    /** Rows whose first cell is a figure alone that show labels printed right of their values. */
    private static final int FIGURE_CELLS = 2;
    // "600", "5", "25%", "2 anni", "40 ore": a figure alone, which a value may be and a label never is
    private static final Pattern FIGURE = Pattern.compile("\\d{1,4}(?:[.,]\\d+)?\\s*(?:%|ore|anni|h)?", Pattern.CASE_INSENSITIVE);

    private KeyValueReader() {
    }

    /**
     * The entries of the annex. Pages without a ruled table are read as a key/value table printed
     * without rulings ({@link StreamKeyValue}); on a page with one, the running lines between its tables are
     * read so too (a sheet printed without rules above or below a ruled table of years).
     */
    public static List<Entry> entries(AnnexContent content) {
        List<Entry> out = new ArrayList<>();
        List<Block> blocks = withUnruledTables(content.blocks());
        boolean labelsRight = labelsRight(blocks);
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                out.add(new Entry(l.line().text(), List.of(), l.page(), null, l.line().x1(), l.line().box()));
            } else if (b instanceof Block.Grid g) {
                for (Row row : g.table().rows()) {
                    entry(row, content, labelsRight).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * True when the annex prints its labels right of their values: in its rows of two filled cells, the
     * first cell is a figure alone ("600", "5", "2 anni") in {@link #FIGURE_CELLS} rows or more and the last
     * never is. A label is words, never a figure; a sheet's values hold its figures (EQF level, hours).
     */
    private static boolean labelsRight(List<Block> blocks) {
        int first = 0;
        int last = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Grid g) {
                for (Row r : g.table().rows()) {
                    List<Cell> filled = r.cells().stream().filter(c -> !c.isEmpty()).toList();
                    if (filled.size() == 2) {
                        first += FIGURE.matcher(filled.get(0).text().trim()).matches() ? 1 : 0;
                        last += FIGURE.matcher(filled.get(1).text().trim()).matches() ? 1 : 0;
                    }
                }
            }
        }
        return first >= FIGURE_CELLS && last == 0;
    }

    private static List<Block> withUnruledTables(List<Block> blocks) {
        Set<Integer> ruled = new HashSet<>();
        for (Block b : blocks) {
            if (b instanceof Block.Grid g && g.table().structure() != Table.Structure.FIGURES) {
                g.table().rows().forEach(r -> r.cells().forEach(c -> ruled.add(c.page())));
            }
        }
        List<Block> out = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        List<Block> between = new ArrayList<>();
        for (Block b : blocks) {
            if (ruled.contains(b.page()) || (b instanceof Block.Grid g && g.table().structure() != Table.Structure.FIGURES)) {
                out.addAll(readRun(run));
                run.clear();
                if (b instanceof Block.Line && ruled.contains(b.page())) {
                    between.add(b);
                } else {
                    out.addAll(StreamKeyValue.infer(between));
                    between.clear();
                    out.add(b);
                }
            } else {
                out.addAll(StreamKeyValue.infer(between));
                between.clear();
                run.add(b);
            }
        }
        out.addAll(StreamKeyValue.infer(between));
        out.addAll(readRun(run));
        return out;
    }

    /**
     * A run of pages without a table of text, read both ways: as the layer found it (tables of figures,
     * key/value lines inferred among the rest) and as one key/value sheet printed without rules
     * ({@link StreamKeyValue} over all its lines). The reading with more rows wins, ties going to the
     * key/value sheet; but where the sheet sets its cells in the middle of their rows
     * ({@link StreamKeyValue#isCentred}), the tables of figures cut each wrapped label around its value
     * into rows of their own, so rows count for nothing there: the reading that pairs more labels with a
     * value wins, ties going to the sheet.
     */
    private static List<Block> readRun(List<Block> run) {
        List<Block> asFound = StreamKeyValue.infer(run);
        List<Block> lines = asLines(run);
        List<Block> asSheet = StreamKeyValue.infer(lines);
        if (StreamKeyValue.isCentred(lines)) {
            return pairs(asSheet) >= pairs(asFound) ? asSheet : asFound;
        }
        return rows(asSheet) >= rows(asFound) ? asSheet : asFound;
    }

    private static int rows(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Block.Grid).mapToInt(b -> ((Block.Grid) b).table().rows().size()).sum();
    }

    /** Rows with text in their first cell and in another: a label with its value. */
    private static int pairs(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Grid g) {
                for (Row r : g.table().rows()) {
                    long filled = r.cells().stream().filter(c -> !c.isEmpty()).count();
                    n += r.cells().size() >= 2 && !r.cells().get(0).isEmpty() && filled >= 2 ? 1 : 0;
                }
            }
        }
        return n;
    }

    /**
     * The blocks with the tables of figures ({@link Table.Structure#FIGURES}) given back as lines: a sheet of labels and values printed without rules is read as such
     * ({@link StreamKeyValue}), not as the header and rows of figures the generic layer takes it for. On a
     * page holding part of such a table (one continued over a page break holds several pages), the table's
     * words there and the page's running lines are set into lines again together: a word the table's column
     * edges left out of it (the end of a label, of a value) is back on its line. {@code blocks} is a run of
     * running lines and tables of figures, pages in order.
     */
    private static List<Block> asLines(List<Block> blocks) {
        // each page's words, once each (a word the table holds and the running lines repeat, once)
        TreeMap<Integer, Set<Word>> figurePages = new TreeMap<>();
        for (Block b : blocks) {
            if (isFigures(b)) {
                ((Block.Grid) b).table().rows().forEach(r -> r.cells().forEach(c -> c.lines().forEach(
                        l -> figurePages.computeIfAbsent(l.page(), p -> new LinkedHashSet<>()).addAll(l.words()))));
            }
        }
        if (figurePages.isEmpty()) {
            return blocks;
        }
        for (Block b : blocks) {
            if (b instanceof Block.Line l && figurePages.containsKey(l.page())) {
                figurePages.get(l.page()).addAll(l.line().words());
            }
        }
        // each such page's lines go out in place of its first block, and of a table reaching it
        List<Block> out = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (Block b : blocks) {
            int reach = b instanceof Block.Grid g ? g.table().lastPage() : b.page();
            if (!isFigures(b) && !figurePages.containsKey(b.page())) {
                out.add(b);
                continue;
            }
            for (java.util.Map.Entry<Integer, Set<Word>> page : figurePages.headMap(reach, true).entrySet()) {
                if (done.add(page.getKey())) {
                    LineBuilder.build(page.getKey(), new ArrayList<>(page.getValue())).forEach(l -> out.add(new Block.Line(l)));
                }
            }
        }
        return out;
    }

    private static boolean isFigures(Block b) {
        return b instanceof Block.Grid g && g.table().structure() == Table.Structure.FIGURES;
    }

    /** A cell's right edge less its padding, taken equal to the gap between its left edge and its text. */
    static double innerRight(Cell c) {
        double padding = c.lines().stream().mapToDouble(l -> l.x0() - c.x0()).min().orElse(0);
        return c.x1() - Math.max(0, Math.min(MAX_PADDING, padding));
    }

    /** The row as a label and its value: the first cell and those after it, or with {@code labelsRight} a row of two cells the other way round. */
    private static Optional<Entry> entry(Row row, AnnexContent content, boolean labelsRight) {
        List<Cell> cells = row.cells();
        if (cells.isEmpty() || row.isBlank()) {
            return Optional.empty();
        }
        boolean swapped = labelsRight && cells.size() == 2;
        Cell head = swapped ? cells.get(cells.size() - 1) : cells.get(0);
        List<TextLine> value = new ArrayList<>();
        for (Cell c : swapped ? cells.subList(0, cells.size() - 1) : cells.subList(1, cells.size())) {
            value.addAll(c.lines());
        }
        Cell last = swapped ? cells.get(cells.size() - 2) : cells.get(cells.size() - 1);
        String label = content.cleaner().join(head.lineTexts());
        return Optional.of(new Entry(label, value, row.page(), row, innerRight(last), row.region()));
    }
}
