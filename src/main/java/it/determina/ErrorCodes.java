package it.determina;

import it.determina.layout.UnreadableDocumentException;
import it.determina.output.DeliveryException;
import it.determina.output.IdCollisionException;
import it.determina.output.InvalidOutputException;
import java.io.IOException;

/**
 * The one mapping from what went wrong with a file to the code written in its NAME.error.json, shared by
 * the {@code ingest} and {@code tables} commands and the drop-folder routes.
 *
 * <p>Codes of issue 12, thrown where they arise: {@code TIMEOUT}, {@code OUT_OF_MEMORY} and
 * {@code WORKER_CRASHED} when a document's worker process is killed or dies ({@code worker.WorkerPool});
 * {@code OUT_OF_MEMORY} also in this process ({@code Pipeline}); {@code OUTPUT_UNWRITABLE} for an output
 * that cannot be written ({@link DeliveryException}); {@code SYMLINK}, {@code HIDDEN_NAME} and
 * {@code NOT_A_FILE} for inbox entries the drop folder does not take ({@code camel.InboxSweeper}).
 */
public final class ErrorCodes {

    /** A work item whose stored file is gone while no outcome of its content was recorded (issue 13). */
    public static final String STORED_FILE_MISSING = "STORED_FILE_MISSING";
    /** A work item the broker dead-lettered: its deliveries killed or timed out workers too often (issue 13). */
    public static final String DEAD_LETTER = "DEAD_LETTER";
    /** A message on the work queue that is not a work item (issue 13). */
    public static final String BAD_WORK_ITEM = "BAD_WORK_ITEM";

    private ErrorCodes() {
    }

    /** The stable code of {@code cause}: the IngestException's own, else one per kind of failure. */
    public static String of(Throwable cause) {
        if (cause instanceof IngestException e) {
            return e.code();
        }
        if (cause instanceof UnreadableDocumentException e) {
            return e.code();
        }
        if (cause instanceof InvalidOutputException) {
            return "INVALID_OUTPUT";
        }
        if (cause instanceof IdCollisionException) {
            return "ID_COLLISION";
        }
        if (cause instanceof DeliveryException) {
            return "OUTPUT_UNWRITABLE";
        }
        if (cause instanceof IOException) {
            return "IO_ERROR";
        }
        return "INTERNAL_ERROR";
    }

    /** The message for the reader: as thrown for problems in the input, marked "bug:" for ours. */
    public static String message(Throwable cause) {
        String code = of(cause);
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return switch (code) {
            case "INTERNAL_ERROR" -> "bug: " + cause; // the exception's class says most about a bug
            case "INVALID_OUTPUT" -> "bug: " + text;
            default -> text;
        };
    }
}
