package it.determina.tables;

import it.determina.model.BoundingBox;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The cells that start on one table row, left to right. */
public record Row(List<Cell> cells) {

    public Row {
        cells = cells.stream().sorted(Comparator.comparingInt(Cell::col)).toList();
    }

    /** The cell covering grid column {@code col}, or null. */
    public @Nullable Cell at(int col) {
        return cells.stream().filter(c -> c.covers(col)).findFirst().orElse(null);
    }

    public int page() {
        return cells.isEmpty() ? 0 : cells.get(0).page();
    }

    /** Where the row is, on the page it starts on. */
    public BoundingBox region() {
        BoundingBox r = cells.get(0).region();
        for (Cell c : cells) {
            r = r.union(c.region());
        }
        return r;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    /** The cells' texts that are not empty, e.g. ["Livello EQF", "3"]. */
    public List<String> texts() {
        return cells.stream().filter(c -> !c.isEmpty()).map(Cell::text).collect(Collectors.toList());
    }

    /** The row's text for comparisons: cells joined by " | ". */
    String signature() {
        return cells.stream().map(Cell::text).collect(Collectors.joining(" | "));
    }
}
