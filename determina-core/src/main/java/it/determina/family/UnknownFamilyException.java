package it.determina.family;

/** No registered family recognises a document (or an annex). */
public final class UnknownFamilyException extends Exception {

    public UnknownFamilyException(String message) {
        super(message);
    }
}
