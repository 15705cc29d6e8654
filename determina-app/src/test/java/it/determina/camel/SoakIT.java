package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import it.determina.testing.HostileDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Soak and fault test of the real daemon (issue 12, deliverable 7): {@code run} in its own process, fed at
 * once by the inbox, a web page and an FTP folder on loopback, with clashing names (points 1-3 of the
 * issue), a slow writer, a runaway document, an oversized download, a redirect to another host, a link to
 * a file outside the inbox, a name holding a newline, and a SIGKILL in the middle of the batch. Every input
 * must end processed or failed with its reason, exactly once; the other host is never contacted; no
 * password and no forged line reach the log; the restarted daemon is healthy at the end.
 */
class SoakIT {

    private static final Logger LOG = LoggerFactory.getLogger(SoakIT.class);
    private static final int BATCH = 16;
    private static final String FORGED = "INFO drop-folder - forged.pdf: processed";

    @TempDir
    Path tmp;

    private Path home;
    private final AtomicInteger otherHostHits = new AtomicInteger();
    private final List<Path> logs = new ArrayList<>();

    @Test
    void everyInputEndsProcessedOrFailedWithItsReasonExactlyOnce() throws Exception {
        long started = System.nanoTime();
        home = tmp.resolve("home");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Set<String> archived = new HashSet<>();
        for (int i = 0; i < BATCH; i++) {
            unique(samples.get(i % samples.size()), inbox.resolve("input-" + i + ".pdf"), "batch " + i);
            archived.add("input-" + i + ".pdf");
        }
        HttpServer other = server();
        other.createContext("/", ex -> {
            otherHostHits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        HttpServer web = webSite(samples, other.getAddress().getPort());
        FtpServer ftp = ftpFolder(samples);

        try {
            Process first = start(web.getAddress().getPort(), ftpPort);
            await().atMost(Duration.ofSeconds(240)).until(() -> archivedNames().size() >= 4);
            first.destroyForcibly().waitFor();
            assertThat(archivedNames().size()).as("killed mid-batch").isLessThan(BATCH + 4);

            Process second = start(web.getAddress().getPort(), ftpPort);
            try {
                HostileDocuments.nestedForms(tmp.resolve("spin.pdf"), 16, 4);
                Files.copy(tmp.resolve("spin.pdf"), inbox.resolve("spin.pdf"));
                Files.createSymbolicLink(inbox.resolve("link.pdf"), samples.get(0).toAbsolutePath());
                unique(samples.get(1), inbox.resolve("evil\n" + FORGED + ".pdf"), "newline");
                archived.add("evil_" + FORGED + ".pdf");
                slowWriter(samples.get(2), inbox.resolve("slow.pdf"));
                archived.add("slow.pdf");
                await().atMost(Duration.ofSeconds(240)).until(() -> archivedNames().contains("input-0.pdf"));
                unique(samples.get(3), inbox.resolve("input-0.pdf"), "same name, later");
                archived.add("input-0~2.pdf");
                archived.addAll(List.of("a.pdf", "a~2.pdf", "b.pdf", "b~2.pdf"));

                await().atMost(Duration.ofSeconds(300)).until(() -> archivedNames().size() >= archived.size()
                        && Files.exists(home.resolve("failed/spin.error.json")) && pdfsIn(inbox) == 0);
                // and nothing more is archived (no input processed twice)
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> archivedNames().size() == archived.size());

                assertThat(archivedNames()).containsExactlyInAnyOrderElementsOf(archived);
                for (String name : archived) {
                    assertThat(home.resolve("output/by-file/" + name.replaceFirst("(?i)\\.pdf$", ".json"))).exists();
                }
                List<String> recorded = Files.readAllLines(home.resolve("state/processed-sha256.txt"));
                assertThat(recorded).hasSize(archived.size()).doesNotHaveDuplicates();
                assertThat(error("spin.error.json")).isEqualTo("TIMEOUT");
                assertThat(error("link.error.json")).isEqualTo("SYMLINK");
                assertThat(failedNames()).containsExactlyInAnyOrder("spin.pdf", "spin.error.json", "link.pdf", "link.error.json");
                assertThat(otherHostHits).as("the other host is never contacted").hasValue(0);
                assertThat(RunningApp.files(home.resolve("state/work"))).isEmpty();
                assertThat(Files.readAllLines(home.resolve("state/imported-http.txt"))).hasSize(2);
                String health = get(ports.get(1), "/observe/health");
                assertThat(health).startsWith("200").contains("UP");
                assertThat(get(ports.get(1), "/observe/metrics")).contains("determina_workers_killed_total{reason=\"TIMEOUT\"} 1.0")
                        .contains("determina_import_links_total{outcome=\"skipped\",source=\"http\"}")
                        .contains("determina_health_problems 0.0");
            } finally {
                second.destroy();
                second.waitFor();
            }
            String log = String.join("\n", logs.stream().map(SoakIT::read).toList());
            assertThat(log).doesNotContain("secret").contains("imported");
            assertThat(log.lines().filter(l -> l.startsWith(FORGED))).as("no forged line").isEmpty();
            LOG.info("soak: {} inputs archived, 2 failed with their reason, 1 SIGKILL, {} s", archived.size(),
                    (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            web.stop(0);
            other.stop(0);
            ftp.stop();
        }
    }

    private static void unique(Path sample, Path target, String note) throws IOException {
        Files.copy(sample, tmpCopy(target));
        Files.writeString(tmpCopy(target), "\n% " + note + "\n", StandardOpenOption.APPEND);
        Files.move(tmpCopy(target), target);
    }

    private static Path tmpCopy(Path target) {
        return target.resolveSibling(".." + Math.abs(target.getFileName().toString().hashCode()) + ".tmp");
    }

    private static void slowWriter(Path sample, Path target) throws Exception {
        byte[] pdf = Files.readAllBytes(sample);
        Files.write(target, Arrays.copyOf(pdf, pdf.length / 2));
        Thread.sleep(3000);
        Files.write(target, Arrays.copyOfRange(pdf, pdf.length / 2, pdf.length), StandardOpenOption.APPEND);
    }

    private HttpServer server() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.start();
        return s;
    }

    private HttpServer webSite(List<Path> samples, int otherPort) throws IOException {
        HttpServer web = server();
        String page = "<a href='/2024/a.pdf'>a</a> <a href='/huge.pdf'>huge</a> <a href='/moved.pdf'>moved</a>"
                + " <a href='http://127.0.0.1:" + otherPort + "/direct.pdf'>other</a> <a href='/2025/a.pdf'>a</a>";
        serve(web, "/page.html", page.getBytes(StandardCharsets.UTF_8));
        serve(web, "/2024/a.pdf", withNote(samples.get(4), "web 2024"));
        serve(web, "/2025/a.pdf", withNote(samples.get(5), "web 2025"));
        web.createContext("/moved.pdf", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + otherPort + "/moved.pdf");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        web.createContext("/huge.pdf", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[1 << 16];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 16 * 600; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the importer hung up at its limit
            }
        });
        return web;
    }

