package it.determina.tables;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import it.determina.model.Region;
import java.util.List;

/**
 * One cell of a table: grid position and span, page and box (top-left origin), and its lines of text
 * top to bottom (possibly none). A cell continued on the next page keeps the page it starts on and
 * gains the lines of its continuation.
 */
public record Cell(int row, int col, int rowSpan, int colSpan, int page,
                   double x0, double top, double x1, double bottom, List<TextLine> lines) {

    public Cell {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The raw text of each line. */
    public List<String> lineTexts() {
        return lines.stream().map(TextLine::text).toList();
    }

    /** The lines joined with single spaces, no hyphenation handling. */
    public String text() {
        return String.join(" ", lineTexts()).trim();
    }

    /** Where the cell is, on the page it starts on. */
    public Region region() {
        return Region.of(page, x0, top, x1, bottom);
    }

    Cell withRow(int newRow) {
        return new Cell(newRow, col, rowSpan, colSpan, page, x0, top, x1, bottom, lines);
    }

    Cell append(Cell continuation) {
        List<TextLine> all = new ArrayList<>(lines);
        all.addAll(continuation.lines);
        return new Cell(row, col, rowSpan, colSpan, page, x0, top, x1, bottom, all);
    }

    boolean covers(int column) {
        return column >= col && column < col + colSpan;
    }
}
