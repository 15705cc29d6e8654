package it.determina.model;

import org.jspecify.annotations.Nullable;

/** The largest share of hours that attendance credits may cover. */
public record Credits(@Nullable Number attendanceMaxPercent, @Nullable Number internshipMaxPercent) {

    public boolean statesNothing() {
        return attendanceMaxPercent == null && internshipMaxPercent == null;
    }
}
