package it.determina.model;

/** The flag catalogue of the contract; each code carries its severity. */
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
    UNREADABLE_PAGE(Severity.ERROR);

    private final Severity severity;

    FlagCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
