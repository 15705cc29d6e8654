package it.determina.report;

import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one input gave, for the review report: its standards, or the error that stopped it.
 * {@code pdf} is where the file can still be read to draw page pictures (null when it cannot).
 */
public record FileResult(String fileName, @Nullable Path pdf, int pages, List<CanonicalStandard> standards,
                         @Nullable ErrorCode errorCode, @Nullable String errorMessage, long millis) {

    public FileResult {
        Objects.requireNonNull(fileName, "fileName");
        standards = List.copyOf(standards);
    }

    public static FileResult ok(String fileName, Path pdf, List<CanonicalStandard> standards, long millis) {
        int pages = standards.stream().mapToInt(s -> s.source().pageEnd()).max().orElse(0);
        return new FileResult(fileName, pdf, pages, standards, null, null, millis);
    }

    public static FileResult failed(String fileName, ErrorCode code, String message, long millis) {
        return new FileResult(fileName, null, 0, List.of(), code, message, millis);
    }

    public boolean failed() {
        return errorCode != null;
    }
}
