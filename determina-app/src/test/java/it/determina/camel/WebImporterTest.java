package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.determina.inbox.InboxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import it.determina.output.db.Database;
import it.determina.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web import against real servers on loopback, under issue 12: clashes, bad links, size, other hosts. */
class WebImporterTest {

    private static final byte[] PDF_A = pdf("samples/profilo_addetto-al-servizio-clienti.pdf");
    private static final byte[] PDF_B = pdf("samples/lazio-percorso_operatore-assistenza-clienti.pdf");

    @TempDir
    Path tmp;

    private final List<HttpServer> servers = new java.util.ArrayList<>();
    private final AtomicInteger otherHostHits = new AtomicInteger();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    private static byte[] pdf(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpServer server() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        servers.add(s);
        s.start();
        return s;
    }

    private static void serve(HttpServer s, String path, byte[] body) {
        s.createContext(path, ex -> {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    private WebImporter importer(HttpServer s, Path inbox, long maxBytes, Set<String> allowed) {
        URI page = URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/page.html");
        IdempotentRepository links = FileIdempotentRepository.fileIdempotentRepository(
                tmp.resolve("state/imported-http.txt").toFile(), 1000);
        links.start();
        return new WebImporter(page, links, new InboxWriter(inbox, tmp.resolve("state/partial"), maxBytes),
                allowed, new ImportRuns("http", new SimpleMeterRegistry(), Clock.systemUTC()));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsTwoRemoteFilesOfTheSameNameAndNeverReplacesAFileInTheInbox() throws Exception {
        // finding 1: /2024/a.pdf and /2025/a.pdf ended as one a.pdf; finding 2: the importer replaced the inbox's a.pdf
        HttpServer s = server();
        serve(s, "/page.html", "<a href='/2024/a.pdf'>1</a><a href='/2025/a.pdf'>2</a>".getBytes(StandardCharsets.UTF_8));
        serve(s, "/2024/a.pdf", PDF_A);
        serve(s, "/2025/a.pdf", PDF_B);
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a.pdf"), "being processed");

        assertThat(importer(s, inbox, 1 << 30, Set.of()).importNew()).isEqualTo(2);

        assertThat(names(inbox)).containsExactly("a.pdf", "a~2.pdf", "a~3.pdf");
        assertThat(Files.readString(inbox.resolve("a.pdf"))).isEqualTo("being processed");
        assertThat(Files.readAllBytes(inbox.resolve("a~2.pdf"))).isEqualTo(PDF_A);
        assertThat(Files.readAllBytes(inbox.resolve("a~3.pdf"))).isEqualTo(PDF_B);
    }

    @Test
    void aBadLinkDoesNotStopTheOthersAndQueryStringsAndHiddenNamesAreKept() throws Exception {
        // finding 4: the first bad link stopped the run; ?id=1 and ?id=2 were one URL; /.hidden.pdf was never processed
        HttpServer s = server();
        int closed = RunningApp.freePort();
        serve(s, "/page.html", ("<a href='/missing.pdf'>404</a> <a href='http://127.0.0.1:" + closed + "/refused.pdf'>x</a>"
                + " <a href='file:///etc/passwd.pdf'>f</a> <a href='a|b.pdf'>m</a> <a href='/doc.pdf?id=1'>1</a>"
                + " <a href='/doc.pdf?id=2'>2</a> <a href='/.hidden.pdf'>h</a> <a href='/last.pdf'>l</a>").getBytes(StandardCharsets.UTF_8));
        s.createContext("/doc.pdf", ex -> {
            byte[] body = ex.getRequestURI().getQuery().equals("id=1") ? PDF_A : PDF_B;
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        s.createContext("/missing.pdf", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        serve(s, "/.hidden.pdf", PDF_A);
        serve(s, "/last.pdf", PDF_B);
        Path inbox = tmp.resolve("inbox");
        WebImporter importer = importer(s, inbox, 1 << 30, Set.of("127.0.0.1:" + closed));

        assertThat(importer.importNew()).isEqualTo(4);

        assertThat(names(inbox)).containsExactly("_hidden.pdf", "doc.pdf", "doc~2.pdf", "last.pdf");
        int port = s.getAddress().getPort();
        assertThat(Files.readAllLines(tmp.resolve("state/imported-http.txt"))).containsExactly(
                "http://127.0.0.1:" + port + "/doc.pdf?id=1", "http://127.0.0.1:" + port + "/doc.pdf?id=2",
                "http://127.0.0.1:" + port + "/.hidden.pdf", "http://127.0.0.1:" + port + "/last.pdf");
        assertThat(importer.importNew()).as("the failed links are tried again, the others not").isZero();
    }

    @Test
    void stopsADownloadAtTheSizeLimitWithoutHoldingItInMemory() throws Exception {
        // findings 8 and 9: a 600 MB answer exhausted the heap; a 300 MB link was downloaded whole
        HttpServer s = server();
        serve(s, "/page.html", "<a href='/huge.pdf'>huge</a><a href='/endless.pdf'>endless</a><a href='/ok.pdf'>ok</a>"
                .getBytes(StandardCharsets.UTF_8));
        s.createContext("/huge.pdf", ex -> {
            ex.sendResponseHeaders(200, 600L << 20);
            ex.close();
        });
        s.createContext("/endless.pdf", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[1 << 16];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 16 * 300; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the importer hung up at its limit
            }
        });
        serve(s, "/ok.pdf", PDF_A);
        Path inbox = tmp.resolve("inbox");

        assertThat(importer(s, inbox, 1L << 20, Set.of()).importNew()).isEqualTo(1);

        assertThat(names(inbox)).containsExactly("ok.pdf");
        assertThat(names(tmp.resolve("state/partial"))).isEmpty();
    }

    @Test
    void fetchesNothingFromAnotherHostNorThroughARedirectToOne() throws Exception {
        // finding 13: a redirect to another local port was fetched and processed
        HttpServer other = server();
        other.createContext("/secret.pdf", ex -> {
            otherHostHits.incrementAndGet();
            ex.sendResponseHeaders(200, PDF_A.length);
            ex.getResponseBody().write(PDF_A);
            ex.close();
        });
        String secret = "http://127.0.0.1:" + other.getAddress().getPort() + "/secret.pdf";
        HttpServer s = server();
        serve(s, "/page.html", ("<a href='/moved.pdf'>r</a><a href='" + secret + "'>direct</a><a href='/fine.pdf'>ok</a>")
                .getBytes(StandardCharsets.UTF_8));
        s.createContext("/moved.pdf", ex -> {
            ex.getResponseHeaders().add("Location", secret);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        s.createContext("/fine.pdf", ex -> {
            ex.getResponseHeaders().add("Location", "/really-fine.pdf");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        serve(s, "/really-fine.pdf", PDF_B);
        Path inbox = tmp.resolve("inbox");

        assertThat(importer(s, inbox, 1 << 30, Set.of()).importNew()).isEqualTo(1);

        assertThat(otherHostHits).hasValue(0);
        assertThat(names(inbox)).containsExactly("fine.pdf");
        assertThat(Files.readAllBytes(inbox.resolve("fine.pdf"))).isEqualTo(PDF_B);
    }

    @Test
    void recordsTheLinksInPostgresqlWhenGivenCamelsJdbcRepository() throws Exception {
        HttpServer s = server();
        serve(s, "/page.html", "<a href='/a.pdf'>a</a>".getBytes(StandardCharsets.UTF_8));
        serve(s, "/a.pdf", PDF_A);
        Path inbox = tmp.resolve("inbox");
        URI page = URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/page.html");
        try (TestDatabase db = TestDatabase.create("webimport"); Database database = Database.open(db.url(), 2)) {
            JdbcMessageIdRepository links = new JdbcMessageIdRepository(database.dataSource(), "determina-import-http");
            links.setCreateTableIfNotExists(false);
            links.start();
            WebImporter importer = new WebImporter(page, links, new InboxWriter(inbox, tmp.resolve("state/partial"), 1 << 30),
                    Set.of(), new ImportRuns("http", new SimpleMeterRegistry(), Clock.systemUTC()));

            assertThat(importer.importNew()).isEqualTo(1);
            assertThat(importer.importNew()).as("a link recorded is not fetched again").isZero();

            assertThat(names(inbox)).containsExactly("a.pdf");
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select messageid from camel_messageprocessed where processorname = 'determina-import-http'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(page.resolve("/a.pdf").toString());
                assertThat(rs.next()).isFalse();
            }
            links.stop();
        }
    }
}
