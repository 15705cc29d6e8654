package it.determina.camel;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Which entries of the inbox the drop folder may take now (the file endpoint's {@code filter}): regular
 * files only, never a symbolic link (issue 12, finding 14: a link could read any file of the host), and a
 * PDF only once complete (finding 5). A file starting with {@code %PDF-} whose last KB holds no
 * {@code %%EOF} is still being written, and so is a file too short to show its type whose bytes are the
 * start of {@code %PDF-} (an empty file is one: a writer has created it and not yet written; taking it
 * then let the read lock wait on the first half of a file written in two, which came out PDF_CORRUPT).
 * Either is left for a later poll until it has been unchanged for {@code incompleteWait}, then taken and
 * judged (EMPTY_FILE, PDF_CORRUPT if it is truly cut short). Entries refused
 * here for good are moved aside by {@link InboxSweeper}. Thread-safe.
 */
public final class CompleteFiles implements GenericFileFilter<File> {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** PDF 32000-1, 7.5.5: the end-of-file marker is on the file's last line; trailing junk is common. */
    private static final int TAIL = 1024;

    private final Duration incompleteWait;
    private final Clock clock;

    public CompleteFiles(Duration incompleteWait, Clock clock) {
        this.incompleteWait = Objects.requireNonNull(incompleteWait, "incompleteWait");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return isTakeable(file.getFile().toPath());
    }

    /** Whether {@code path} is a regular file, not a link, and complete or waited for long enough. */
    public boolean isTakeable(Path path) {
        if (Files.isSymbolicLink(path) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            long age = clock.millis() - Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
            return age >= incompleteWait.toMillis() || !isUnfinishedPdf(path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A file that starts as a PDF and has no end-of-file marker yet, or whose few bytes (none included)
     * are the start of the PDF header.
     */
    static boolean isUnfinishedPdf(Path path) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
            long length = in.length();
            byte[] head = new byte[(int) Math.min(PDF_HEADER.length, length)];
            in.readFully(head);
            if (!Arrays.equals(head, Arrays.copyOf(PDF_HEADER, head.length))) {
                return false;
            }
            if (length < PDF_HEADER.length) {
                return true;
            }
            int n = (int) Math.min(TAIL, length);
            byte[] tail = new byte[n];
            in.seek(length - n);
            in.readFully(tail);
            return indexOf(tail, PDF_END) < 0;
        }
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
