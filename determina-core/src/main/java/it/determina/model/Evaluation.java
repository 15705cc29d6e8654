package it.determina.model;

import org.jspecify.annotations.Nullable;

/** How a competence is assessed: indicators and the minimum performance. */
public record Evaluation(@Nullable String indicators, @Nullable String minimumPerformance) {
}
