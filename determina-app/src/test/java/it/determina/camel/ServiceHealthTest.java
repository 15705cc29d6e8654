package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health that tells the truth and endpoints closed by default (issue 12, deliverables 4 and 5). */
class ServiceHealthTest {

    @TempDir
    Path home;

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void listensOnLoopbackOnlyAndShowsNoPathsEvenWhenAskedForEverything() throws Exception {
        // finding 11: health and metrics listened on all interfaces; ?exposureLevel=full showed routes and paths
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get(app, "/observe/health").startsWith("200"));
            assertThat(app.get("/observe/health?exposureLevel=full")).contains("\"determina\"", "UP")
                    .doesNotContain(home.toString(), home.toString().replace("/", "\\/"), "drop-folder");
            Optional<InetAddress> outside = nonLoopbackAddress();
            assumeTrue(outside.isPresent(), "no non-loopback address to try");
            assertThatThrownBy(() -> new Socket(outside.get(), app.port).close()).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void isDownWithTheReasonWhenAnImportKeepsFailingOrTheDropFolderStops() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/page.html", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        web.start();
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.retry.attempts", "0")
                .property("determina.import.http.enabled", "true")
                .property("determina.import.http.url", "http://127.0.0.1:" + web.getAddress().getPort() + "/page.html")
                .property("determina.import.http.cron", "0/1 * * * * ?"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> get(app, "/observe/health?exposureLevel=full").contains("import http failed"));
            assertThat(get(app, "/observe/health?exposureLevel=full")).startsWith("503").contains("DOWN", "runs in a row");
            assertThat(get(app, "/observe/metrics")).contains("determina_import_runs_total{outcome=\"failed\",source=\"http\"}")
                    .contains("determina_health_problems");

            app.context().getRouteController().stopRoute("import-http");
            app.context().getRouteController().stopRoute("drop-folder");
            assertThat(get(app, "/observe/health?exposureLevel=full")).startsWith("503").contains("the drop folder is not running");
        } finally {
            web.stop(0);
        }
    }

    @Test
    void isDownWhenTheImportSchedulerStopsFiring() throws Exception {
        // finding 8: the scheduler was killed while the process stayed up, and nothing said so
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/page.html", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        web.start();
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.health.stall-seconds", "3")
                .property("determina.import.http.enabled", "true")
                .property("determina.import.http.url", "http://127.0.0.1:" + web.getAddress().getPort() + "/page.html")
                .property("determina.import.http.cron", "0/1 * * * * ?"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get(app, "/observe/health").startsWith("200"));
            app.context().getComponent("quartz", org.apache.camel.component.quartz.QuartzComponent.class).getScheduler().standby();
            // on a loaded machine the drop folder may also be late for a moment: wait for the import's own reason
            await().atMost(Duration.ofSeconds(30)).until(() -> get(app, "/observe/health?exposureLevel=full").contains("import-http has not run since"));
            assertThat(get(app, "/observe/health")).startsWith("503");
            app.context().getComponent("quartz", org.apache.camel.component.quartz.QuartzComponent.class).getScheduler().start();
            await().atMost(Duration.ofSeconds(30)).until(() -> get(app, "/observe/health").startsWith("200"));
        } finally {
            web.stop(0);
        }
    }

    private static String get(RunningApp app, String path) {
        try {
            return app.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
