package it.determina.model;

/**
 * The flag catalogue of the contract, then the project's own codes (documented in the JSON Schema);
 * each code carries its severity, and whether it is a self-check: a doubt determina has about its own
 * reading of the document (issue 11, "never silent") rather than a finding about the document.
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
    ID_COLLISION(Severity.WARNING),
    /** A standard of a family that has units came out with none: its unit table or sections were not read. */
    NO_UNITS_READ(Severity.ERROR, true),
    /** Fewer units were read than the standard lists in another place (correspondence table, ELENCO, UC list). */
    UNITS_INCOMPLETE(Severity.ERROR, true),
    /** A field the family's layout prints came out empty and its label (row, column, section) is nowhere. */
    LABEL_NOT_FOUND(Severity.WARNING, true),
    /** A field the family's layout prints came out empty though its label was found (not an empty figure). */
    VALUE_NOT_READ(Severity.WARNING, true),
    /** The title is a heading ("ALLEGATO 6", "STANDARD FORMATIVO") or says its words twice: not a name. */
    TITLE_NOT_A_NAME(Severity.WARNING, true),
    /** A value was read from text that may hold something else (labels of several rows run together). */
    VALUE_DOUBTFUL(Severity.WARNING, true),
    /** Text of the standard's tables went into no field (a row or list item continued over a page). */
    TEXT_NOT_READ(Severity.WARNING, true),
    /** A value read by OCR from a word Tesseract is not confident of. */
    LOW_OCR_CONFIDENCE(Severity.WARNING, true),
    /** A figure read by OCR that makes a sum fail: it may be misread rather than wrong in the document. */
    OCR_FIGURE_DOUBTED(Severity.WARNING, true),
    /** A unit's knowledge or skills list holds the same item twice: another list ran into it. */
    ITEM_REPEATED(Severity.WARNING, true),
    /** Most of the fields the family's layout prints were not found: the sheet was not read, all of it is in doubt. */
    LAYOUT_NOT_READ(Severity.ERROR, true);

    private final Severity severity;
    private final boolean selfCheck;

    FlagCode(Severity severity) {
        this(severity, false);
    }

    FlagCode(Severity severity, boolean selfCheck) {
        this.severity = severity;
        this.selfCheck = selfCheck;
    }

    public Severity severity() {
        return severity;
    }

    /** True for a doubt about determina's own reading (a self-check), false for a finding about the document. */
    public boolean isSelfCheck() {
        return selfCheck;
    }
}
