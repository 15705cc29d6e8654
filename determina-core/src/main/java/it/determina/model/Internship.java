package it.determina.model;

import org.jspecify.annotations.Nullable;

/** Curricular internship limits; hours in hours, percentages in percent. */
public record Internship(@Nullable Number minHours, @Nullable Number maxHours,
                         @Nullable Number maxPercentOfTotal, @Nullable Number withLabMinHours) {

    public boolean statesNothing() {
        return minHours == null && maxHours == null && maxPercentOfTotal == null && withLabMinHours == null;
    }
}
