package it.determina.output.db;

/** The database cannot be reached, migrated or written; transient as a rule, so the caller may retry. */
public final class DatabaseException extends Exception {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
