package it.determina.model;

import org.jspecify.annotations.Nullable;

/** The economic-professional sector (SEP); the code is null where only the title is printed. */
public record Sector(@Nullable String code, @Nullable String title) {
}
