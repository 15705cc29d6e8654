package it.determina.model;

import org.jspecify.annotations.Nullable;

/** Limits on distance learning (FaD / e-learning). */
public record DistanceLearning(@Nullable Number maxHours, @Nullable Number syncMaxPercentOfClassroom,
                               @Nullable Number asyncMaxPercentOfClassroom) {

    public boolean statesNothing() {
        return maxHours == null && syncMaxPercentOfClassroom == null && asyncMaxPercentOfClassroom == null;
    }
}
