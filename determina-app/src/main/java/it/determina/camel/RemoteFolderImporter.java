package it.determina.camel;

import it.determina.SafeText;
import it.determina.inbox.InboxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.util.URISupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the FTP/SFTP import route ({@code routes/import.camel.yaml}, route {@code import-ftp}) calls: the
 * route's file consumer lists the remote folder at each scheduled run and streams each file not yet in
 * its idempotent repository; {@link #save} copies it whole into the inbox through {@link InboxWriter}
 * (never held in memory, never replacing a file: a name two remote folders share takes a free suffix,
 * issue 12, finding 1). The consumer records the file in its repository only once the route is done, so
 * a copy that failed is tried again at the next run.
 *
 * <p>Also the consumer's filter and poll strategy: a file larger than {@code determina.import.max-size-mb}
 * (by its listed size) is skipped, logged and counted, and not recorded; a run that could not reach the
 * folder (after the consumer's reconnection attempts) or failed to copy a file counts as failed in
 * {@link ImportRuns}, for health. Addresses are logged with their credentials masked (finding 12).
 * Thread-safe.
 */
public final class RemoteFolderImporter implements GenericFileFilter<Object>, PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFolderImporter.class);

    private final InboxWriter inbox;
    private final ImportRuns runs;
    /** Why a file of the current run could not be copied, or null while none failed. */
    private @Nullable String runFailure;

    public RemoteFolderImporter(InboxWriter inbox, ImportRuns runs) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /**
     * Copies one remote file ({@code content}, closed here) into the inbox as {@code name} or a free suffix.
     *
     * @param remote the file's path in the remote folder, for the log
     * @return the file placed in the inbox
     * @throws IOException when the copy fails or passes the size limit (nothing is placed; the route fails
     *     the exchange, so the file is not recorded)
     */
    public Path save(InputStream content, String remote, String name) throws IOException {
        Path placed = inbox.save(Path.of(name).getFileName().toString(), content);
        runs.link("fetched");
        LOG.info("imported {} as {}", SafeText.of(remote), SafeText.of(placed.getFileName()));
        return placed;
    }

    /** Records that {@code remote} could not be copied: the run counts as failed; the file is tried again. */
    public synchronized void failed(String remote, Exception cause) {
        boolean tooLarge = cause instanceof InboxWriter.TooLargeException;
        runs.link(tooLarge ? "skipped" : "failed");
        String reason = tooLarge ? String.valueOf(cause.getMessage()) : cause.toString(); // the class says what failed
        String message = SafeText.of(remote) + ": not imported (" + masked(reason) + ")";
        LOG.warn("{}; tried again at the next run", message);
        if (!tooLarge) {
            runFailure = message;
        }
    }

    /** Takes every folder and every file within the size limit; a larger file is skipped and logged. */
    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory() || file.getFileLength() <= inbox.maxBytes()) {
            return true;
        }
        runs.link("skipped");
        LOG.warn("{}: skipped ({} bytes, over the limit of {} MB); not recorded", SafeText.of(file.getRelativeFilePath()),
                file.getFileLength(), inbox.maxBytes() / (1024 * 1024));
        return false;
    }

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        runFailure = null;
        return true;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (runFailure == null) {
            runs.succeeded();
        } else {
            runs.failed(runFailure);
        }
    }

    /** The folder could not be listed or reached: the run failed; the next scheduled run tries again. */
    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        String message = masked(String.valueOf(cause.getMessage()));
        runs.failed(message);
        LOG.error("import from {} failed: {}; the next scheduled run will try again", masked(endpoint.getEndpointBaseUri()), message);
        return false;
    }

    /** {@code text} with the passwords of any address in it masked: user info and password parameters. */
    static String masked(String text) {
        return SafeText.of(URISupport.sanitizeUri(text));
    }
}
