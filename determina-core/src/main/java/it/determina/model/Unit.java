package it.determina.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One unit of a standard (URA, UF, UC or Atlante competence). */
public record Unit(int number, UnitKind kind, String title, @Nullable CompetenceUnitRef competenceUnit,
                   @Nullable Number minHours, @Nullable Number distanceMaxHours,
                   @Nullable Number distanceMaxPercent, @Nullable Number hoursVariationPercent,
                   @Nullable Credit credit, @Nullable String expectedResult,
                   List<String> knowledge, List<String> skills, @Nullable Evaluation evaluation) {

    public Unit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        knowledge = List.copyOf(knowledge);
        skills = List.copyOf(skills);
    }
}
