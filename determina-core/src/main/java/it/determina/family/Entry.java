package it.determina.family;

import it.determina.layout.TextLine;
import it.determina.tables.Row;
import it.determina.model.BoundingBox;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One label with its value, as key/value layouts print them: a two-column row ("Livello EQF" | "3"),
 * a row spanning the table (label only), or a running line (label only, {@code row} null).
 * {@code valueRight} is the inner right edge of the value's column, where its lines wrap.
 */
public record Entry(String label, List<TextLine> value, int page, @Nullable Row row, double valueRight, BoundingBox box) {

    public Entry {
        value = List.copyOf(value);
    }

    public List<String> valueLines() {
        return value.stream().map(TextLine::text).toList();
    }

    /** For each value line, whether it starts a list item (see {@link ItemBreaks}). */
    public List<Boolean> itemStarts() {
        return ItemBreaks.of(value, valueRight);
    }

    public boolean hasValue() {
        return !value.isEmpty();
    }
}
