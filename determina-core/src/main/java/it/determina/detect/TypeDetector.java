package it.determina.detect;

import it.determina.intake.IncomingFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.Tika;

/**
 * Detects a file's media type from its content with Apache Tika (magic bytes first, the name only as
 * a hint), so that a PNG renamed ".pdf" is recognised as a PNG. A file that opens with a PDF header
 * ({@code %PDF-}, or the same after a UTF-8 byte order mark: Tika's own highest-priority PDF magic, in
 * {@code tika-mimetypes.xml}) is a PDF without asking Tika, whose detector takes a few hundred
 * milliseconds to set up (issue 14); every other file goes to Tika, set up on first need. The one name
 * that refines a PDF header in Tika's table, {@code *.ai} (Illustrator, a subclass of PDF), goes to Tika
 * too. Thread-safe.
 */
public final class TypeDetector {

    public static final String PDF = "application/pdf";

    /** Tika's magic for a PDF at offset 0. */
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The same after a UTF-8 byte order mark. */
    private static final byte[] BOM_PDF_HEADER = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '%', 'P', 'D', 'F', '-'};

    /** Tika's facade, made when a file without a PDF header is first met. */
    private static final class Full {
        static final Tika TIKA = new Tika();
    }

    /** The media type, e.g. "application/pdf"; throws the read's {@link IOException}. */
    public String detect(IncomingFile file) throws IOException {
        return detect(file.path());
    }

    /** The media type of the file at {@code path}, read from its first bytes (no hashing). */
    public String detect(Path path) throws IOException {
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(BOM_PDF_HEADER.length);
            if (hasPdfHeader(head) && !name.toLowerCase(Locale.ROOT).endsWith(".ai")) {
                return PDF;
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return Full.TIKA.detect(in, name);
        }
    }

    /** True when {@code head} (the file's first bytes) starts with a PDF header. */
    static boolean hasPdfHeader(byte[] head) {
        return startsWith(head, PDF_HEADER) || startsWith(head, BOM_PDF_HEADER);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
