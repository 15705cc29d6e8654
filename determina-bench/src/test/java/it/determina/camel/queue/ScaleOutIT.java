package it.determina.camel.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.determina.bench.QueueCluster;
import it.determina.intake.IncomingFile;
import it.determina.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: a scanner and 3 worker JVMs on the real RabbitMQ and PostgreSQL of this machine,
 * 60 documents, one worker SIGKILLed mid-run (its process and the JVM it converts in). Every document ends
 * exactly once in PostgreSQL. Here beside
 * bench-queue, whose process cluster ({@link QueueCluster}) it runs.
 */
class ScaleOutIT {

    private static final int DOCUMENTS = 60;
    private static final String BROKER = System.getenv().getOrDefault("DETERMINA_TEST_AMQP", "amqp://guest:guest@127.0.0.1:5672");
    private static final List<String> SAMPLES = List.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf",
            "samples/profilo_addetto-al-servizio-clienti.pdf", "samples/campania-standard_operatore-call-center-inbound.pdf");

    @TempDir
    Path root;

    @Test
    void everyDocumentEndsExactlyOnceInPostgresqlThoughAWorkerIsKilled() throws Exception {
        List<Path> staged = stage();
        Set<String> contents = new HashSet<>();
        for (Path p : staged) {
            contents.add(IncomingFile.of(p).sha256());
        }
        assertThat(contents).hasSize(DOCUMENTS);
        String queue = "determina-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestDatabase db = TestDatabase.create("scaleout");
             QueueCluster cluster = new QueueCluster(root.resolve("nodes"), db.url(), BROKER, queue)) {
            try {
                List<Process> workers = new ArrayList<>();
                cluster.scanner();
                for (int n = 1; n <= 3; n++) {
                    workers.add(cluster.worker(n));
                }
                awaitLog(cluster, "scanner", "Started queue-scanner");
                for (int n = 1; n <= 3; n++) {
                    awaitLog(cluster, "worker-" + n, "Started queue-worker");
                }
                Files.createDirectories(cluster.inbox());
                for (Path p : staged) {
                    Files.move(p, cluster.inbox().resolve(p.getFileName()));
                }

                // the JVM converting is the worker's child (cli.ShortRunJvm). A warm worker converts a document in
                // a tenth of a second, so it is stopped (SIGSTOP) once seen converting, and killed only if its log
                // still ends in a conversion begun; else it goes on and the next document is waited for
                String killedIn = null;
                List<ProcessHandle> tree = List.of();
                while (killedIn == null) {
                    await().atMost(Duration.ofSeconds(120)).until(() -> count(db, "select count(*) from document") >= 8
                            && converting(cluster.log("worker-2")) != null);
                    tree = new ArrayList<>(workers.get(1).descendants().toList());
                    assertThat(tree).as("the worker's converting JVM").isNotEmpty();
                    signal("STOP", tree);
                    killedIn = converting(cluster.log("worker-2"));
                    if (killedIn == null) {
                        signal("CONT", tree);
                    }
                }
                tree.forEach(ProcessHandle::destroyForcibly);
                workers.get(1).destroyForcibly().waitFor();
                long whenKilled = count(db, "select count(*) from document");

                await().atMost(Duration.ofSeconds(240)).until(() -> count(db, "select count(*) from document") >= DOCUMENTS);
                // and no document more: a redelivered item must not make a second one
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                        .until(() -> count(db, "select count(*) from document") == DOCUMENTS);

                assertThat(whenKilled).as("killed mid-run").isLessThan(DOCUMENTS);
                assertThat(killedIn).as("killed mid-document").isNotNull();
                assertThat(Files.readString(cluster.log("worker-1")) + Files.readString(cluster.log("worker-3")))
                        .as("the document of the killed worker delivered again").contains(killedIn + ": converting");
                assertThat(shas(db, "select sha256 from document where status = 'ok'")).isEqualTo(contents);
                assertThat(count(db, "select count(*) from document")).isEqualTo(DOCUMENTS);
                assertThat(count(db, "select count(*) from failure")).isZero();
                assertThat(shas(db, "select distinct source_sha256 from standard_version")).isEqualTo(contents);
                assertThat(count(db, "select count(*) from (select 1 from standard_version"
                        + " group by standard_id, source_sha256 having count(*) > 1) twice")).as("a version made twice").isZero();
                assertThat(count(db, "select count(*) from document d where d.standards <>"
                        + " (select count(*) from standard_version v where v.source_sha256 = d.sha256)")).isZero();
                assertThat(count(db, "select count(*) from standard")).isEqualTo(SAMPLES.size());
                assertThat(count(db, "select count(*) from stored_file")).isZero();
                assertThat(cluster.messages()).containsExactly(0L, 0L);
            } finally {
                cluster.close();
                cluster.deleteFromBroker();
            }
        }
    }

    /** {@link #DOCUMENTS} distinct files (a comment appended to each copy of a sample), in the order dropped. */
    private List<Path> stage() throws Exception {
        Path staging = Files.createDirectories(root.resolve("staging"));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Path sample = Path.of(SAMPLES.get(i % SAMPLES.size()));
            Path copy = staging.resolve(String.format("doc-%02d-%s", i, sample.getFileName()));
            Files.copy(sample, copy);
            Files.writeString(copy, "\n% copy " + i + "\n", StandardOpenOption.APPEND);
            out.add(copy);
        }
        return out;
    }

    /** The file a worker is converting now: its last worker line says "converting"; null when idle. */
    private static String converting(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains("it.determina.camel.queue.Worker - ")).toList();
        if (lines.isEmpty()) {
            return null;
        }
        String last = lines.get(lines.size() - 1);
        int at = last.indexOf(": converting");
        return at < 0 ? null : last.substring(last.indexOf("Worker - ") + "Worker - ".length(), at);
    }

    /** Sends SIGSTOP or SIGCONT ({@code name}) to {@code processes} with kill(1). */
    private static void signal(String name, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + name));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as("kill -" + name).isZero();
    }

    private static void awaitLog(QueueCluster cluster, String name, String line) throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(cluster.log(name)) && Files.readString(cluster.log(name)).contains(line));
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the first worker has not migrated the schema yet
            }
            throw e;
        }
    }

    private static Set<String> shas(TestDatabase db, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
