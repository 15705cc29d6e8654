package it.determina.split;

import org.jspecify.annotations.Nullable;

/** A page range of the input that holds one annex, or the whole file when it is not split. */
public record Part(@Nullable String annex, int pageStart, int pageEnd) {

    public Part {
        if (pageStart < 1 || pageEnd < pageStart) {
            throw new IllegalArgumentException("bad page range " + pageStart + ".." + pageEnd);
        }
    }
}
