package it.determina.model;

/** How urgently a reviewer must look at a flag. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String value;

    Severity(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
