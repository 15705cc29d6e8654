package it.determina.layout;

import it.determina.model.ErrorCode;
import java.io.IOException;

/** The file could not be opened or read as a PDF; the message names the cause, the cause is chained. */
public final class UnreadableDocumentException extends IOException implements ErrorCode.Coded {

    private final ErrorCode code;

    public UnreadableDocumentException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable error code, e.g. {@link ErrorCode#PDF_CORRUPT} or {@link ErrorCode#PDF_ENCRYPTED}. */
    @Override
    public ErrorCode code() {
        return code;
    }
}
