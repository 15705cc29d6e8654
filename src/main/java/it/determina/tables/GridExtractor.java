package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.TextLine;
import it.determina.layout.UnreadableDocumentException;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Finds the ruled tables of a page with tabula-java's lattice detection (ruling lines to cells to
 * table areas) and fills each cell with the page's words whose centre falls inside it. Words outside
 * every table come back as running lines. One extractor per open {@link PdfSource}; not thread-safe.
 */
public final class GridExtractor {

    /** Edges closer than this (points) are one grid line. */
    private static final double EDGE_TOLERANCE = 2.0;

    private final ObjectExtractor extractor;

    public GridExtractor(PdfSource source) {
        this.extractor = new ObjectExtractor(source.document());
    }

    /** The page as blocks in reading order: running lines and single-page tables, top to bottom. */
    public List<Block> blocks(PageText text) throws UnreadableDocumentException {
        List<Rectangle> cellBoxes;
        List<Rectangle> areas;
        try {
            Page page = extractor.extract(text.number());
            List<Ruling> horizontal = new ArrayList<>();
            List<Ruling> vertical = new ArrayList<>();
            for (Ruling r : page.getRulings()) {
                if (r.horizontal()) {
                    horizontal.add(r);
                } else if (r.vertical()) {
                    vertical.add(r);
                }
            }
            cellBoxes = new ArrayList<>(SpreadsheetExtractionAlgorithm.findCells(
                    Ruling.collapseOrientedRulings(horizontal), Ruling.collapseOrientedRulings(vertical)));
            areas = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cellBoxes);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("PDF_CORRUPT",
                    "page " + text.number() + ": ruling lines cannot be read (" + e.getMessage() + ")", e);
        }
        return assemble(text, cellBoxes, areas);
    }

    private static List<Block> assemble(PageText text, List<Rectangle> cellBoxes, List<Rectangle> areas) {
        List<Block> blocks = new ArrayList<>();
        List<Word> loose = new ArrayList<>();
        List<List<Rectangle>> cellsByArea = new ArrayList<>();
        for (Rectangle area : areas) {
            List<Rectangle> inside = cellBoxes.stream().filter(c -> contains(area, c.getCenterX(), c.getCenterY())).toList();
            cellsByArea.add(inside);
        }
        List<List<List<Word>>> wordsByCell = new ArrayList<>();
        for (List<Rectangle> cells : cellsByArea) {
            List<List<Word>> perCell = new ArrayList<>();
            cells.forEach(c -> perCell.add(new ArrayList<>()));
            wordsByCell.add(perCell);
        }
        for (TextLine line : text.lines()) {
            for (Word w : line.words()) {
                if (!place(w, cellsByArea, wordsByCell)) {
                    loose.add(w);
                }
            }
        }
        for (int a = 0; a < areas.size(); a++) {
            if (!cellsByArea.get(a).isEmpty()) {
                blocks.add(new Block.Grid(grid(text.number(), cellsByArea.get(a), wordsByCell.get(a))));
            }
        }
        for (TextLine line : LineBuilder.build(text.number(), loose)) {
            blocks.add(new Block.Line(line));
        }
        blocks.sort(Comparator.comparingDouble(GridExtractor::top));
        return blocks;
    }

    private static double top(Block b) {
        if (b instanceof Block.Line l) {
            return l.line().top();
        }
        Table t = ((Block.Grid) b).table();
        return t.rows().get(0).cells().get(0).top();
    }

    private static boolean place(Word w, List<List<Rectangle>> cellsByArea, List<List<List<Word>>> wordsByCell) {
        for (int a = 0; a < cellsByArea.size(); a++) {
            List<Rectangle> cells = cellsByArea.get(a);
            for (int c = 0; c < cells.size(); c++) {
                if (contains(cells.get(c), w.centerX(), w.centerY())) {
                    wordsByCell.get(a).get(c).add(w);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(Rectangle r, double x, double y) {
        return x >= r.getLeft() - 0.5 && x <= r.getRight() + 0.5 && y >= r.getTop() - 0.5 && y <= r.getBottom() + 0.5;
    }

    private static Table grid(int page, List<Rectangle> cells, List<List<Word>> words) {
        List<Double> xs = edges(cells.stream().flatMap(c -> List.of(c.getLeft(), c.getRight()).stream()).toList());
        List<Double> ys = edges(cells.stream().flatMap(c -> List.of(c.getTop(), c.getBottom()).stream()).toList());
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < ys.size() - 1; i++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            Rectangle r = cells.get(i);
            int col = index(xs, r.getLeft());
            int row = index(ys, r.getTop());
            int colSpan = Math.max(1, index(xs, r.getRight()) - col);
            int rowSpan = Math.max(1, index(ys, r.getBottom()) - row);
            List<TextLine> lines = LineBuilder.build(page, words.get(i));
            rows.get(row).add(new Cell(row, col, rowSpan, colSpan, page, r.getLeft(), r.getTop(), r.getRight(),
                    r.getBottom(), lines));
        }
        List<Row> out = rows.stream().filter(r -> !r.isEmpty()).map(Row::new).toList();
        return new Table(page, xs, out, true);
    }

    private static List<Double> edges(List<Float> values) {
        TreeSet<Double> sorted = new TreeSet<>();
        values.forEach(v -> sorted.add((double) v));
        List<Double> merged = new ArrayList<>();
        for (double v : sorted) {
            if (merged.isEmpty() || v - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(v);
            }
        }
        return merged;
    }

    private static int index(List<Double> edges, double v) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - v) < Math.abs(edges.get(best) - v)) {
                best = i;
            }
        }
        return best;
    }
}
