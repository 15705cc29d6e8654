package it.determina.validate;

import it.determina.family.StandardDraft;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value a JSON Pointer of the contract names in a draft, read through the records' components (whose
 * names are the JSON keys): "/duration/totalHours", "/units/2/title", "/classification/ada".
 */
final class Values {

    private Values() {
    }

    /** The value at {@code pointer}, or null where the draft holds none (or the pointer names nothing). */
    static @Nullable Object at(StandardDraft draft, String pointer) {
        Object current = draft;
        for (String step : pointer.substring(1).split("/")) {
            current = step(current, step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** True when {@code pointer} holds a value: not null, not an empty text, not an empty list. */
    static boolean isPresent(StandardDraft draft, String pointer) {
        Object v = at(draft, pointer);
        if (v instanceof String s) {
            return !s.isBlank();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return v != null;
    }

    private static @Nullable Object step(Object current, String step) {
        if (current instanceof List<?> list) {
            int i = step.chars().allMatch(Character::isDigit) && !step.isEmpty() ? Integer.parseInt(step) : -1;
            return i >= 0 && i < list.size() ? list.get(i) : null;
        }
        if (!current.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : current.getClass().getRecordComponents()) {
            if (c.getName().equals(step)) {
                try {
                    return c.getAccessor().invoke(current);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + step + " of " + current.getClass(), e);
                }
            }
        }
        return null;
    }
}
