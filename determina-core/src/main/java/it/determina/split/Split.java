package it.determina.split;

import it.determina.model.Determination;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a file divides: the act's pages (if any), the parts to parse, and the act's identity. */
public record Split(int actPages, List<Part> parts, @Nullable Determination determination) {

    public Split {
        parts = List.copyOf(parts);
    }
}
