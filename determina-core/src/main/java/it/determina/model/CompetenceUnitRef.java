package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The competence unit (UC) a training unit serves, with its code where printed. */
public record CompetenceUnitRef(String title, @Nullable String code) {

    public CompetenceUnitRef {
        Objects.requireNonNull(title, "title");
    }
}
