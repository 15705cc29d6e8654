package it.determina;

/** A file that cannot be processed; {@link #code()} is stable, the message names the file and the cause. */
public final class IngestException extends Exception {

    private final String code;

    public IngestException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IngestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
