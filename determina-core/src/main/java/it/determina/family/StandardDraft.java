package it.determina.family;

import it.determina.model.Attendance;
import it.determina.model.Classification;
import it.determina.model.Credits;
import it.determina.model.Duration;
import it.determina.model.Kind;
import it.determina.model.Unit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A standard as a family parser read it, before identity, source and flags are added, with the
 * evidence the consistency checks need (pages, empty labelled figures, second spellings of titles).
 */
public record StandardDraft(Kind kind, @Nullable String region, String title, @Nullable Integer eqfLevel,
                            @Nullable String description, Classification classification,
                            @Nullable Duration duration, @Nullable Attendance attendance,
                            @Nullable Credits credits, List<String> entryRequirements, List<Unit> units,
                            Evidence evidence) {

    public StandardDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(evidence, "evidence");
        entryRequirements = List.copyOf(entryRequirements);
        units = List.copyOf(units);
    }
}
