package it.determina.camel.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.camel.Launcher;
import it.determina.testing.TestDatabase;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} without a role, the database switched on by properties: the output folder goes to PostgreSQL too. */
class RunDatabaseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void theDropFolderOutputAndItsFailuresReachTheDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create("run")) {
            Main run = new Launcher(home).routes(Path.of("routes")).workers(1).port(freePort())
                    .property("determina.db.enabled", "true").property("determina.db.url", db.url())
                    .property("determina.poll-delay", "200").property("determina.read-lock-min-age", "200")
                    // an empty file may be a PDF being written: it is taken once unchanged this long
                    .property("determina.incomplete-wait-seconds", "3").build();
            Thread thread = new Thread(() -> {
                try {
                    run.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "run-under-test");
            thread.start();
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> run.getCamelContext() != null && run.getCamelContext().getStatus() == ServiceStatus.Started);
                assertThat(run.getCamelContext().getRoute("database-standards")).isNotNull();
                Path inbox = Files.createDirectories(home.resolve("inbox"));
                Files.copy(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"), inbox.resolve("lazio.pdf"));
                Files.createFile(inbox.resolve("empty.pdf"));

                await().atMost(Duration.ofSeconds(90)).until(() -> text(db, "select count(*) from standard").equals("1") && text(db, "select count(*) from failure").equals("1"));

                JsonNode inFile = MAPPER.readTree(home.resolve("output/by-file/lazio.json").toFile()).get(0);
                assertThat(MAPPER.readTree(text(db, "select document::text from standard"))).isEqualTo(inFile);
                assertThat(text(db, "select code from failure where file = 'empty.pdf'")).isEqualTo("EMPTY_FILE");
                assertThat(text(db, "select count(*) from standard_version")).isEqualTo("1");
            } finally {
                run.completed();
                thread.join(30_000);
            }
        }
    }

    private static String text(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        } catch (java.sql.SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return ""; // not migrated yet
            }
            throw e;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
