package it.determina.model;

/** What a canonical document describes. */
public enum Kind {
    TRAINING_STANDARD("training-standard"),
    PROFESSIONAL_PROFILE("professional-profile"),
    QUALIFICATION_RECORD("qualification-record");

    private final String value;

    Kind(String value) {
        this.value = value;
    }

    /** The contract's spelling, as written in JSON. */
    @Override
    public String toString() {
        return value;
    }
}
