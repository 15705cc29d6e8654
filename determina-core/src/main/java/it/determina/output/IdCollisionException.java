package it.determina.output;

import it.determina.model.ErrorCode;

/**
 * A standard the output store cannot place: every id it could take is held by a different standard
 * (see {@link StandardStore}). The file's standards are not written; the input is refused, never retried.
 */
public final class IdCollisionException extends Exception implements ErrorCode.Coded {

    public IdCollisionException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.ID_COLLISION;
    }
}
