package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding a reviewer must look at. {@code field} is a JSON Pointer into the standard it belongs to;
 * {@code page} is 1-based within the input file, or null when unknown; {@code at} is where the
 * figure is printed (an addition to contract v1), or null.
 */
public record Flag(FlagCode code, Severity severity, String field, String message,
                   @Nullable Object expected, @Nullable Object actual, @Nullable Integer page, @Nullable BoundingBox at) {

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
        return new Flag(code, code.severity(), field, message, expected, actual, page, null);
    }

    /** The same flag located at {@code box} (its page taken from the box when it had none). */
    public Flag at(@Nullable BoundingBox box) {
        if (box == null) {
            return this;
        }
        return new Flag(code, severity, field, message, expected, actual, page == null ? box.page() : page, box);
    }
}
