package it.determina.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A scanner and workers of the scale-out as real processes on this machine ({@code java ... run --role}),
 * each with its own home under {@code root} and its log in {@code root/NAME.log}, all on one queue and one
 * database. For the benchmark and the real-process test. Closing it stops every process it started
 * (SIGTERM, then SIGKILL after 15 s).
 */
public final class QueueCluster implements AutoCloseable {

    private final Path root;
    private final String jdbcUrl;
    private final String queue;
    private final String brokerUri;
    private final List<Process> started = new ArrayList<>();

    /** {@code queue} names the exchange, the queue and their dead-letter pair, so runs do not meet. */
    public QueueCluster(Path root, String jdbcUrl, String brokerUri, String queue) {
        this.root = Objects.requireNonNull(root, "root");
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.brokerUri = Objects.requireNonNull(brokerUri, "brokerUri");
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    /** Messages ready (not taken by a worker) in the work queue and in its dead-letter queue, as {work, dead}. */
    public long[] messages() throws IOException, java.util.concurrent.TimeoutException {
        try (com.rabbitmq.client.Connection c = broker().newConnection(); com.rabbitmq.client.Channel ch = c.createChannel()) {
            return new long[] {ch.queueDeclarePassive(queue + ".documents").getMessageCount(),
                    ch.queueDeclarePassive(queue + ".documents.dead").getMessageCount()};
        }
    }

    /** Deletes the queues and exchanges of this cluster from the broker (after a run). */
    public void deleteFromBroker() throws IOException, java.util.concurrent.TimeoutException {
        try (com.rabbitmq.client.Connection c = broker().newConnection(); com.rabbitmq.client.Channel ch = c.createChannel()) {
            ch.queueDelete(queue + ".documents");
            ch.queueDelete(queue + ".documents.dead");
            ch.exchangeDelete(queue);
            ch.exchangeDelete(queue + ".dead");
        }
    }

    private com.rabbitmq.client.ConnectionFactory broker() throws IOException {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        try {
            factory.setUri(brokerUri);
        } catch (java.net.URISyntaxException | java.security.GeneralSecurityException e) {
            throw new IOException("bad broker URI " + brokerUri, e);
        }
        return factory;
    }

    /** The inbox of the scanner. */
    public Path inbox() {
        return root.resolve("scanner").resolve("inbox");
    }

    /** Starts the scanner, polling its inbox every 100 ms. */
    public Process scanner() throws IOException {
        return start("scanner", "scanner");
    }

    /** Starts worker {@code n} (one document at a time). */
    public Process worker(int n) throws IOException {
        return start("worker-" + n, "worker");
    }

    /** The log of the process called {@code name} ("scanner", "worker-1", ...). */
    public Path log(String name) {
        return root.resolve(name + ".log");
    }

    private Process start(String name, String role) throws IOException {
        Path home = Files.createDirectories(root.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "it.determina.Main", "run", "--role", role,
                "--home", home.toString(), "--port", String.valueOf(freePort()), "--db", jdbcUrl,
                "-Ddetermina.broker.uri=" + brokerUri, "-Ddetermina.broker.exchange=" + queue, "-Ddetermina.broker.queue=" + queue + ".documents",
                "-Ddetermina.poll-delay=100", "-Ddetermina.read-lock-min-age=100");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
        started.add(p);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
