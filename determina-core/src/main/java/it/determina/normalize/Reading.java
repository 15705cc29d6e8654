package it.determina.normalize;

import org.jspecify.annotations.Nullable;

/**
 * What a numeric cell said: a value, nothing at all, or text that is not a number.
 * {@code value} is non-null exactly when {@code status} is {@link Status#VALUE}. {@code mark} is the
 * footnote mark printed with the figure ("⁽¹⁾", "(*)", "**", "^1"), as printed; null when there is none.
 */
public record Reading(Status status, @Nullable Number value, String raw, @Nullable String mark) {

    public enum Status { VALUE, EMPTY, NOT_A_NUMBER }

    /** A reading without a footnote mark. */
    public Reading(Status status, @Nullable Number value, String raw) {
        this(status, value, raw, null);
    }

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
