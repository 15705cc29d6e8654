package it.determina.bench;

import it.determina.Main;
import it.determina.cli.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-queue SAMPLES_DIR}: throughput of the scale-out with 1, 2, 3... worker processes on this
 * machine, against {@code ingest} on the same files, as a long backfill sees it: warm. Each round gets a
 * fresh database on the server of {@code --db} and its own queue; the scanner and workers are real
 * processes ({@link QueueCluster}). Warm-up rounds of one copy of each sample per worker go through until
 * the workers' JIT compiler threads take under 5 % of their CPU in a round (each is printed), then the
 * clock runs from dropping {@code --copies} distinct copies of every sample (a comment appended, so no
 * content repeats) until every document is committed. {@code ingest --workers 1} runs as a process of its
 * own, once writing files only and once with {@code --db}; its warm time is a run of
 * {@code --ingest-warm-copies} + copies minus a run of the warm copies alone. CPU is that of the whole
 * process trees ({@link ProcessTreeCpu}: {@code ingest} and a worker each run their work in a child JVM),
 * split into JIT compiling, garbage collection and the rest, the servers' not included; the load average
 * is printed with each figure, since the cores may be shared.
 */
@Command(name = "bench-queue", mixinStandardHelpOptions = true,
        description = "Throughput of run --role scanner/worker on RabbitMQ for 1..N workers, and the queue's cost per document against ingest.")
public final class BenchQueueCommand implements Callable<Integer> {

    // "35 file(s): 35 ok, 0 failed; 35 standard(s) in 21.2 s; output in out"
    static final Pattern SUMMARY = Pattern.compile("standard\\(s\\) in ([0-9.]+) s");

    @Parameters(paramLabel = "DIR", description = "folder of sample PDFs")
    Path samples;

    @Option(names = "--copies", description = "copies of each sample measured (default: 10)")
    int copies = 10;

