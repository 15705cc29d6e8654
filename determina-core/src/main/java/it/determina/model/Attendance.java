package it.determina.model;

import org.jspecify.annotations.Nullable;

/** Attendance needed for the final exam, in percent of the whole path. */
public record Attendance(@Nullable Number minPercent, @Nullable Number minPercentWithApproval,
                         @Nullable Number maxAbsencePercent) {

    public boolean statesNothing() {
        return minPercent == null && minPercentWithApproval == null && maxAbsencePercent == null;
    }
}
