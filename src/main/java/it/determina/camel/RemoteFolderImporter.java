package it.determina.camel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what is new in a remote folder (any Camel file-like endpoint: FTP, FTPS, SFTP) into the inbox:
 * each file is written under a temporary name and renamed when complete, then the remote read is
 * committed, so the endpoint's persistent idempotent repository records it only once it is safe.
 */
public final class RemoteFolderImporter {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFolderImporter.class);

    private final CamelContext context;
    private final String uri;
    private final Path inbox;

    public RemoteFolderImporter(CamelContext context, String uri, Path inbox) {
        this.context = Objects.requireNonNull(context, "context");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    /** Copies every new remote file; returns how many. A connection failure throws (the route retries). */
    public synchronized int importNew() throws IOException {
        int fetched = 0;
        ConsumerTemplate consumer = context.createConsumerTemplate();
        try {
            Exchange exchange;
            while ((exchange = consumer.receive(uri, 2000)) != null) {
                if (exchange.getException() != null) {
                    throw new IOException("cannot read " + redacted(), exchange.getException());
                }
                String name = Path.of(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class)).getFileName().toString();
                save(name, exchange.getIn().getMandatoryBody(InputStream.class));
                consumer.doneUoW(exchange);
                LOG.info("imported {} from {}", name, redacted());
                fetched++;
            }
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new IOException("cannot read a file of " + redacted(), e);
        } finally {
            try {
                consumer.stop();
            } catch (RuntimeException e) {
                LOG.debug("stopping the consumer of {}", redacted(), e);
            }
        }
        return fetched;
    }

    private void save(String name, InputStream body) throws IOException {
        Files.createDirectories(inbox);
        Path part = inbox.resolve("." + name + ".part");
        try (InputStream in = body) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String redacted() {
        return uri.replaceAll("password=[^&]*", "password=xxx");
    }
}
