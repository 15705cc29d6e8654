package it.determina.model;

import java.io.IOException;

/**
 * Why a file could not be processed: the {@code "error"} of its {@code NAME.error.json}, of a failure row
 * in PostgreSQL and of a document worker's reply. The names are the stable strings written (the README's
 * "Error codes" table says what each means); a problem in the data itself is a {@link FlagCode}, not an
 * error. An exception that stands for one code implements {@link Coded}; {@link #of(Throwable)} is the one
 * mapping from what went wrong to its code, shared by the {@code ingest} and {@code tables} commands, the
 * drop-folder routes and the queue workers.
 */
public enum ErrorCode {
    /** The file cannot be read (permissions, gone, an I/O failure while reading). */
    FILE_UNREADABLE,
    /** The file has 0 bytes. */
    EMPTY_FILE,
    /** The content (by Apache Tika, not the name) is not a PDF nor a signed envelope holding one. */
    NOT_A_PDF,
    /** PDFBox cannot read the PDF or one of its pages. */
    PDF_CORRUPT,
    /** The PDF is password-protected. */
    PDF_ENCRYPTED,
    /** No page has text, and OCR read nothing. */
    NO_TEXT_LAYER,
    /** Larger than {@code --max-size-mb} / {@code determina.max-size-mb}. */
    FILE_TOO_LARGE,
    /** More pages than {@code --max-pages} / {@code determina.max-pages}. */
    TOO_MANY_PAGES,
    /** Not done within {@code --timeout} / {@code determina.timeout-seconds}; the batch goes on. */
    TIMEOUT,
    /** The process was stopped while the file was being read. */
    INTERRUPTED,
    /** A {@code .p7m} that is not a readable CAdES envelope. */
    P7M_CORRUPT,
    /** A {@code .p7m} holding no document (a detached signature). */
    P7M_NO_CONTENT,
    /** A signed envelope whose signature does not match its content (tampered). */
    SIGNATURE_INVALID,
    /** No page matches a known layout (family). */
    UNKNOWN_FAMILY,
    /** An image or stream that decodes to more than the heap (of this process or of its worker). */
    OUT_OF_MEMORY,
    /** {@code run}: the worker process reading the document died, or none could be started. */
    WORKER_CRASHED,
    /** The output cannot be written (read-only or full disk, folder gone); that input only fails. */
    OUTPUT_UNWRITABLE,
    /** {@code run}: every id a standard could take is held by a different standard. */
    ID_COLLISION,
    /** A bug: the standards built do not validate against the contract's schema; nothing is written. */
    INVALID_OUTPUT,
    /** An I/O failure with no more precise code. */
    IO_ERROR,
    /** A bug in determina; the message names the exception. */
    INTERNAL_ERROR,
    /** {@code run}: an inbox entry that is a symbolic link, set aside to {@code failed/}. */
    SYMLINK,
    /** {@code run}: an inbox entry whose name starts with a dot, set aside after the grace period. */
    HIDDEN_NAME,
    /** {@code run}: an inbox entry that is a folder or a device, set aside. */
    NOT_A_FILE,
    /** Queue worker: the stored file of a work item is gone and no outcome of its content was recorded. */
    STORED_FILE_MISSING,
    /** Queue worker: the broker dead-lettered the item, its deliveries killed or timed out workers too often. */
    DEAD_LETTER,
    /** Queue worker: a message on the work queue that is not a work item. */
    BAD_WORK_ITEM;

    /** An exception that stands for one error code. */
    public interface Coded {
        ErrorCode code();
    }

    /** The code of {@code cause}: its own when {@link Coded}, else {@link #IO_ERROR} or {@link #INTERNAL_ERROR}. */
    public static ErrorCode of(Throwable cause) {
        if (cause instanceof Coded coded) {
            return coded.code();
        }
        return cause instanceof IOException ? IO_ERROR : INTERNAL_ERROR;
    }

    /** The message for the reader: as thrown for problems in the input, marked "bug:" for ours. */
    public static String message(Throwable cause) {
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return switch (of(cause)) {
            case INTERNAL_ERROR -> "bug: " + cause; // the exception's class says most about a bug
            case INVALID_OUTPUT -> "bug: " + text;
            default -> text;
        };
    }
}
