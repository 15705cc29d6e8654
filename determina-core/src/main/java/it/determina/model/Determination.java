package it.determina.model;

import org.jspecify.annotations.Nullable;

/** The act an annex belongs to: number as printed ("G04817", "412"), ISO date, issuing body. */
public record Determination(@Nullable String number, @Nullable String date, @Nullable String issuer) {
}
