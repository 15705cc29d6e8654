package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.PageFrame;
import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.TextLine;
import it.determina.layout.UnreadableDocumentException;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The generic table layer on any PDF, the one {@code ingest} and {@code tables} share. Per page, rows and
 * columns are found per axis from what the page gives, in this order: tables with rules on both axes
 * (tabula's lattice, {@link GridExtractor}); tables with rules between rows, or a frame, or rules under the
 * header only, their columns from the text's gutters ({@link RuledRowsTables}); tables with no rule, by
 * the alignment of their text, including the rest of a table the previous page ended with
 * ({@link AlignedTables}); then tables of figures under a header ({@link UnruledTables}). Tables continued
 * on the next page are joined ({@link TableStitcher}). {@link Table#structure()} tells which way a table
 * was read.
 */
public final class DocumentTables {

    /** A lattice grid with fewer rows or columns than this is a framed box of text, not a table. */
    private static final int MIN_GRID = 2;
    /** Lines at the same heights in two cells of one lattice row that make them stacked rows. */
    private static final int STACKED_LINES = 3;
    /** A table reaching below this share of the page height may continue on the next page. */
    private static final double OPEN_TABLE_BOTTOM = 0.6;

    private DocumentTables() {
    }

    /** The tables found, in reading order, and each page's frame (to give boxes in user space). */
    public record Found(List<Table> tables, List<PageFrame> frames) {
        public Found {
            tables = List.copyOf(tables);
            frames = List.copyOf(frames);
        }
    }

    /**
     * Every table of {@code pdf}; an empty list when it has none.
     *
     * @throws UnreadableDocumentException when a page cannot be read
     */
    public static Found of(PdfSource pdf) throws UnreadableDocumentException {
        return of(pdf, pdf::page);
    }

    /** How a page's text is read: from its text layer, or by OCR for a scan. */
    @FunctionalInterface
    public interface Pages {
        PageText page(int number) throws UnreadableDocumentException;
    }

    /**
     * Every table of {@code pdf}, its pages read by {@code pages}; an empty list when it has none.
     *
     * @throws UnreadableDocumentException when a page cannot be read
     */
    public static Found of(PdfSource pdf, Pages pages) throws UnreadableDocumentException {
        PageTables reader = new PageTables(pdf);
        List<List<Block>> blocks = new ArrayList<>();
        List<PageFrame> frames = new ArrayList<>();
        List<PageText> texts = new ArrayList<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            PageText text = pages.page(p);
            frames.add(pdf.frame(p));
            texts.add(text);
            blocks.add(reader.read(text));
        }
        List<Table> tables = new ArrayList<>();
        for (Block b : TableStitcher.stitch(FurnitureFilter.split(texts, blocks).pages())) {
            if (b instanceof Block.Grid g) {
                tables.add(g.table());
            }
        }
        return new Found(tables, frames);
    }

    /**
     * The whole page as blocks in reading order: its tables in every ruling style (lattice grids, tables
     * ruled between columns only, between rows only, then tables found by text alignment among what is
     * left, {@link UnruledTables}) and the lines of running
     * text outside them. What the families read: they receive tables, never find them. {@code continued}
     * gives the column edges of a table without rules that the previous page ended with ({@link #openTable});
     * {@code continues} tells that the previous page ended with a table of any kind ({@link #endsInTable}), so
     * that lines above this page's first rule may be the rest of its last row.
     */
    static List<Block> blocks(GridExtractor.PageGrid grid, int page, double pageHeight,
                                     @Nullable List<Double> continued, boolean continues) {
        List<Block> blocks = grid.blocks();
        List<Block> out = new ArrayList<>();
        List<Word> loose = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Grid g && isTable(g.table())) {
                out.add(new Block.Grid(BandSplitter.split(g.table())));
            } else if (b instanceof Block.Grid g) {
                g.table().rows().forEach(r -> r.cells().forEach(c -> c.lines().forEach(l -> loose.addAll(l.words()))));
            } else if (b instanceof Block.Line l) {
                loose.addAll(l.line().words());
            }
        }
        RuledRowsTables.Found columnRuled = ColumnRuledTables.find(page, loose, grid.columnRules(), grid.rules());
        columnRuled.tables().forEach(t -> out.add(new Block.Grid(t)));
        RuledRowsTables.Found rowRuled = RuledRowsTables.find(page, columnRuled.rest(),
                OpenFrames.closed(grid.rules(), grid.columnRules()), pageHeight,
                new RuledRowsTables.Previous(continues, continued));
        rowRuled.tables().forEach(t -> out.add(new Block.Grid(t)));
        double firstLoose = rowRuled.rest().stream().mapToDouble(Word::top).min().orElse(pageHeight);
        boolean opensPage = out.stream().noneMatch(b -> top(b) < firstLoose);
        AlignedTables.Found aligned = AlignedTables.find(page, rowRuled.rest(), opensPage ? continued : null, pageHeight);
        aligned.tables().forEach(t -> out.add(new Block.Grid(t)));
        List<TextLine> lines = LineBuilder.build(page, aligned.rest());
        List<Table> unruled = UnruledTables.find(lines, grid.rules());
        for (Table t : unruled) {
            out.add(new Block.Grid(t));
        }
        List<Word> running = aligned.rest().stream().filter(w -> unruled.stream().noneMatch(t -> t.holds(w, 0.5))).toList();
        for (TextLine l : LineBuilder.build(page, running)) {
            out.add(new Block.Line(l));
        }
        out.sort(java.util.Comparator.comparingDouble(DocumentTables::top));
        return out;
    }

    /**
     * The column edges of the table a page ends with, when its columns are not drawn (so that the next
     * page, which may have no rule at all, can continue it), or null.
     */
    static @Nullable List<Double> openTable(List<Block> page, double pageHeight) {
        Table t = lastTable(page, pageHeight);
        boolean text = t != null && (t.structure() == Table.Structure.ROW_RULES || t.structure() == Table.Structure.ALIGNED
                || t.structure() == Table.Structure.COLUMN_RULES);
        return text ? t.columnEdges() : null;
    }

    /** True when the page ends with a table reaching into its lower part (any structure): the next page may go on with it. */
    static boolean endsInTable(List<Block> page, double pageHeight) {
        return lastTable(page, pageHeight) != null;
    }

    /** The page's last table when it reaches below {@link #OPEN_TABLE_BOTTOM} of the page, or null. */
    private static @Nullable Table lastTable(List<Block> page, double pageHeight) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (page.get(i) instanceof Block.Grid g) {
                double bottom = g.table().rows().stream().flatMap(r -> r.cells().stream()).mapToDouble(Cell::bottom).max().orElse(0);
                return bottom > pageHeight * OPEN_TABLE_BOTTOM ? g.table() : null;
            }
        }
        return null;
    }

    /**
     * True for a real lattice table: at least two rows and two columns with text, and rows not stacked
     * inside its cells. Ruled only between columns, a table's lattice cells hold whole columns of lines
     * that line up across cells: those rows are found among the running lines instead.
     */
    private static boolean isTable(Table t) {
        if (t.rows().stream().anyMatch(DocumentTables::stacksRows)) {
            return false;
        }
        long rows = t.rows().stream().filter(r -> !r.isBlank()).count();
        long columns = t.rows().stream().mapToLong(r -> r.cells().stream().filter(c -> !c.isEmpty()).count()).max().orElse(0);
        return rows >= MIN_GRID && columns >= MIN_GRID;
    }

    /** True when two cells of the row each hold several lines printed at the same heights, figures in one of them. */
    private static boolean stacksRows(Row row) {
        List<Cell> tall = row.cells().stream().filter(c -> c.lines().size() >= STACKED_LINES).toList();
        for (int i = 0; i < tall.size(); i++) {
            for (int j = i + 1; j < tall.size(); j++) {
                if (sameHeights(tall.get(i), tall.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameHeights(Cell a, Cell b) {
        int matched = 0;
        for (TextLine l : a.lines()) {
            if (b.lines().stream().anyMatch(m -> Math.abs(m.bottom() - l.bottom()) < 1.5)) {
                matched++;
            }
        }
        return matched >= STACKED_LINES && (mostlyFigures(a) || mostlyFigures(b));
    }

    private static boolean mostlyFigures(Cell c) {
        return c.lines().stream().filter(UnruledTables::isFigure).count() * 2 > c.lines().size();
    }

    private static double top(Block b) {
        if (b instanceof Block.Line l) {
            return l.line().top();
        }
        Table t = ((Block.Grid) b).table();
        return t.rows().stream().flatMap(r -> r.cells().stream()).mapToDouble(Cell::top).min().orElse(0);
    }
}
