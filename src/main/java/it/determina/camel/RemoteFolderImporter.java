package it.determina.camel;

import it.determina.SafeText;
import it.determina.inbox.InboxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what is new in a remote folder (any Camel file-like endpoint: FTP, FTPS, SFTP) into the inbox
 * through {@link InboxWriter}: each file is copied whole (at most {@code determina.import.max-size-mb},
 * streamed, never held in memory), placed without replacing any file, under its name or a free suffix
 * when two remote folders hold the same name (issue 12, finding 1). Only then is the remote read
 * committed, so the endpoint's persistent idempotent repository records it once it is safe. A file over
 * the limit is skipped, logged, and not recorded. The address is logged with its credentials masked
 * (finding 12).
 */
public final class RemoteFolderImporter {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFolderImporter.class);

    private final CamelContext context;
    private final String uri;
    private final InboxWriter inbox;
    private final ImportRuns runs;

    public RemoteFolderImporter(CamelContext context, String uri, InboxWriter inbox, ImportRuns runs) {
        this.context = Objects.requireNonNull(context, "context");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** Copies every new remote file; returns how many. A connection failure throws (the route retries). */
    public synchronized int importNew() throws IOException {
        try {
            int fetched = fetchAll();
            runs.succeeded();
            return fetched;
        } catch (IOException | RuntimeException e) {
            runs.failed(masked(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private int fetchAll() throws IOException {
        int fetched = 0;
        ConsumerTemplate consumer = context.createConsumerTemplate();
        try {
            Exchange exchange;
            while ((exchange = consumer.receive(uri, 2000)) != null) {
                if (exchange.getException() != null) {
                    throw new IOException("cannot read " + masked(uri) + ": " + masked(String.valueOf(exchange.getException().getMessage())));
                }
                String remote = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
                if (copy(consumer, exchange, remote)) {
                    fetched++;
                }
            }
        } finally {
            try {
                consumer.stop();
            } catch (RuntimeException e) {
                LOG.debug("stopping the consumer of {}", masked(uri), e);
            }
        }
        return fetched;
    }

    /**
     * Copies one remote file and commits its read (the idempotent repository records it then); false when
     * it was skipped as too large: released as failed, so it is not recorded.
     */
    private boolean copy(ConsumerTemplate consumer, Exchange exchange, String remote) throws IOException {
        String name = Path.of(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class)).getFileName().toString();
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
        try {
            if (length != null && length > inbox.maxBytes()) {
                throw new InboxWriter.TooLargeException(remote + ": " + length + " bytes, over the limit of "
                        + inbox.maxBytes() / (1024 * 1024) + " MB");
            }
            Path placed = inbox.save(name, exchange.getIn().getMandatoryBody(InputStream.class));
            consumer.doneUoW(exchange);
            runs.link("fetched");
            LOG.info("imported {} as {} from {}", SafeText.of(remote), SafeText.of(placed.getFileName()), masked(uri));
            return true;
        } catch (InboxWriter.TooLargeException e) {
            exchange.setException(e);
            consumer.doneUoW(exchange);
            runs.link("skipped");
            LOG.warn("{}: skipped ({})", SafeText.of(remote), SafeText.of(e.getMessage()));
            return false;
        } catch (IOException | org.apache.camel.InvalidPayloadException e) {
            exchange.setException(e);
            consumer.doneUoW(exchange);
            throw new IOException("cannot copy " + SafeText.of(remote) + " of " + masked(uri) + ": " + e.getMessage(), e);
        }
    }

    /** {@code text} with the passwords of any address in it masked: user info and password parameters. */
    static String masked(String text) {
        return SafeText.of(URISupport.sanitizeUri(text));
    }
}