    private static byte[] withNote(Path sample, String note) throws IOException {
        byte[] pdf = Files.readAllBytes(sample);
        byte[] tail = ("\n% " + note + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(pdf, pdf.length + tail.length);
        System.arraycopy(tail, 0, out, pdf.length, tail.length);
        return out;
    }

    private static void serve(HttpServer s, String path, byte[] body) {
        s.createContext(path, ex -> {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    private int ftpPort;

    private FtpServer ftpFolder(List<Path> samples) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ftp"));
        Path remote = Files.createDirectories(root.resolve("determinazioni"));
        Files.write(Files.createDirectories(remote.resolve("2024")).resolve("b.pdf"), withNote(samples.get(6), "ftp 2024"));
        Files.write(Files.createDirectories(remote.resolve("2025")).resolve("b.pdf"), withNote(samples.get(0), "ftp 2025"));
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        Files.createFile(root.resolve("users.properties"));
        users.setFile(root.resolve("users.properties").toFile());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName("determina");
        user.setPassword("secret");
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        ftpPort = RunningApp.freePort();
        listener.setPort(ftpPort);
        factory.addListener("default", listener.createListener());
        factory.setUserManager(manager);
        FtpServer server = factory.createServer();
        server.start();
        return server;
    }

    private final List<Integer> ports = new ArrayList<>();

    private Process start(int webPort, int ftpPort) throws Exception {
        int port = RunningApp.freePort();
        ports.add(port);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "it.determina.Main", "run",
                "--home", home.toString(), "--routes", "routes", "--workers", "2", "--port", String.valueOf(port),
                "-Ddetermina.poll-delay=200", "-Ddetermina.read-lock-min-age=300", "-Ddetermina.incomplete-wait-seconds=30",
                "-Ddetermina.inbox.sweep-ms=500", "-Ddetermina.timeout-seconds=20", "-Ddetermina.worker.heap-mb=512",
                "-Ddetermina.import.max-size-mb=2", "-Ddetermina.retry.attempts=0",
                "-Ddetermina.import.http.enabled=true", "-Ddetermina.import.http.cron=0/2 * * * * ?",
                "-Ddetermina.import.http.url=http://127.0.0.1:" + webPort + "/page.html",
                "-Ddetermina.import.ftp.enabled=true", "-Ddetermina.import.ftp.cron=1/2 * * * * ?",
                "-Ddetermina.import.ftp.uri=ftp://determina:secret@127.0.0.1:" + ftpPort
                        + "/determinazioni?binary=true&passiveMode=true&noop=true&recursive=true");
        Path log = home.resolve("run-" + logs.size() + ".log");
        logs.add(log);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private List<String> archivedNames() {
        return RunningApp.files(home.resolve("archive")).stream().map(p -> p.getFileName().toString()).toList();
    }

    private List<String> failedNames() {
        try (Stream<Path> s = Files.list(home.resolve("failed"))) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String error(String name) throws IOException {
        return new ObjectMapper().readTree(home.resolve("failed").resolve(name).toFile()).path("error").asText();
    }

    private static long pdfsIn(Path inbox) {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".camelLock")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
