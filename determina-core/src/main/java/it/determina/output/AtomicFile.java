package it.determina.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the target's own folder
 * ({@code .determina-*.tmp}, same file system), is flushed to the disk ({@code fsync}), then renamed over
 * the target in one step ({@code ATOMIC_MOVE}), and the folder is synced so the rename survives a crash.
 * A reader sees the old file or the new one, never half of one; a failed write leaves the old file and no
 * temporary file. The file is readable by all ({@code rw-r--r--}) where the file system has POSIX
 * permissions, as a plain file written in place would be.
 */
public final class AtomicFile {

    /**
     * Writes the content of a file to {@code out}; it may close {@code out}, which only flushes. It may
     * also throw {@code E}, its own checked exception (a content found invalid while written), which
     * leaves the target unchanged like any failure.
     */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} (creating its folders) with what {@code content} writes.
     *
     * @throws IOException when the content cannot be written or moved in place; {@code target} is unchanged
     * @throws E when {@code content} throws it; {@code target} is unchanged
     */
    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path dir = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file has a folder");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".determina-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024) {
                    @Override
                    public void close() throws IOException {
                        flush(); // Jackson closes its target; the channel must stay open for force()
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #write(Path, Content)} of {@code text} in UTF-8. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Flushes the folder's entries, so that the rename itself is on the disk. Linux allows this; where a
     * file system or system refuses to open a folder for it, the rename is left to the system's own flush.
     */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (e.g. Windows): the file's content is synced, the rename is the system's
        }
    }
}