    @Option(names = "--workers", split = ",", description = "worker process counts to measure (default: 1,2,3)")
    List<Integer> workers = List.of(1, 2, 3);

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "a database on the PostgreSQL server to use; each round creates and drops its own (default: jdbc:postgresql://127.0.0.1:5432/test?user=postgres)")
    String server = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Option(names = "--broker", paramLabel = "URI", description = "RabbitMQ (default: amqp://guest:guest@127.0.0.1:5672)")
    String broker = "amqp://guest:guest@127.0.0.1:5672";

    @Option(names = "--work-dir", description = "where the files and the nodes' homes go (default: target/bench-queue)")
    Path workDir = Path.of("target", "bench-queue");

    @Option(names = "--warm-up-rounds", description = "at most this many rounds of one copy of each sample per worker warm the nodes up (default: 15)")
    int warmUpRounds = 15;

    @Option(names = "--ingest-warm-copies", description = "copies of each sample that warm ingest up: its figure is a run of these plus --copies minus a run of these alone (default: 5)")
    int ingestWarmCopies = 5;

    @Option(names = "--skip-ingest", description = "measure the queue only")
    boolean skipIngest;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder: what is printed is written to DIR/queue.md too (default: bench/results/<today>)")
    @Nullable Path results;

    /** What {@link #out()} has printed, for the results file. */
    private final StringWriter printed = new StringWriter();
    private @Nullable PrintWriter tee;

    @Spec
    CommandSpec spec;

    /**
     * A warm-up round ends the warm-up when the workers' JIT compiler threads took less than this share of
     * their CPU in it: C2 goes on compiling for minutes at a trickle, so "none" never comes.
     */
    static final double WARM_COMPILER_SHARE = 0.05;

    /**
     * How often the database is asked whether the documents are done, and every how many of those the nodes'
     * threads are read from /proc: this JVM shares the cores with the nodes, and reading every thread of
     * every node every 50 ms cost the first round measurably.
     */
    private static final long POLL_MILLIS = 100;
    private static final int READS_PER_METER = 5;

    /**
     * Wall seconds of a run and the CPU seconds its process trees spent (determina's own, not the servers');
     * the compiler and collector shares are NaN where not measured.
     */
    record Measure(double seconds, ProcessTreeCpu.Cpu cpu) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        List<Path> pdfs = InputFiles.inFolder(samples, InputFiles.PDFS);
        int documents = pdfs.size() * copies;
        out.printf("bench-queue: %d documents (%d samples x %d copies) after warm-up rounds of %d per worker, %d cores (load %s)%n", documents,
                pdfs.size(), copies, pdfs.size(), Runtime.getRuntime().availableProcessors(), load());
        Measure db = null;
        out.flush();
        if (!skipIngest) {
            Measure files = warm(pdfs, false);
            print(out, "ingest --workers 1", files, documents);
            db = warm(pdfs, true);
            print(out, "ingest --workers 1 --db", db, documents);
        }
        double first = 0;
        for (int w : workers) {
            Measure queue = queue(pdfs, w);
            if (first == 0) {
                first = queue.seconds();
            }
            print(out, "queue, " + w + " worker(s)", queue, documents);
            out.printf("  x%.2f the throughput of %d worker(s)%s%n", first / queue.seconds(), workers.get(0), db == null ? ""
                    : String.format(java.util.Locale.ROOT, "; against ingest --db: %+.0f ms wall, %+.0f ms CPU per document",
                            (queue.seconds() - db.seconds()) * 1000 / documents, (queue.cpu().total() - db.cpu().total()) * 1000 / documents));
            out.flush();
        }
        Path dir = results != null ? results : Path.of("bench", "results", LocalDate.now().toString());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("queue.md"), "# Scale-out on RabbitMQ: bench-queue\n\nCommand: `java -jar target/determina-bench.jar "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "`, " + java.time.Instant.now() + "\n\n```\n" + printed + "```\n");
        out.println("written: " + dir.resolve("queue.md"));
        out.flush();
        return 0;
    }

    /** The command's output, copied into {@link #printed}. */
    private synchronized PrintWriter out() {
        if (tee == null) {
            PrintWriter console = spec.commandLine().getOut();
            tee = new PrintWriter(new Writer() {
                @Override
                public void write(char[] text, int offset, int length) {
                    console.write(text, offset, length);
                    printed.write(text, offset, length);
                }

                @Override
                public void flush() {
                    console.flush();
                }

                @Override
                public void close() {
                    console.flush();
                }
            });
        }
        return tee;
    }

    private static void print(PrintWriter out, String what, Measure m, int documents) {
        out.printf("%s: %.1f s, %.2f documents/s, %.0f ms CPU per document", what, m.seconds(),
                documents / m.seconds(), m.cpu().total() * 1000 / documents);
        if (!Double.isNaN(m.cpu().compiler())) {
            out.printf(" (JIT %.0f, GC %.0f, the rest %.0f)", m.cpu().compiler() * 1000 / documents, m.cpu().gc() * 1000 / documents,
                    m.cpu().work() * 1000 / documents);
        }
        out.printf(" (load %s)%n", load());
        out.flush();
    }

    /**
     * {@code ingest} once warm: a run of {@code --ingest-warm-copies} of each sample subtracted from a run of
     * those plus {@code copies}, which takes out the JVM's start and its JIT warm-up, as the workers' warm-up
     * rounds do.
     */
    private Measure warm(List<Path> pdfs, boolean withDb) throws Exception {
        Measure small = ingest(pdfs, ingestWarmCopies, withDb);
        Measure large = ingest(pdfs, ingestWarmCopies + copies, withDb);
        return new Measure(large.seconds() - small.seconds(), large.cpu().minus(small.cpu()));
    }

    /**
     * The seconds that {@code ingest --workers 1} reports for the copies, run as a process of its own, and
     * the CPU its whole process tree spent in all (its start included: the run of one copy takes that out).
     * {@code ingest} relaunches itself in a child JVM (cli.ShortRunJvm), so the parent's own CPU is nearly
     * none: {@link ProcessMeter} counts the children it waited for.
     */
    private Measure ingest(List<Path> pdfs, int n, boolean withDb) throws Exception {
        Path dir = workDir.resolve("ingest-" + System.nanoTime());
        Path in = stage(pdfs, dir.resolve("in"), "c", n);
        String db = withDb ? createDatabase() : null;
        try {
            List<String> cmd = new ArrayList<>(ProcessMeter.java(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "ingest", in.toString(), "--out", dir.resolve("out").toString(), "--workers", "1")));
            if (db != null) {
                cmd.addAll(List.of("--db", url(db)));
            }
            Path log = dir.resolve("ingest.log");
            ProcessMeter.Measured run = ProcessMeter.run(cmd, Path.of("."), log);
            Matcher m = SUMMARY.matcher(Files.readString(log));
            if (run.exitCode() != 0 || !m.find()) {
                throw new IllegalStateException("ingest failed or printed no summary; see " + log);
            }
            return new Measure(Double.parseDouble(m.group(1)), new ProcessTreeCpu.Cpu(run.cpuSeconds(), Double.NaN, Double.NaN));
        } finally {
            if (db != null) {
                dropDatabase(db);
            }
        }
    }

    /**
     * The seconds from releasing {@code w} workers on the copies, queued by the scanner while the workers
     * were held, until every document is committed, and the CPU the scanner's and the workers' process trees
     * spent on them. Before
     * the clock runs, rounds of {@code w} copies of each sample warm the processes up until a round's JIT
     * compilation in the workers is under {@link #WARM_COMPILER_SHARE} of their CPU (at most
     * {@code --warm-up-rounds}).
     */
    private Measure queue(List<Path> pdfs, int w) throws Exception {
        Path dir = workDir.resolve("queue-" + w + "-" + System.nanoTime());
        List<Path> staged = list(stage(pdfs, dir.resolve("staging"), "c", copies));
        String db = createDatabase();
        String queue = "determina-bench-" + UUID.randomUUID().toString().substring(0, 8);
        QueueCluster cluster = new QueueCluster(dir.resolve("nodes"), url(db), broker, queue);
        try (Connection count = DriverManager.getConnection(url(db))) {
            long scanner = cluster.scanner().pid();
            List<Long> workerPids = new ArrayList<>();
            for (int n = 1; n <= w; n++) {
                workerPids.add(cluster.worker(n).pid());
            }
            List<Long> nodes = new ArrayList<>(workerPids);
            nodes.add(scanner);
            awaitLog(cluster, "scanner", "Started queue-scanner");
            for (int n = 1; n <= w; n++) {
                awaitLog(cluster, "worker-" + n, "Started queue-worker");
            }
            Files.createDirectories(cluster.inbox());
            ProcessTreeCpu meter = new ProcessTreeCpu();
            long done = 0;
            for (int round = 1; ; round++) {
                // as many copies as workers, so that each worker's share of a round is one copy whatever their number
                List<Path> warmUp = list(stage(pdfs, dir.resolve("warm-up-" + round), "w" + round + "-", w));
                ProcessTreeCpu.Cpu before = meter.read(workerPids);
                long start = System.nanoTime();
                drop(warmUp, cluster);
                done += warmUp.size();
                await(count, done, meter, nodes);
                ProcessTreeCpu.Cpu spent = meter.read(workerPids).minus(before);
                double share = spent.compiler() / spent.total();
                out().printf("  warm-up round %d: %.1f s, %.0f ms CPU per document in the workers, %.0f%% of it JIT, %.0f%% GC (load %s)%n", round,
                        (System.nanoTime() - start) / 1e9, spent.total() * 1000 / warmUp.size(), share * 100,
                        spent.gc() / spent.total() * 100, load());
                out().flush();
                if (share < WARM_COMPILER_SHARE || round >= warmUpRounds) {
                    break;
                }
            }
            // the scanner queues the documents while the workers are held (SIGSTOP): each stage is timed on its
            // own, since the scanner's burst of large-object writes and publishes slowed a lone worker by half
            List<Long> held = tree(workerPids);
            signal("STOP", held);
            ProcessTreeCpu.Cpu scannerBefore = meter.read(List.of(scanner));
            long queuing = System.nanoTime();
            drop(staged, cluster);
            for (int i = 0; !isEmpty(cluster.inbox()) || storedFiles(count) < staged.size(); i++) {
                if (i % READS_PER_METER == 0) {
                    meter.read(nodes);
                }
                Thread.sleep(POLL_MILLIS);
            }
            double queued = (System.nanoTime() - queuing) / 1e9;
            ProcessTreeCpu.Cpu scannerCpu = meter.read(List.of(scanner)).minus(scannerBefore);
            out().printf("  the scanner queued them in %.1f s: %.1f documents/s, %.0f ms CPU per document (JIT %.0f)%n", queued,
                    staged.size() / queued, scannerCpu.total() * 1000 / staged.size(), scannerCpu.compiler() * 1000 / staged.size());
            ProcessTreeCpu.Cpu workersBefore = meter.read(workerPids);
            long start = System.nanoTime();
            signal("CONT", held);
            await(count, done + staged.size(), meter, nodes);
            double seconds = (System.nanoTime() - start) / 1e9;
            ProcessTreeCpu.Cpu workersCpu = meter.read(workerPids).minus(workersBefore);
            out().printf("  the workers converted them in %.1f s, %.0f ms CPU per document (JIT %.0f)%n", seconds,
                    workersCpu.total() * 1000 / staged.size(), workersCpu.compiler() * 1000 / staged.size());
            return new Measure(seconds, scannerCpu.plus(workersCpu));
        } finally {
            cluster.close();
            cluster.deleteFromBroker();
            dropDatabase(db);
        }
    }

    /** {@code pids} and their descendants. */
    private static List<Long> tree(List<Long> pids) {
        List<Long> all = new ArrayList<>(pids);
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> all.add(d.pid())));
        }
        return all;
    }

    /** Sends SIGSTOP or SIGCONT ({@code name}) to {@code pids} with kill(1). */
    private static void signal(String name, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + name));
        pids.forEach(p -> command.add(String.valueOf(p)));
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IOException("kill -" + name + " " + pids + " failed");
        }
    }

    /** Whether {@code dir} holds no files (the scanner has archived everything it was given). */
    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }

    /** Files the scanner has stored and no worker has taken yet. */
    private static long storedFiles(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from stored_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves {@code files} into the scanner's inbox. */
    private static void drop(List<Path> files, QueueCluster cluster) throws IOException {
        for (Path p : files) {
            Files.move(p, cluster.inbox().resolve(p.getFileName()));
        }
    }

    /**
     * Waits until the database holds {@code n} documents (converted or failed), reading {@code nodes} with
     * {@code meter} meanwhile so that it sees the compiler threads that come and go.
     */
    private static void await(Connection c, long n, ProcessTreeCpu meter, List<Long> nodes) throws SQLException, InterruptedException {
        for (int i = 0; documents(c) < n; i++) {
            if (i % READS_PER_METER == 0) {
                meter.read(nodes);
            }
            Thread.sleep(POLL_MILLIS);
        }
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

    /** Documents with an outcome in the database of {@code c}; 0 before its schema is made. */
    private static long documents(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from document")) {
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
