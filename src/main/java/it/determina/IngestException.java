package it.determina;

import it.determina.model.ErrorCode;

/** A file that cannot be processed; {@link #code()} is stable, the message names the file and the cause. */
public final class IngestException extends Exception implements ErrorCode.Coded {

    private final ErrorCode code;

    public IngestException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IngestException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
