package it.determina.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.determina.tables.Cell;
import it.determina.tables.DocumentTables;
import it.determina.tables.Row;
import it.determina.tables.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of one PDF as the ICDAR 2013 prediction JSON ({@code shared/data/icdar2013/PREDICTIONS.md}):
 * per table its first page, its box on that page in PDF points with the origin at the bottom left, and
 * its non-empty cells with grid position and span. A table continued over pages also gives its
 * {@code regions}, one box per page. Thread-safe.
 */
public final class TablesJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One table: {@code bbox} is [x1, y1, x2, y2] on {@code page}. */
    public record TableOut(int page, double[] bbox, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RegionOut> regions,
                           List<CellOut> cells) {
    }

    /** Where a table lies on one of its pages. */
    public record RegionOut(int page, double[] bbox) {
    }

    /** One non-empty cell. */
    public record CellOut(int row, int col, int rowSpan, int colSpan, String text) {
    }

    /** The whole document. */
    public record TablesOut(List<TableOut> tables) {
    }

    public TablesOut toOut(DocumentTables.Found found) {
        List<TableOut> out = new ArrayList<>();
        for (Table t : found.tables()) {
            List<CellOut> cells = new ArrayList<>();
            java.util.Map<Long, Integer> occupied = new java.util.HashMap<>();
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    if (!c.isEmpty()) {
                        place(cells, occupied, new CellOut(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.readingText()));
                    }
                }
            }
            List<RegionOut> regions = regions(t, found.frames());
            out.add(new TableOut(t.page(), regions.get(0).bbox(), regions.size() > 1 ? regions : List.of(), cells));
        }
        return new TablesOut(out);
    }

    /**
     * Adds the cell where no earlier non-empty cell covers its slots; a spanning cell that would overlap
     * one shrinks to its first slot, and a cell whose first slot is taken joins the text of the cell there.
     * The format forbids overlapping non-empty cells, and no text may be lost.
     */
    private static void place(List<CellOut> cells, java.util.Map<Long, Integer> occupied, CellOut cell) {
        CellOut c = cell;
        if (overlaps(occupied, c)) {
            c = new CellOut(c.row(), c.col(), 1, 1, c.text());
        }
        Integer owner = occupied.get(slot(c.row(), c.col()));
        if (owner != null) {
            CellOut o = cells.get(owner);
            cells.set(owner, new CellOut(o.row(), o.col(), o.rowSpan(), o.colSpan(), o.text() + " " + c.text()));
            return;
        }
        cells.add(c);
        for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
            for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                occupied.put(slot(r, k), cells.size() - 1);
            }
        }
    }

    private static boolean overlaps(java.util.Map<Long, Integer> occupied, CellOut c) {
        for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
            for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                if (occupied.containsKey(slot(r, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long slot(int row, int col) {
        return ((long) row << 32) | col;
    }

    /** One box per page the table covers, bottom-left origin. */
    private static List<RegionOut> regions(Table t, List<it.determina.layout.PageFrame> frames) {
        List<RegionOut> out = new ArrayList<>();
        for (int page = t.page(); page <= t.lastPage(); page++) {
            double x0 = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    for (var line : c.lines()) {
                        if (line.page() == page) {
                            x0 = Math.min(x0, line.x0());
                            x1 = Math.max(x1, line.x1());
                            top = Math.min(top, line.top());
                            bottom = Math.max(bottom, line.bottom());
                        }
                    }
                }
            }
            if (x0 < x1) {
                double[] box = frames.get(page - 1).toUserSpace(x0, top, x1, bottom);
                out.add(new RegionOut(page, new double[] {round(box[0]), round(box[1]), round(box[2]), round(box[3])}));
            }
        }
        if (out.isEmpty()) {
            out.add(new RegionOut(t.page(), new double[] {0, 0, 0, 0}));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public String toJson(DocumentTables.Found found) throws IOException {
        return mapper.writeValueAsString(toOut(found));
    }

    /** Writes the JSON to {@code target} through a temporary file and a rename. */
    public void write(DocumentTables.Found found, Path target) throws IOException {
        write(toOut(found), target);
    }

    /** Writes prediction tables made elsewhere (by tabula, for comparison) the same way. */
    public void write(TablesOut tables, Path target) throws IOException {
        AtomicFile.write(target, out -> mapper.writeValue(out, tables));
    }
}
