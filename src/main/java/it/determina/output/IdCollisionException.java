package it.determina.output;

/**
 * A standard the output store cannot place: every id it could take is held by a different standard
 * (see {@link StandardStore}). The file's standards are not written; the input is refused, never retried.
 */
public final class IdCollisionException extends Exception {

    public IdCollisionException(String message) {
        super(message);
    }
}
