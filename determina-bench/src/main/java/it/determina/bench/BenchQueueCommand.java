package it.determina.bench;

import it.determina.Main;
import it.determina.cli.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-queue SAMPLES_DIR}: throughput of the scale-out with 1, 2, 3... worker processes on this
 * machine, against {@code ingest} on the same files, as a long backfill sees it: warm. Each round gets a
 * fresh database on the server of {@code --db} and its own queue; the scanner and workers are real
 * processes ({@link QueueCluster}); one copy of each sample goes through first to warm them up, then the
 * clock runs from dropping {@code --copies} distinct copies of every sample (a comment appended, so no
 * content repeats) until every document is committed. {@code ingest --workers 1} runs as a process of its
 * own, once writing files only and once with {@code --db}; its warm time is a run of 1 + copies minus a run
 * of 1 copy. CPU is the processes' own (/proc), the servers' not included; the load average is printed
 * with each figure, since the cores may be shared.
 */
@Command(name = "bench-queue", mixinStandardHelpOptions = true,
        description = "Throughput of run --role scanner/worker on RabbitMQ for 1..N workers, and the queue's cost per document against ingest.")
public final class BenchQueueCommand implements Callable<Integer> {

    // "35 file(s): 35 ok, 0 failed; 35 standard(s) in 21.2 s"
    static final Pattern SUMMARY = Pattern.compile("standard\\(s\\) in ([0-9.]+) s");

    @Parameters(paramLabel = "DIR", description = "folder of sample PDFs")
    Path samples;

    @Option(names = "--copies", description = "copies of each sample (default: 5)")
    int copies = 5;

