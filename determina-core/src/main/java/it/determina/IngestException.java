package it.determina;

import it.determina.model.ErrorCode;
import org.jspecify.annotations.Nullable;

/** A file that cannot be processed; {@link #code()} is stable, the message names the file and the cause. */
public final class IngestException extends Exception implements ErrorCode.Coded {

    private final ErrorCode code;

    public IngestException(ErrorCode code, @Nullable String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IngestException(ErrorCode code, @Nullable String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
