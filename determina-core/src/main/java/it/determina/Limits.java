package it.determina;

import java.time.Duration;
import java.util.Objects;

/**
 * What one document may cost: its size in bytes, its pages, and the time to process it. A document
 * over a limit fails with its own code (FILE_TOO_LARGE, TOO_MANY_PAGES, TIMEOUT); the others go on.
 */
public record Limits(long maxBytes, int maxPages, Duration timeout) {

    public Limits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1 || maxPages < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 200 MB, 5,000 pages, 10 minutes a document. */
    public static Limits defaults() {
        return new Limits(200L * 1024 * 1024, 5_000, Duration.ofMinutes(10));
    }
}