    @Option(names = "--workers", split = ",", description = "worker process counts to measure (default: 1,2,3)")
    List<Integer> workers = List.of(1, 2, 3);

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "a database on the PostgreSQL server to use; each round creates and drops its own (default: jdbc:postgresql://127.0.0.1:5432/test?user=postgres)")
    String server = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Option(names = "--broker", paramLabel = "URI", description = "RabbitMQ (default: amqp://guest:guest@127.0.0.1:5672)")
    String broker = "amqp://guest:guest@127.0.0.1:5672";

    @Option(names = "--work-dir", description = "where the files and the nodes' homes go (default: target/bench-queue)")
    Path workDir = Path.of("target", "bench-queue");

    @Spec
    CommandSpec spec;

    /** Wall seconds of a run and the CPU seconds its processes spent (determina's own, not the servers'). */
    record Measure(double seconds, double cpu) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> pdfs = InputFiles.inFolder(samples, InputFiles.PDFS);
        int documents = pdfs.size() * copies;
        out.printf("bench-queue: %d documents (%d samples x %d copies) after %d to warm up, %d cores%n", documents,
                pdfs.size(), copies, pdfs.size(), Runtime.getRuntime().availableProcessors());
        Measure files = warm(pdfs, false);
        print(out, "ingest --workers 1", files, documents);
        Measure db = warm(pdfs, true);
        print(out, "ingest --workers 1 --db", db, documents);
        double one = 0;
        for (int w : workers) {
            Measure queue = queue(pdfs, w);
            if (one == 0) {
                one = queue.seconds();
            }
            print(out, "queue, " + w + " worker(s)", queue, documents);
            out.printf("  x%.2f the throughput of the first; against ingest --db: %+.0f ms wall, %+.0f ms CPU per document%n",
                    one / queue.seconds(), (queue.seconds() - db.seconds()) * 1000 / documents,
                    (queue.cpu() - db.cpu()) * 1000 / documents);
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, String what, Measure m, int documents) {
        out.printf("%s: %.1f s, %.2f documents/s, %.0f ms CPU per document (load %s)%n", what, m.seconds(),
                documents / m.seconds(), m.cpu() * 1000 / documents, load());
        out.flush();
    }

    /**
     * {@code ingest} once warm: a run of one copy of each sample subtracted from a run of 1 + {@code copies}
     * copies, which takes out the JVM's start and most of its JIT warm-up, as the workers' warm-up batch does.
     */
    private Measure warm(List<Path> pdfs, boolean withDb) throws Exception {
        Measure small = ingest(pdfs, 1, withDb);
        Measure large = ingest(pdfs, 1 + copies, withDb);
        return new Measure(large.seconds() - small.seconds(), large.cpu() - small.cpu());
    }

    /**
     * The seconds that {@code ingest --workers 1} reports for the copies, run as a process of its own, and
     * the CPU it spent in all (its start included: an empty batch measures that).
     */
    private Measure ingest(List<Path> pdfs, int n, boolean withDb) throws Exception {
        Path dir = workDir.resolve("ingest-" + System.nanoTime());
        Path in = stage(pdfs, dir.resolve("in"), "c", n);
        String db = withDb ? createDatabase() : null;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "ingest", in.toString(), "--out", dir.resolve("out").toString(), "--workers", "1"));
            if (db != null) {
                cmd.addAll(List.of("--db", url(db)));
            }
            Path log = dir.resolve("ingest.log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            double cpu = 0;
            while (p.isAlive()) {
                cpu = Math.max(cpu, cpuSeconds(p.pid()));
                Thread.sleep(20);
            }
            Matcher m = SUMMARY.matcher(Files.readString(log));
            if (!m.find()) {
                throw new IllegalStateException("ingest printed no summary; see " + log);
            }
            return new Measure(Double.parseDouble(m.group(1)), cpu);
        } finally {
            if (db != null) {
                dropDatabase(db);
            }
        }
    }

    /**
     * The seconds from dropping the copies into the scanner's inbox until every document is committed by
     * {@code w} workers, and the CPU the scanner and workers spent meanwhile; one copy of each sample goes
     * through first, to warm the processes up.
     */
    private Measure queue(List<Path> pdfs, int w) throws Exception {
        Path dir = workDir.resolve("queue-" + w + "-" + System.nanoTime());
        List<Path> warmUp = list(stage(pdfs, dir.resolve("warm-up"), "w", 1));
        List<Path> staged = list(stage(pdfs, dir.resolve("staging"), "c", copies));
        String db = createDatabase();
        String queue = "determina-bench-" + UUID.randomUUID().toString().substring(0, 8);
        QueueCluster cluster = new QueueCluster(dir.resolve("nodes"), url(db), broker, queue);
        try {
            List<Process> nodes = new ArrayList<>(List.of(cluster.scanner()));
            for (int n = 1; n <= w; n++) {
                nodes.add(cluster.worker(n));
            }
            awaitLog(cluster, "scanner", "Started queue-scanner");
            for (int n = 1; n <= w; n++) {
                awaitLog(cluster, "worker-" + n, "Started queue-worker");
            }
            Files.createDirectories(cluster.inbox());
            for (Path p : warmUp) {
                Files.move(p, cluster.inbox().resolve(p.getFileName()));
            }
            while (documents(db) < warmUp.size()) {
                Thread.sleep(50);
            }
            double cpuBefore = cpuSeconds(nodes);
            long start = System.nanoTime();
            for (Path p : staged) {
                Files.move(p, cluster.inbox().resolve(p.getFileName()));
            }
            while (documents(db) < warmUp.size() + staged.size()) {
                Thread.sleep(50);
            }
            return new Measure((System.nanoTime() - start) / 1e9, cpuSeconds(nodes) - cpuBefore);
        } finally {
            cluster.close();
            cluster.deleteFromBroker();
            dropDatabase(db);
        }
    }

    private static double cpuSeconds(List<Process> processes) throws IOException {
        double sum = 0;
        for (Process p : processes) {
            sum += cpuSeconds(p.pid());
        }
        return sum;
    }

    /** User and system CPU seconds of process {@code pid} so far, from /proc (Linux); 0 once it is gone. */
    private static double cpuSeconds(long pid) throws IOException {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        String text;
        try {
            text = Files.readString(stat);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
        // fields after the command name "(java)": state is field 3, utime 14 and stime 15, in ticks of 1/100 s
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them ("?" elsewhere). */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** {@code n} distinct copies of every sample in {@code dir}, named and marked with {@code tag}. */
    private static Path stage(List<Path> pdfs, Path dir, String tag, int n) throws IOException {
        Files.createDirectories(dir);
        for (int c = 0; c < n; c++) {
            for (Path p : pdfs) {
                Path t = dir.resolve(tag + c + "-" + p.getFileName());
                Files.copy(p, t);
                Files.writeString(t, "\n% copy " + tag + c + "\n", StandardOpenOption.APPEND);
            }
        }
        return dir;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static void awaitLog(QueueCluster cluster, String name, String line) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(cluster.log(name)) || !Files.readString(cluster.log(name)).contains(line)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(name + " did not start; see " + cluster.log(name));
            }
            Thread.sleep(100);
        }
    }

    private long documents(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(db)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from document")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    private String createDatabase() throws SQLException {
        String name = "determina_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return name;
    }

    private void dropDatabase(String name) throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The URL of database {@code name} on the server of {@code --db}, with its parameters. */
    private String url(String name) {
        int q = server.indexOf('?');
        String base = q < 0 ? server : server.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : server.substring(q));
    }
}
