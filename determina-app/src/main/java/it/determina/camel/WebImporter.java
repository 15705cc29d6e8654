package it.determina.camel;

import it.determina.SafeText;
import it.determina.inbox.InboxWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.camel.spi.IdempotentRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches new determinations from a web page that links them: every {@code <a href>} whose path ends in
 * {@code .pdf} or {@code .p7m}, query string kept, not fetched before, is downloaded into the inbox
 * through {@link InboxWriter} (complete copies only, never replacing a file, at most
 * {@code determina.import.max-size-mb}). A link is recorded in {@code links}, Camel's idempotent
 * repository (a file under {@code state/}, or PostgreSQL), only once its copy is in the inbox. A link that fails or is refused is logged (once per process) and skipped; the others are still
 * tried (issue 12, finding 4). A run fails, for health, only when the page cannot be read; each link's
 * outcome is counted in {@code determina.import.links{source,outcome=fetched|failed|skipped}}.
 *
 * <p>Closed by default (finding 13): only {@code http} and {@code https}, only from the page's own host
 * and port or from {@code allowedHosts} ({@code host} or {@code host:port}). Redirects are not followed
 * blindly: each hop is checked by the same rule, at most {@value #MAX_REDIRECTS} hops.
 */
public final class WebImporter {

    private static final Logger LOG = LoggerFactory.getLogger(WebImporter.class);
    // "/atti/G04817.pdf", "allegati/det 412.pdf.p7m", "doc.pdf?id=1"
    static final Pattern DOCUMENT_PATH = Pattern.compile("(?i).*\\.(pdf|p7m)$");
    static final int MAX_REDIRECTS = 5;
    /** The page itself is read into memory: it may be at most this large. */
    static final long MAX_PAGE_BYTES = 10L * 1024 * 1024;

    private final URI page;
    private final IdempotentRepository links;
    private final InboxWriter inbox;
    private final Set<String> allowedHosts;
    private final ImportRuns runs;
    /** Links already warned about in this process: a link refused or failing again is logged at debug level. */
    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public WebImporter(URI page, IdempotentRepository links, InboxWriter inbox, Set<String> allowedHosts, ImportRuns runs) {
        this.page = Objects.requireNonNull(page, "page");
        this.links = Objects.requireNonNull(links, "links");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList());
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /**
     * Downloads what is new; returns how many files were fetched.
     *
     * @throws IOException when the page cannot be read (the route retries); a link's failure never throws
     */
    public synchronized int importNew() throws IOException, InterruptedException {
        String html;
        try {
            html = new String(get(page, MAX_PAGE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            runs.failed(e.getMessage());
            throw e;
        }
        int fetched = 0;
        for (String href : hrefs(html)) {
            URI link = link(href);
            if (link == null || links.contains(link.toString())) {
                continue;
            }
            try {
                Path placed = download(link);
                links.add(link.toString());
                LOG.info("imported {} from {}", SafeText.of(placed.getFileName()), SafeText.of(link));
                runs.link("fetched");
                fetched++;
            } catch (IOException e) {
                runs.link(e instanceof InboxWriter.TooLargeException || e instanceof RefusedException ? "skipped" : "failed");
                warnOnce(link.toString(), "{}: not imported ({}); the other links go on", SafeText.of(link), SafeText.of(e.getMessage()));
            }
        }
        runs.succeeded();
        return fetched;
    }

    /** The hrefs of the page's anchors, in order, without duplicates. */
    static Set<String> hrefs(String html) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : Jsoup.parse(html).select("a[href]")) {
            out.add(a.attr("href").trim());
        }
        return out;
    }

    /** The absolute address of a document link, or null (logged) when it is not one or is refused. */
    @Nullable URI link(String href) {
        URI uri;
        try {
            uri = page.resolve(new URI(encodeSpaces(href)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            warnOnce(href, "{}: not a valid link; skipped", SafeText.of(href), "");
            return null;
        }
        if (uri.getRawPath() == null || !DOCUMENT_PATH.matcher(uri.getPath()).matches()) {
            return null;
        }
        String refused = refusal(uri);
        if (refused != null) {
            warnOnce(uri.toString(), "{}: {}; skipped", SafeText.of(uri), refused);
            return null;
        }
        return uri;
    }

    private void warnOnce(String key, String format, Object first, Object second) {
        if (warned.add(key)) {
            LOG.warn(format, first, second);
        } else {
            LOG.debug(format, first, second);
        }
    }

    private static String encodeSpaces(String href) {
        return href.replace(" ", "%20");
    }

    /** Why {@code uri} may not be fetched, or null when it may. */
    @Nullable String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https are fetched, not '" + scheme + "'";
        }
        if (uri.getHost() == null) {
            return "no host";
        }
        if (origin(uri).equals(origin(page))) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host) || allowedHosts.contains(host + ":" + port(uri))) {
            return null;
        }
        return "host " + host + ":" + port(uri) + " is neither the page's nor in determina.import.http.allowed-hosts";
    }

    private static String origin(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private Path download(URI link) throws IOException, InterruptedException {
        String name = Path.of(link.getPath()).getFileName().toString();
        try (InputStream in = open(link)) {
            return inbox.save(name, in);
        }
    }

    private byte[] get(URI uri, long maxBytes) throws IOException, InterruptedException {
        try (InputStream in = open(uri); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            InboxWriter.copyBounded(in, out, maxBytes, uri.toString());
            return out.toByteArray();
        }
    }

    /** The body of {@code uri}, following at most {@value #MAX_REDIRECTS} redirects, each hop checked. */
    private InputStream open(URI start) throws IOException, InterruptedException {
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = r.statusCode();
            if (status / 100 == 2) {
                long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (length > inbox.maxBytes()) {
                    r.body().close();
                    throw new InboxWriter.TooLargeException(uri + ": " + length + " bytes announced, over the limit of "
                            + inbox.maxBytes() / (1024 * 1024) + " MB");
                }
                return r.body();
            }
            r.body().close();
            String location = r.headers().firstValue("Location").orElse(null);
            if (status / 100 != 3 || location == null) {
                throw new IOException(uri + " answered HTTP " + status);
            }
            URI next;
            try {
                next = uri.resolve(new URI(encodeSpaces(location)));
            } catch (URISyntaxException e) {
                throw new IOException(uri + " redirects to an invalid address", e);
            }
            String refused = refusal(next);
            if (refused != null) {
                throw new RefusedException(uri + " redirects to " + next + ", refused: " + refused);
            }
            uri = next;
        }
        throw new IOException(start + ": more than " + MAX_REDIRECTS + " redirects");
    }

    /** A redirect to an address the import may not fetch. */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }
}
