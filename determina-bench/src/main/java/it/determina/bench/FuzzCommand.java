package it.determina.bench;

import it.determina.DocumentReader;
import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.cli.InputFiles;
import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import it.determina.worker.WorkerPool;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fuzz SAMPLES_DIR}: damages the sample PDFs at random (fixed seed) — byte flips, truncation,
 * cross-reference and stream damage — and checks that every case ends as output or as a coded error,
 * never an uncaught exception (INTERNAL_ERROR) or a hang (TIMEOUT). Cases that break the rule are kept
 * under {@code --keep DIR}, named after their cause. Exit 1 when any case broke it.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Mutate the sample PDFs and check every case ends as output or a coded error.")
public final class FuzzCommand implements Callable<Integer> {

    /** How a sample is damaged. */
    public enum Mutation { FLIP, TRUNCATE, XREF, STREAM }

    @Parameters(paramLabel = "DIR", description = "folder of sample PDFs")
    Path samples;

    @Option(names = "--seed", description = "random seed (default: 42)")
    long seed = 42;

    @Option(names = "--cases", description = "most cases to run (default: 200)")
    int cases = 200;

    @Option(names = "--seconds", description = "stop after this many seconds (default: 300)")
    long seconds = 300;

    @Option(names = "--case-timeout", description = "time limit per case, seconds (default: 30)")
    long caseTimeout = 30;

    @Option(names = "--keep", description = "where to keep the cases that broke the rule (default: target/fuzz-failures)")
    Path keep = Path.of("target", "fuzz-failures");

    @Option(names = "--threads", description = "cases run at once (default: 1)")
    int threads = 1;

    @Option(names = "--isolated", description = "read each case in a pool of worker JVMs (as run does), killed on time or memory")
    boolean isolated;

    @Option(names = "--worker-heap-mb", description = "heap of each worker with --isolated (default: 1024)")
    int workerHeapMb = 1024;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Limits limits = new Limits(200L * 1024 * 1024, 5_000, Duration.ofSeconds(caseTimeout));
        java.util.List<String> kills = new java.util.concurrent.CopyOnWriteArrayList<>();
        Outcomes outcomes;
        int alive = 0;
        if (isolated) {
            try (WorkerPool pool = new WorkerPool(Math.max(1, threads), workerHeapMb, 500,
                    limits, kills::add)) {
                outcomes = run(samples, seed, cases, Duration.ofSeconds(seconds), pool, keep, threads);
                alive = pool.alive();
            }
        } else {
            outcomes = run(samples, seed, cases, Duration.ofSeconds(seconds), new Pipeline(FamilyRegistry.standard(), limits), keep, threads);
        }
        out.printf("fuzz: %d cases (seed %d) in %.1f s%n", outcomes.cases(), seed, outcomes.millis() / 1000.0);
        outcomes.byOutcome().forEach((k, v) -> out.printf("  %-22s %d%n", k, v));
        out.printf("broken: %d (INTERNAL_ERROR or TIMEOUT, kept under %s)%n", outcomes.broken(), keep);
        if (isolated) {
            out.printf("workers killed: %d %s; worker processes alive at the end: %d (pool of %d)%n", kills.size(),
                    new TreeMap<>(kills.stream().collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()))),
                    alive, Math.max(1, threads));
        }
        out.flush();
        return outcomes.broken() == 0 ? 0 : 1;
    }

    /** What a fuzz run gave: counts by outcome ("ok" or an error code) and how many broke the rule. */
    public record Outcomes(int cases, Map<String, Integer> byOutcome, int broken, long millis) {
    }

    /** One damaged document: its bytes, and what it is called if it must be kept. */
    private record Case(int number, Mutation mutation, byte[] bytes) {
    }

    public static Outcomes run(Path samples, long seed, int cases, Duration budget, Duration caseTimeout, Path keep)
            throws Exception {
        return run(samples, seed, cases, budget, new Pipeline(FamilyRegistry.standard(),
                new Limits(200L * 1024 * 1024, 5_000, caseTimeout)), keep, 1);
    }

    /**
     * Runs up to {@code cases} damaged samples, {@code threads} at once. The cases are drawn in order from
     * one random source seeded with {@code seed}, so a seed names the same cases whatever the threads.
     */
    public static Outcomes run(Path samples, long seed, int cases, Duration budget, DocumentReader pipeline,
                               Path keep, int threads) throws Exception {
        List<Path> pdfs = InputFiles.inFolder(samples, InputFiles.PDFS);
        List<byte[]> originals = new java.util.ArrayList<>();
        for (Path pdf : pdfs) {
            originals.add(Files.readAllBytes(pdf));
        }
        Random random = new Random(seed);
        Map<String, Integer> byOutcome = new TreeMap<>();
        java.util.concurrent.atomic.AtomicInteger broken = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Path work = Files.createTempDirectory("determina-fuzz");
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(Math.max(1, threads) * 2);
        int n = 0;
        try {
            for (; n < cases && System.nanoTime() - start < budget.toNanos(); n++) {
                int s = random.nextInt(originals.size());
                Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
                Case c = new Case(n, m, Mutations.apply(m, originals.get(s), random));
                slots.acquire();
                pool.execute(() -> {
                    try {
                        runCase(c, pipeline, work, keep, seed, byOutcome, broken);
                        int k = done.incrementAndGet();
                        if (k % 500 == 0) {
                            LOG.info("fuzz: {} cases done, {} broken, so far {}", k, broken.get(), snapshot(byOutcome));
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.DAYS);
        }
        return new Outcomes(n, snapshot(byOutcome), broken.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FuzzCommand.class);

    private static Map<String, Integer> snapshot(Map<String, Integer> byOutcome) {
        synchronized (byOutcome) {
            return new TreeMap<>(byOutcome);
        }
    }

    private static void runCase(Case c, DocumentReader pipeline, Path work, Path keep, long seed,
                                Map<String, Integer> byOutcome, java.util.concurrent.atomic.AtomicInteger broken) {
        Path input = work.resolve("case-" + c.number() + ".pdf");
        try {
            Files.write(input, c.bytes());
            Result r = outcome(pipeline, input);
            synchronized (byOutcome) {
                byOutcome.merge(r.code(), 1, Integer::sum);
            }
            if (r.code().equals(ErrorCode.INTERNAL_ERROR.name()) || r.code().equals(ErrorCode.TIMEOUT.name())) {
                broken.incrementAndGet();
                Files.createDirectories(keep);
                // named after the cause: the outcome and the exception class, then how to make it again
                Files.copy(input, keep.resolve(r.code().toLowerCase() + "-" + r.cause() + "-" + c.mutation().name().toLowerCase()
                        + "-seed" + seed + "-case" + c.number() + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(input);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A case's outcome code and the simple name of the exception class behind it. */
    private record Result(String code, String cause) {
    }

    private static Result outcome(DocumentReader pipeline, Path input) {
        try {
            pipeline.ingest(input);
            return new Result("ok", "");
        } catch (IngestException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new Result(e.code().name(), root.getClass().getSimpleName());
        } catch (RuntimeException e) {
            return new Result(ErrorCode.INTERNAL_ERROR.name(), e.getClass().getSimpleName());
        }
    }
}
