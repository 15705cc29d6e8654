package it.determina.inbox;

import it.determina.output.NameClaims;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Puts files into the inbox without ever replacing one that is there (issue 12, findings 1 and 2): the
 * content is first copied whole to a private folder outside the inbox, then linked in under the first
 * free name ({@code a.pdf}, {@code a~2.pdf}...), so the drop folder sees either nothing or the complete
 * file. A copy is bounded: past {@code maxBytes} it stops and throws {@link TooLargeException}, so a huge
 * download never fills the disk or the heap (finding 9). Thread-safe.
 */
public final class InboxWriter {

    private final Path inbox;
    private final Path partial;
    private final long maxBytes;

    /** {@code partial} must be on the inbox's file system (it is under the home folder by default). */
    public InboxWriter(Path inbox, Path partial, long maxBytes) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.partial = Objects.requireNonNull(partial, "partial");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** A copy stopped at the size limit. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Copies {@code in} (closed here) into the inbox as {@code name} or its first free suffix.
     *
     * @return the file placed in the inbox
     * @throws TooLargeException when the content passes the size limit (nothing is placed)
     * @throws IOException when reading or writing fails (nothing is placed)
     */
    public Path save(String name, InputStream in) throws IOException {
        Files.createDirectories(partial);
        Path part = partial.resolve(UUID.randomUUID() + ".part");
        try {
            try (InputStream source = in; OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                copyBounded(source, out, maxBytes, name);
            }
            return place(part, name);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Moves {@code file} into the inbox as {@code name} or its first free suffix; never replaces a file. */
    public Path place(Path file, String name) throws IOException {
        Files.createDirectories(inbox);
        String printable = NameClaims.printable(name);
        for (int n = 1; ; n++) {
            Path target = inbox.resolve(n == 1 ? printable : NameClaims.suffixed(printable, n));
            try {
                // a hard link fails when the name is taken, where a rename would replace the file there
                Files.createLink(target, file);
                Files.delete(file);
                return target;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (UnsupportedOperationException | IOException e) {
                if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                    return target;
                }
            }
        }
    }

    /** Copies at most {@code maxBytes}; one byte more and it throws. Returns the bytes copied. */
    public static long copyBounded(InputStream in, OutputStream out, long maxBytes, String what) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(what + ": larger than the limit of " + maxBytes / (1024 * 1024) + " MB; not taken");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
