package it.determina.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One canonical document of contract v1 (see CANONICAL.md); component names are the JSON keys.
 * {@code confidence} (an addition to contract v1) summarises how much of it was read; null when unknown.
 */
public record CanonicalStandard(String schemaVersion, String id, Kind kind, @Nullable String region, String title,
                                @Nullable Integer eqfLevel, @Nullable String description,
                                Classification classification, @Nullable Duration duration,
                                @Nullable Attendance attendance, @Nullable Credits credits,
                                List<String> entryRequirements, List<Unit> units, List<Flag> flags,
                                @Nullable Confidence confidence, Source source) {

    public static final String SCHEMA_VERSION = "1.0";

    public CanonicalStandard {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(source, "source");
        if (eqfLevel != null && (eqfLevel < 1 || eqfLevel > 8)) {
            throw new IllegalArgumentException("eqfLevel outside 1..8: " + eqfLevel);
        }
        entryRequirements = List.copyOf(entryRequirements);
        units = List.copyOf(units);
        flags = List.copyOf(flags);
    }

    /** The same standard under {@code newId}, with {@code why} added to its flags. */
    public CanonicalStandard withId(String newId, Flag why) {
        List<Flag> more = new java.util.ArrayList<>(flags);
        more.add(why);
        return new CanonicalStandard(schemaVersion, newId, kind, region, title, eqfLevel, description, classification,
                duration, attendance, credits, entryRequirements, units, more, confidence, source);
    }

    public CanonicalStandard withFlags(List<Flag> newFlags) {
        return new CanonicalStandard(schemaVersion, id, kind, region, title, eqfLevel, description, classification,
                duration, attendance, credits, entryRequirements, units, newFlags, confidence, source);
    }
}
