package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding a reviewer must look at. {@code field} is a JSON Pointer into the standard it belongs to;
 * {@code page} is 1-based within the input file, or null when unknown.
 */
public record Flag(FlagCode code, Severity severity, String field, String message,
                   @Nullable Object expected, @Nullable Object actual, @Nullable Integer page) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (severity != code.severity()) {
            throw new IllegalArgumentException(code + " has severity " + code.severity());
        }
    }

    public static Flag of(FlagCode code, String field, String message,
                          @Nullable Object expected, @Nullable Object actual, @Nullable Integer page) {
        return new Flag(code, code.severity(), field, message, expected, actual, page);
    }
}
