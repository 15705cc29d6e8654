package it.determina.tables;

import it.determina.layout.LineBuilder;
import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.TextLine;
import it.determina.layout.UnreadableDocumentException;
import it.determina.layout.Word;
import it.determina.model.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Finds the ruled tables of a page with tabula-java's lattice detection (ruling lines to cells to
 * table areas) and fills each cell with the page's words whose centre falls inside it. Words outside
 * every table come back as running lines. One extractor per open {@link PdfSource}; not thread-safe.
 */
public final class GridExtractor {

    /** Share of the page height at top and bottom where a page break can cut a row open. */
    private static final double CUT_BAND = 0.2;
    /** Edges closer than this (points) are one grid line. */
    private static final double EDGE_TOLERANCE = 2.0;

    /** Lowest height above the baseline, in font sizes, of a line striking through a word (below: an underline). */
    private static final double STRIKE_LOW = 0.1;
    /** Highest height above the baseline, in font sizes, of a line striking through a word (about the x-height). */
    private static final double STRIKE_HIGH = 0.6;
    // "1.234,50" : a word that can be struck through (not a bullet or a rule drawn with dashes)
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    /** Body font size assumed on a page without text (points). */
    private static final double DEFAULT_FONT_SIZE = 10;

    private final PdfSource source;

    public GridExtractor(PdfSource source) {
        this.source = source;
    }

    /** A horizontal ruling line from x0 to x1 at height y (top-left origin). */
    public record Rule(double x0, double x1, double y) {
    }

    /**
     * The page read: its blocks, its horizontal rulings (which also underline spanning headings) and the
     * vertical rulings that bound no lattice cell (columns ruled without rows).
     */
    public record PageGrid(List<Block> blocks, List<Rule> rules, List<ColumnRule> columnRules) {
        public PageGrid {
            blocks = List.copyOf(blocks);
            rules = List.copyOf(rules);
            columnRules = List.copyOf(columnRules);
        }
    }

    /** A vertical ruling outside every lattice table: at {@code x}, from {@code top} to {@code bottom} (top-left origin). */
    public record ColumnRule(double x, double top, double bottom) {
    }

