package it.determina.camel.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import it.determina.camel.Launcher;
import it.determina.intake.IncomingFile;
import it.determina.output.db.Database;
import it.determina.output.db.StoredFiles;
import it.determina.testing.TestDatabase;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker role on the real RabbitMQ and PostgreSQL: a document whose output can never be committed is
 * delivered again up to the delivery limit, then dead-lettered and recorded as a failure; never lost,
 * never looping.
 */
class DeadLetterTest {

    private static final String BROKER = System.getenv().getOrDefault("DETERMINA_TEST_AMQP", "amqp://guest:guest@127.0.0.1:5672");

    @TempDir
    Path home;

    @Test
    void aDocumentThatKeepsFailingEndsInTheFailuresTableWithItsReason() throws Exception {
        String queue = "determina-dl-" + UUID.randomUUID().toString().substring(0, 8);
        Path sample = Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf");
        String sha256 = IncomingFile.of(sample).sha256();
        try (TestDatabase db = TestDatabase.create("deadletter")) {
            try (Database database = Database.open(db.url(), 2); Connection c = db.connect(); Statement st = c.createStatement()) {
                // every commit of standards fails, as a worker that dies each time would
                st.execute("create function refuse() returns trigger language plpgsql as"
                        + " $$ begin raise exception 'refused for the test'; end $$");
                st.execute("create trigger refuse before insert on standard_version execute function refuse()");
                new StoredFiles(database.dataSource(), Clock.systemUTC()).store(sample, sha256);
            }
            Main worker = new Launcher(home).routes(Path.of("routes")).role(Role.WORKER).port(freePort())
                    .property("determina.db.url", db.url()).property("determina.broker.uri", BROKER)
                    .property("determina.broker.exchange", queue).property("determina.broker.queue", queue + ".documents")
                    .property("determina.broker.delivery-limit", "1").build();
            Thread thread = new Thread(() -> {
                try {
                    worker.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "worker-under-test");
            thread.start();
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(BROKER);
            try (com.rabbitmq.client.Connection amqp = factory.newConnection(); Channel ch = amqp.createChannel()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> worker.getCamelContext() != null && worker.getCamelContext().getStatus() == ServiceStatus.Started);
                ch.basicPublish(queue, "document", MessageProperties.PERSISTENT_TEXT_PLAIN,
                        WorkItem.stored(sha256, sample.getFileName().toString()).toJson().getBytes(StandardCharsets.UTF_8));

                await().atMost(Duration.ofSeconds(60)).until(() -> text(db, "select count(*) from failure") .equals("1"));

                assertThat(text(db, "select code from failure where sha256 = '" + sha256 + "'")).isEqualTo("DEAD_LETTER");
                assertThat(text(db, "select message from failure")).contains("delivery_limit");
                assertThat(text(db, "select status from document")).isEqualTo("failed");
                assertThat(text(db, "select count(*) from stored_file")).isEqualTo("0");
                assertThat(text(db, "select count(*) from standard")).isEqualTo("0");
                // the dead letter is acknowledged once recorded: both queues end empty
                await().atMost(Duration.ofSeconds(10)).until(() -> ch.queueDeclarePassive(queue + ".documents").getMessageCount() == 0
                        && ch.queueDeclarePassive(queue + ".documents.dead").getMessageCount() == 0);
            } finally {
                worker.completed();
                thread.join(30_000);
                try (com.rabbitmq.client.Connection amqp = factory.newConnection(); Channel ch = amqp.createChannel()) {
                    ch.queueDelete(queue + ".documents");
                    ch.queueDelete(queue + ".documents.dead");
                    ch.exchangeDelete(queue);
                    ch.exchangeDelete(queue + ".dead");
                }
            }
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
