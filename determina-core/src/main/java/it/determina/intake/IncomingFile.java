package it.determina.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A file taken in: where it is, its SHA-256 (hex) and size in bytes. */
public record IncomingFile(Path path, String sha256, long size) {

    public IncomingFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads and hashes {@code path}; an unreadable file throws the {@link IOException} of the read. */
    public static IncomingFile of(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long size = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                size += n;
            }
        }
        return new IncomingFile(path, HexFormat.of().formatHex(digest.digest()), size);
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
