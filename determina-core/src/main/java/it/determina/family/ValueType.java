package it.determina.family;

/**
 * What the value of a declared field holds, and so how it is read (see {@link SheetValues}). Spelled in
 * a family's resource file as {@link #toString()} gives it ("hours", "codes", ...).
 */
public enum ValueType {
    /** A number of hours ("120 ore", "Max 10"); an empty or non-numeric value is evidence of a missing figure. */
    HOURS("hours"),
    /** A percentage ("20%"); empty or non-numeric is evidence of a missing figure. */
    PERCENT("percent"),
    /** An EQF level 1..8 ("3", "Livello 4", "Gruppo-livello B / EQF 3"). */
    EQF("eqf"),
    /** Text, lines joined and cleaned; empty is null. */
    TEXT("text"),
    /** A list of items, one per line or per marker ("•", "-", "1."). */
    ITEMS("items"),
    /** A code as printed ("58", "TOS-412"): the value's first token, holding a digit; more text after it is doubted. */
    CODE("code"),
    /** A sector, "24 - Area comune" or a title alone. */
    SECTOR("sector"),
    /** ADA codes with titles ("ADA.24.04.11 (ADA.25.224.729) - Erogazione ..."). */
    ADA("ada"),
    /** ISTAT CP2011 codes with titles. */
    ISTAT("istat"),
    /** ATECO codes with titles, without the section letter. */
    ATECO("ateco"),
    /** ISCED codes with titles. */
    ISCED("isced"),
    /** The attendance percentages a sentence states, the second being the one with approval. */
    ATTENDANCE("attendance"),
    /** A competence unit named with its code: "Titolo (2299)", "UC 1576 - Titolo". */
    COMPETENCE_UNIT("competence-unit"),
    /** A number of years ("3 anni"): only checked, no field holds it; a value that is none is a missing figure. */
    YEARS_COUNT("years-count"),
    /** The header row ("Anno | Ore | Esame intermedio") of a table of yearly hours, read row by row. */
    YEAR_TABLE("year-table"),
    /** A label the family knows whose value has no field in the contract: read as no field, and not as unread text. */
    KNOWN("known");

    private final String spelling;

    ValueType(String spelling) {
        this.spelling = spelling;
    }

    /** True for a figure whose label without a number is evidence of a missing value. */
    boolean isFigure() {
        return this == HOURS || this == PERCENT;
    }

    /** True for a list of classification codes (ADA, ISTAT, ATECO, ISCED). */
    boolean isCodes() {
        return this == ADA || this == ISTAT || this == ATECO || this == ISCED;
    }

    @Override
    public String toString() {
        return spelling;
    }
}
