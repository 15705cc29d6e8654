package it.determina.layout;

import java.io.IOException;

/** The file could not be opened or read as a PDF; the message names the cause, the cause is chained. */
public final class UnreadableDocumentException extends IOException {

    private final String code;

    public UnreadableDocumentException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable error code, e.g. {@code PDF_CORRUPT} or {@code PDF_ENCRYPTED}. */
    public String code() {
        return code;
    }
}
