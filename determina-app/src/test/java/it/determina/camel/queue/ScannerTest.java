package it.determina.camel.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import it.determina.camel.Launcher;
import it.determina.intake.IncomingFile;
import it.determina.testing.TestDatabase;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner role on the real RabbitMQ and PostgreSQL: a content is stored and published once, whatever
 * its name and whichever scanner takes it (the JDBC idempotent repository is shared); every file is archived.
 */
class ScannerTest {

    private static final String BROKER = System.getenv().getOrDefault("DETERMINA_TEST_AMQP", "amqp://guest:guest@127.0.0.1:5672");
    private static final Path SAMPLE = Path.of("samples/profilo_addetto-al-servizio-clienti.pdf");

    @TempDir
    Path root;

    @Test
    void aContentIsPublishedOnceAcrossNamesAndScanners() throws Exception {
        String queue = "determina-scan-" + UUID.randomUUID().toString().substring(0, 8);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        try (TestDatabase db = TestDatabase.create("scanner");
             com.rabbitmq.client.Connection amqp = factory.newConnection(); Channel ch = amqp.createChannel()) {
            try {
                scan(db, queue, root.resolve("first"), "a.pdf", "b.pdf");
                scan(db, queue, root.resolve("second"), "c.pdf");

                assertThat(text(db, "select count(*) from stored_file")).isEqualTo("1");
                assertThat(text(db, "select count(*) from camel_messageprocessed where processorname = 'determina-scanner'")).isEqualTo("1");
                assertThat(ch.queueDeclarePassive(queue + ".documents").getMessageCount()).isEqualTo(1);
                GetResponse message = ch.basicGet(queue + ".documents", true);
                WorkItem item = WorkItem.parse(new String(message.getBody(), StandardCharsets.UTF_8));
                assertThat(item.sha256()).isEqualTo(IncomingFile.of(SAMPLE).sha256());
                assertThat(item.file()).isIn("a.pdf", "b.pdf");
            } finally {
                ch.queueDelete(queue + ".documents");
                ch.queueDelete(queue + ".documents.dead");
                ch.exchangeDelete(queue);
                ch.exchangeDelete(queue + ".dead");
            }
        }
    }

    /** Runs a scanner on {@code home} until the copies of the sample named {@code names} are archived. */
    private static void scan(TestDatabase db, String queue, Path home, String... names) throws Exception {
        Main scanner = new Launcher(home).routes(Path.of("routes")).role(Role.SCANNER).port(freePort())
                .property("determina.db.url", db.url()).property("determina.broker.uri", BROKER)
                .property("determina.broker.exchange", queue).property("determina.broker.queue", queue + ".documents")
                .property("determina.poll-delay", "100").property("determina.read-lock-min-age", "100").build();
        Thread thread = new Thread(() -> {
            try {
                scanner.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "scanner-under-test");
        thread.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> scanner.getCamelContext() != null && scanner.getCamelContext().getStatus() == ServiceStatus.Started);
            Path inbox = Files.createDirectories(home.resolve("inbox"));
            for (String name : names) {
                Files.copy(SAMPLE, inbox.resolve(name));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> archived(home) == names.length);
        } finally {
            scanner.completed();
            thread.join(30_000);
        }
    }

    private static long archived(Path home) throws Exception {
        Path archive = home.resolve("archive");
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String text(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
