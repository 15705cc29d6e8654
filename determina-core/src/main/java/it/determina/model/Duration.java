package it.determina.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every duration the standard states; absent values are null, absent objects null. */
public record Duration(@Nullable Number totalHours, @Nullable Number classroomHours, @Nullable Number labHours,
                       @Nullable Number keyCompetenceHours, @Nullable Internship internship,
                       @Nullable DistanceLearning distanceLearning, @Nullable Number additionalUnitsMaxPercent,
                       List<YearHours> years) {

    public Duration {
        years = List.copyOf(years);
    }
}
