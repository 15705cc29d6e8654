package it.determina.camel;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;

/** The real {@code run} application started in this JVM on a temporary home, for route tests. */
final class RunningApp implements AutoCloseable {

    final Path home;
    final int port;
    private final Main main;
    private final Thread thread;

    RunningApp(Path home, Launcher launcher) throws Exception {
        this.home = home;
        this.port = freePort();
        this.main = launcher.port(port).property("determina.poll-delay", "200")
                .property("determina.read-lock-min-age", "300").property("determina.incomplete-wait-seconds", "3")
                .property("determina.inbox.sweep-ms", "500").build();
        this.thread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "determina-under-test");
        thread.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> main.getCamelContext() != null
                && main.getCamelContext().getStatus() == ServiceStatus.Started);
    }

    org.apache.camel.CamelContext context() {
        return main.getCamelContext();
    }

    static Launcher launcher(Path home) {
        return new Launcher(home).routes(Path.of("routes")).workers(2);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // the routes create and delete lock files while we look: a walk that meets a vanished file is done again
        while (true) {
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
            } catch (IOException e) {
                return List.of();
            }
        }
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Override
    public void close() throws Exception {
        main.completed();
        thread.join(30_000);
    }
}
