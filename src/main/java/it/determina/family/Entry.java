package it.determina.family;

import it.determina.layout.TextLine;
import it.determina.tables.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One label with its value, as key/value layouts print them: a two-column row ("Livello EQF" | "3"),
 * a row spanning the table (label only), or a running line (label only, {@code row} null).
 */
public record Entry(String label, List<TextLine> value, int page, @Nullable Row row) {

    public Entry {
        value = List.copyOf(value);
    }

    public List<String> valueLines() {
        return value.stream().map(TextLine::text).toList();
    }

    public boolean hasValue() {
        return !value.isEmpty();
    }
}
