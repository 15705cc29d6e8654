package it.determina.model;

/** How a unit's attendance credit may be recognised. */
public enum CreditRecognition {
    NOT_ALLOWED("not-allowed"),
    ALLOWED("allowed"),
    ALLOWED_WITH_PRIOR_VALUE("allowed-with-prior-value"),
    UNKNOWN("unknown");

    private final String value;

    CreditRecognition(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
