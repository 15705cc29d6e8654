package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where a standard sits: file, its SHA-256, 1-based inclusive pages, annex and act. */
public record Source(String file, @Nullable String sha256, int pageStart, int pageEnd,
                     @Nullable String annex, @Nullable Determination determination) {

    public Source {
        Objects.requireNonNull(file, "file");
        if (pageStart < 1 || pageEnd < pageStart) {
            throw new IllegalArgumentException("bad page range " + pageStart + ".." + pageEnd);
        }
    }
}
