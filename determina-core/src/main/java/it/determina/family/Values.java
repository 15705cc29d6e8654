package it.determina.family;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values a reading of a declared family gave, by JSON pointer of contract v1 ({@link CanonicalParts} builds on them). */
interface Values {

    /** The value of {@code pointer}: a text, a number, an object of the model or a list; null when none. */
    @Nullable Object value(String pointer);

    default @Nullable Number number(String pointer) {
        return (Number) value(pointer);
    }

    default @Nullable String text(String pointer) {
        return (String) value(pointer);
    }

    /** The list at {@code pointer}, empty when none. */
    @SuppressWarnings("unchecked")
    default <T> List<T> list(String pointer) {
        Object v = value(pointer);
        return v == null ? List.of() : (List<T>) v;
    }
}
