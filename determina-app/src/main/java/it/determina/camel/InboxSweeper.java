package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import it.determina.SafeText;
import it.determina.inbox.InboxWriter;
import it.determina.model.ErrorCode;
import it.determina.output.StandardJson;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the inbox honest (issue 12, deliverable 1): what the drop folder will never take is logged and
 * moved to {@code failed/} with a {@code NAME.error.json} giving the reason, never left there silently.
 * A symbolic link ({@code SYMLINK}) or a special file ({@code NOT_A_FILE}) goes at once; a folder
 * ({@code NOT_A_FILE}) or a dot-name ({@code HIDDEN_NAME}) once unchanged for {@code grace}, since a
 * writer may still be busy with it. Camel's own lock files are left alone.
 *
 * <p>It also owns the work folder files are moved to while processed ({@code preMove}): at start, what a
 * stopped process left there goes back to the inbox (without replacing anything) to be processed again.
 */
public final class InboxSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(InboxSweeper.class);
    private static final String CAMEL_LOCK = ".camelLock";

    private final Path inbox;
    private final Path work;
    private final Path failed;
    private final InputNames names;
    private final InboxWriter writer;
    private final StandardJson json;
    private final MeterRegistry metrics;
    private final Duration grace;
    private final Clock clock;

    public InboxSweeper(Path inbox, Path work, Path failed, InputNames names, InboxWriter writer, StandardJson json,
                        MeterRegistry metrics, Duration grace, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.work = Objects.requireNonNull(work, "work");
        this.failed = Objects.requireNonNull(failed, "failed");
        this.names = Objects.requireNonNull(names, "names");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.json = Objects.requireNonNull(json, "json");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Moves aside what the drop folder will not take; returns how many entries. */
    public synchronized int sweep() throws IOException {
        int moved = 0;
        for (Path entry : list(inbox)) {
            ErrorCode reason = reason(entry);
            if (reason != null) {
                setAside(entry, reason);
                moved++;
            }
        }
        removeEmptyWorkFolders();
        return moved;
    }

    /** Puts back into the inbox the files a stopped process was working on; returns how many. */
    public synchronized int recoverWork() throws IOException {
        int recovered = 0;
        for (Path folder : list(work)) {
            for (Path file : list(folder)) {
                Path placed = writer.place(file, file.getFileName().toString());
                LOG.info("{}: was being processed when the service stopped; back in the inbox as {}",
                        SafeText.of(file.getFileName()), SafeText.of(placed.getFileName()));
                recovered++;
            }
        }
        removeEmptyWorkFolders();
        return recovered;
    }

    private @Nullable ErrorCode reason(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (name.endsWith(CAMEL_LOCK)) {
            return null;
        }
        if (Files.isSymbolicLink(entry)) {
            return ErrorCode.SYMLINK;
        }
        boolean dir = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
        if (!dir && !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.NOT_A_FILE;
        }
        if (!dir && !name.startsWith(".")) {
            return null;
        }
        long age = clock.millis() - Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis();
        if (age < grace.toMillis()) {
            return null;
        }
        return dir ? ErrorCode.NOT_A_FILE : ErrorCode.HIDDEN_NAME;
    }

    private void setAside(Path entry, ErrorCode code) throws IOException {
        String original = entry.getFileName().toString();
        String name = names.claimUnread(original);
        String message = SafeText.of(original) + ": " + switch (code) {
            case SYMLINK -> "a symbolic link; the drop folder takes only files placed in it, never what a link points to";
            case HIDDEN_NAME -> "a hidden name (starting with a dot), which the drop folder never takes; rename it to process it";
            default -> "not a regular file (a folder or a device); the drop folder takes only files";
        };
        Files.createDirectories(failed);
        Files.move(entry, failed.resolve(name), LinkOption.NOFOLLOW_LINKS);
        json.writeError(name, code, message, failed.resolve(it.determina.output.OutputNames.base(name) + ".error.json"));
        metrics.counter("determina.inbox.set-aside", "reason", code.name()).increment();
        LOG.warn("{}: {} {}; moved to failed/ as {}", SafeText.of(original), code, message, name);
    }

    private void removeEmptyWorkFolders() throws IOException {
        for (Path folder : list(work)) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && list(folder).isEmpty()
                    && clock.millis() - Files.getLastModifiedTime(folder).toMillis() > 60_000) {
                Files.deleteIfExists(folder);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (java.nio.file.NoSuchFileException e) {
            return out;
        }
        return out;
    }
}
