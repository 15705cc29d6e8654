package it.determina.model;

/**
 * The flag catalogue of the contract, then the project's own codes (documented in the JSON Schema);
 * each code carries its severity.
 */
public enum FlagCode {
    UNIT_HOURS_SUM_MISMATCH(Severity.ERROR),
    UNIT_HOURS_CLASSROOM_MISMATCH(Severity.ERROR),
    DISTANCE_HOURS_SUM_MISMATCH(Severity.ERROR),
    UNIT_DISTANCE_EXCEEDS_HOURS(Severity.ERROR),
    YEAR_HOURS_SUM_MISMATCH(Severity.ERROR),
    COMPONENT_HOURS_EXCEED_TOTAL(Severity.ERROR),
    INTERNSHIP_OVER_LIMIT(Severity.ERROR),
    PERCENT_OUT_OF_RANGE(Severity.WARNING),
    MISSING_VALUE(Severity.WARNING),
    UNIT_TITLE_MISMATCH(Severity.WARNING),
    UNIT_NUMBERING_GAP(Severity.WARNING),
    UNREADABLE_PAGE(Severity.ERROR),
    /** The title is a heading, not a name: the id is made from the source file, no other file can replace it. */
    ID_FROM_SOURCE(Severity.WARNING),
    /** Another standard already held the id the contract gives: this one got an id made from its source. */
    ID_COLLISION(Severity.WARNING);

    private final Severity severity;

    FlagCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
