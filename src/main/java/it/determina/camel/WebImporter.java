package it.determina.camel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches new determinations from a web page that links them: every link ending in {@code .pdf} or
 * {@code .p7m} not fetched before is downloaded into the inbox under a temporary name and renamed when
 * complete, so the drop folder never sees half a file. Fetched addresses are recorded on disk.
 */
public final class WebImporter {

    private static final Logger LOG = LoggerFactory.getLogger(WebImporter.class);
    // href="/atti/G04817.pdf", href='allegati/det 412.pdf.p7m'
    static final Pattern LINK = Pattern.compile("(?i)href\\s*=\\s*[\"']([^\"'#?]+\\.(?:pdf|p7m))(?:\\?[^\"']*)?[\"']");

    private final URI page;
    private final Path inbox;
    private final Path ledger;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public WebImporter(URI page, Path inbox, Path ledger) {
        this.page = Objects.requireNonNull(page, "page");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Downloads what is new; returns how many files were fetched. Throws on network or disk errors. */
    public synchronized int importNew() throws IOException, InterruptedException {
        Set<String> seen = seen();
        int fetched = 0;
        for (URI link : links(get(page, HttpResponse.BodyHandlers.ofString()))) {
            if (seen.contains(link.toString())) {
                continue;
            }
            download(link);
            Files.writeString(ledger, link + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            fetched++;
        }
        if (fetched > 0) {
            LOG.info("fetched {} new file(s) from {}", fetched, page);
        }
        return fetched;
    }

    Set<URI> links(String html) {
        Set<URI> out = new LinkedHashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            out.add(page.resolve(m.group(1).replace(" ", "%20")));
        }
        return out;
    }

    private void download(URI link) throws IOException, InterruptedException {
        String name = Path.of(link.getPath()).getFileName().toString();
        Files.createDirectories(inbox);
        Path part = inbox.resolve("." + name + ".part");
        try (InputStream in = get(link, HttpResponse.BodyHandlers.ofInputStream())) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private <T> T get(URI uri, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<T> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(), handler);
        if (r.statusCode() / 100 != 2) {
            throw new IOException(uri + " answered HTTP " + r.statusCode());
        }
        return r.body();
    }

    private Set<String> seen() throws IOException {
        Files.createDirectories(ledger.toAbsolutePath().getParent());
        return Files.exists(ledger) ? new LinkedHashSet<>(Files.readAllLines(ledger, StandardCharsets.UTF_8)) : new LinkedHashSet<>();
    }
}