    /** The page as blocks in reading order, with its horizontal rulings. */
    public PageGrid read(PageText text) throws UnreadableDocumentException {
        List<Rectangle> cellBoxes;
        List<Rule> rules = new ArrayList<>();
        List<Rectangle> areas;
        List<Ruling> verticals;
        try {
            List<Ruling> horizontal = new ArrayList<>();
            List<Ruling> vertical = new ArrayList<>();
            List<Ruling> all = new ArrayList<>(VisibleRulings.read(text.paints(),
                    bodyFontSize(text), text.glyphs().minWidth(), text.glyphs().minHeight()));
            List<Ruling> pictured = new ArrayList<>();
            for (it.determina.layout.ImageRulings.Segment s : text.pictureRulings()) {
                pictured.add(new Ruling(new java.awt.geom.Point2D.Double(s.x0(), s.y0()), new java.awt.geom.Point2D.Double(s.x1(), s.y1())));
            }
            all.addAll(pictured);
            List<Word> words = text.lines().stream().flatMap(l -> l.words().stream()).toList();
            for (Ruling r : all) {
                // OCR gives no font size to measure a strike-through by: rules found in a scan are kept
                if (r.horizontal() && !pictured.contains(r) && strikesThrough(r, words)) {
                    continue;
                }
                if (r.horizontal()) {
                    horizontal.add(r);
                } else if (r.vertical()) {
                    vertical.add(r);
                }
            }
            verticals = Ruling.collapseOrientedRulings(vertical);
            for (Ruling r : Ruling.collapseOrientedRulings(horizontal)) {
                rules.add(new Rule(r.getLeft(), r.getRight(), r.getTop()));
            }
            // damaged or hairline rulings can make cells without area: they hold nothing
            cellBoxes = new ArrayList<>(SpreadsheetExtractionAlgorithm.findCells(
                    Ruling.collapseOrientedRulings(horizontal), verticals).stream()
                    .filter(c -> c.getWidth() > EDGE_TOLERANCE && c.getHeight() > EDGE_TOLERANCE).toList());
            List<Rectangle> found = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cellBoxes);
            areas = found.stream().map(a -> openEnded(a, found, verticals, text.height())).toList();
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_CORRUPT,
                    "page " + text.number() + ": ruling lines cannot be read (" + e.getMessage() + ")", e);
        }
        List<ColumnRule> columnRules = new ArrayList<>();
        for (Ruling v : verticals) {
            boolean inLattice = areas.stream().anyMatch(a -> contains(a, v.getX1(), (v.getTop() + v.getBottom()) / 2));
            if (!inLattice) {
                columnRules.add(new ColumnRule(v.getX1(), v.getTop(), v.getBottom()));
            }
        }
        return new PageGrid(assemble(text, cellBoxes, areas), rules, columnRules);
    }

    /**
     * True for a strike-through line: it crosses a word it spans between {@link #STRIKE_LOW} and
     * {@link #STRIKE_HIGH} of the font size above the baseline, through the glyphs, where a border
     * between rows never runs. Struck rows and struck figures stay one row. The font size, not the
     * glyph box, is the measure: PDFBox gives some glyphs (bullets) the whole font box as their height.
     */
    static boolean strikesThrough(Ruling r, List<Word> words) {
        double y = r.getTop();
        for (Word w : words) {
            double above = w.bottom() - y;
            double spanned = Math.min(w.x1(), r.getRight()) - Math.max(w.x0(), r.getLeft());
            if (spanned > (w.x1() - w.x0()) / 2 && above > STRIKE_LOW * w.fontSize() && above < STRIKE_HIGH * w.fontSize()
                    && LETTER_OR_DIGIT.matcher(w.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The median font size of the page's words (points); {@link #DEFAULT_FONT_SIZE} for a page without text. */
    static double bodyFontSize(PageText text) {
        double[] sizes = text.lines().stream().flatMap(l -> l.words().stream()).mapToDouble(Word::fontSize)
                .filter(s -> s > 0).sorted().toArray();
        return sizes.length == 0 ? DEFAULT_FONT_SIZE : sizes[sizes.length / 2];
    }

    private static List<Block> assemble(PageText text, List<Rectangle> cellBoxes, List<Rectangle> areas) {
        List<List<Rectangle>> cellsByArea = new ArrayList<>();
        List<List<Word>> wordsByArea = new ArrayList<>();
        for (Rectangle area : areas) {
            cellsByArea.add(cellBoxes.stream().filter(c -> contains(area, c.getCenterX(), c.getCenterY())).toList());
            wordsByArea.add(new ArrayList<>());
        }
        List<Word> loose = new ArrayList<>();
        for (TextLine line : text.lines()) {
            for (Word w : line.words()) {
                int a = areaOf(w, areas, cellsByArea);
                if (a < 0) {
                    loose.add(w);
                } else {
                    wordsByArea.get(a).add(w);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            if (!cellsByArea.get(a).isEmpty()) {
                blocks.add(new Block.Grid(grid(text.number(), areas.get(a), cellsByArea.get(a), wordsByArea.get(a))));
            }
        }
        for (TextLine line : LineBuilder.build(text.number(), loose)) {
            blocks.add(new Block.Line(line));
        }
        blocks.sort(Comparator.comparingDouble(GridExtractor::top));
        return blocks;
    }

    /**
     * The area grown to where its column rulings end: a row cut by a page break has no closing
     * horizontal ruling, so tabula finds no cell for it, but its column lines still run to the cut.
     * A ruling counts when it starts (or ends) inside the area and runs into the band of the page where
     * a break cuts rows ({@link #CUT_BAND}); growth stops at any other table.
     */
    private static Rectangle openEnded(Rectangle area, List<Rectangle> all, List<Ruling> verticals, double pageHeight) {
        double top = area.getTop();
        double bottom = area.getBottom();
        for (Ruling v : verticals) {
            boolean inside = v.getX1() >= area.getLeft() - EDGE_TOLERANCE && v.getX1() <= area.getRight() + EDGE_TOLERANCE;
            if (!inside) {
                continue;
            }
            // a column ruling that crosses the area (drawn once from the page's top to its foot) counts too
            boolean crosses = v.getTop() <= area.getBottom() + EDGE_TOLERANCE && v.getBottom() >= area.getTop() - EDGE_TOLERANCE;
            if ((within(v.getTop(), area) || crosses) && v.getBottom() > bottom) {
                bottom = v.getBottom();
            }
            if ((within(v.getBottom(), area) || crosses) && v.getTop() < top) {
                top = v.getTop();
            }
        }
        for (Rectangle other : all) {
            if (other != area && other.getLeft() < area.getRight() && other.getRight() > area.getLeft()) {
                if (other.getTop() >= area.getBottom() - EDGE_TOLERANCE) {
                    bottom = Math.min(bottom, other.getTop());
                }
                if (other.getBottom() <= area.getTop() + EDGE_TOLERANCE) {
                    top = Math.max(top, other.getBottom());
                }
            }
        }
        if (bottom > pageHeight * (1 - CUT_BAND)) {
            bottom = Math.max(bottom, area.getBottom());
        } else {
            bottom = area.getBottom();
        }
        if (top >= pageHeight * CUT_BAND) {
            top = area.getTop();
        }
        if (top >= area.getTop() - EDGE_TOLERANCE && bottom <= area.getBottom() + EDGE_TOLERANCE) {
            return area;
        }
        return new Rectangle((float) top, area.getLeft(), (float) area.getWidth(), (float) (bottom - top));
    }

    private static boolean within(double y, Rectangle area) {
        return y >= area.getTop() - EDGE_TOLERANCE && y <= area.getBottom() + EDGE_TOLERANCE;
    }

    /** The table area holding the word's centre, or -1. */
    private static int areaOf(Word w, List<Rectangle> areas, List<List<Rectangle>> cellsByArea) {
        for (int a = 0; a < areas.size(); a++) {
            if (!cellsByArea.get(a).isEmpty() && contains(areas.get(a), w.centerX(), w.centerY())) {
                return a;
            }
        }
        return -1;
    }

    private static double top(Block b) {
        if (b instanceof Block.Line l) {
            return l.line().top();
        }
        Table t = ((Block.Grid) b).table();
        return t.rows().get(0).cells().get(0).top();
    }

    private static boolean contains(Rectangle r, double x, double y) {
        return x >= r.getLeft() - 0.5 && x <= r.getRight() + 0.5 && y >= r.getTop() - 0.5 && y <= r.getBottom() + 0.5;
    }

    /**
     * The grid of one table area. Words fall in the tabula cell holding their centre; a word in a slot
     * no cell covers (a ruling missing where a cell continues from the previous page) gets a cell of
     * its own for that slot, so no text inside a table is lost or taken for running text.
     */
    private static Table grid(int page, Rectangle area, List<Rectangle> cells, List<Word> words) {
        List<Double> xs = edges(cells.stream().flatMap(c -> List.of(c.getLeft(), c.getRight()).stream()).toList());
        List<Float> horizontalEdges = new ArrayList<>(List.of(area.getTop(), area.getBottom()));
        cells.forEach(c -> horizontalEdges.addAll(List.of(c.getTop(), c.getBottom())));
        List<Double> ys = edges(horizontalEdges);
        List<double[]> boxes = new ArrayList<>();
        List<int[]> slots = new ArrayList<>();
        for (Rectangle r : cells) {
            int col = index(xs, r.getLeft());
            int row = index(ys, r.getTop());
            slots.add(new int[] {row, col, Math.max(1, index(ys, r.getBottom()) - row), Math.max(1, index(xs, r.getRight()) - col)});
            boxes.add(new double[] {r.getLeft(), r.getTop(), r.getRight(), r.getBottom()});
        }
        List<List<Word>> content = new ArrayList<>();
        boxes.forEach(b -> content.add(new ArrayList<>()));
        for (Word w : words) {
            int i = boxOf(boxes, w);
            if (i < 0) {
                int row = slot(ys, w.centerY());
                int col = slot(xs, w.centerX());
                slots.add(new int[] {row, col, 1, 1});
                boxes.add(new double[] {xs.get(col), ys.get(row), xs.get(col + 1), ys.get(row + 1)});
                content.add(new ArrayList<>());
                i = boxes.size() - 1;
            }
            content.get(i).add(w);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < ys.size() - 1; i++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < slots.size(); i++) {
            int[] s = slots.get(i);
            double[] b = boxes.get(i);
            s[0] = Math.min(s[0], rows.size() - 1);
            rows.get(s[0]).add(new Cell(s[0], s[1], s[2], s[3], page, b[0], b[1], b[2], b[3],
                    LineBuilder.build(page, content.get(i))));
        }
        List<Row> out = rows.stream().filter(r -> !r.isEmpty()).map(Row::new).toList();
        return new Table(page, xs, out, Table.Structure.LATTICE);
    }

    private static int boxOf(List<double[]> boxes, Word w) {
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            if (w.centerX() >= b[0] - 0.5 && w.centerX() <= b[2] + 0.5 && w.centerY() >= b[1] - 0.5 && w.centerY() <= b[3] + 0.5) {
                return i;
            }
        }
        return -1;
    }

    /** The interval of {@code edges} holding {@code v}, clamped to the grid. */
    private static int slot(List<Double> edges, double v) {
        for (int i = 0; i < edges.size() - 1; i++) {
            if (v < edges.get(i + 1)) {
                return i;
            }
        }
        return Math.max(0, edges.size() - 2);
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
