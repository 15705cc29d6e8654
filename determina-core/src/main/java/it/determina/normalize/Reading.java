package it.determina.normalize;

import org.jspecify.annotations.Nullable;

/**
 * What a numeric cell said: a value, nothing at all, or text that is not a number.
 * {@code value} is non-null exactly when {@code status} is {@link Status#VALUE}.
 */
public record Reading(Status status, @Nullable Number value, String raw) {

    public enum Status { VALUE, EMPTY, NOT_A_NUMBER }

    public static Reading empty(String raw) {
        return new Reading(Status.EMPTY, null, raw);
    }

    public boolean hasValue() {
        return status == Status.VALUE;
    }

    /** True when a labelled figure was left blank or holds no number: the MISSING_VALUE condition. */
    public boolean isMissing() {
        return status != Status.VALUE;
    }
}
