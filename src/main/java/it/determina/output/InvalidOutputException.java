package it.determina.output;

/** A document the pipeline built does not validate against the contract's schema: a bug, never written. */
public final class InvalidOutputException extends Exception {

    public InvalidOutputException(String message) {
        super(message);
    }
}
