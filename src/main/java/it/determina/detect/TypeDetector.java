package it.determina.detect;

import it.determina.intake.IncomingFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.Tika;

/**
 * Detects a file's media type from its content with Apache Tika (magic bytes first, the name only as
 * a hint), so that a PNG renamed ".pdf" is recognised as a PNG. Thread-safe.
 */
public final class TypeDetector {

    public static final String PDF = "application/pdf";

    private final Tika tika = new Tika();

    /** The media type, e.g. "application/pdf"; throws the read's {@link IOException}. */
    public String detect(IncomingFile file) throws IOException {
        return detect(file.path());
    }

    /** The media type of the file at {@code path}, read from its first bytes (no hashing). */
    public String detect(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return tika.detect(in, path.getFileName().toString());
        }
    }
}
