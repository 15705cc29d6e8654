package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A classification code with its title (ISTAT CP2011, ATECO 2007, ISCED-F). */
public record Code(String code, @Nullable String title) {

    public Code {
        Objects.requireNonNull(code, "code");
    }
}
