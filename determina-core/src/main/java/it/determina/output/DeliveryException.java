package it.determina.output;

import it.determina.model.ErrorCode;
import java.io.IOException;

/**
 * Output could not be written (disk full, folder unavailable): a transient failure the routes retry,
 * unlike a bad document. The cause is chained.
 */
public final class DeliveryException extends IOException implements ErrorCode.Coded {

    public DeliveryException(String message, Exception cause) {
        super(message, cause);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.OUTPUT_UNWRITABLE;
    }
}
