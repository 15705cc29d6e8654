package it.determina.output;

import java.io.IOException;

/**
 * Output could not be written (disk full, folder unavailable): a transient failure the routes retry,
 * unlike a bad document. The cause is chained.
 */
public final class DeliveryException extends IOException {

    public DeliveryException(String message, Exception cause) {
        super(message, cause);
    }
}
