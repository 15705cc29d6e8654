package it.determina.model;

import org.jspecify.annotations.Nullable;

/** One year of a multi-year course. */
public record YearHours(int year, @Nullable Number hours, @Nullable Boolean intermediateExam) {

    public YearHours {
        if (year < 1) {
            throw new IllegalArgumentException("year must be 1 or more: " + year);
        }
    }
}
