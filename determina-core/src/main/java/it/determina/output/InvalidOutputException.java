package it.determina.output;

import it.determina.model.ErrorCode;

/** A document the pipeline built does not validate against the contract's schema: a bug, never written. */
public final class InvalidOutputException extends Exception implements ErrorCode.Coded {

    public InvalidOutputException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_OUTPUT;
    }
}
