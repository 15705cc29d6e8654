package it.determina.bench;

import it.determina.IngestException;
import it.determina.Pipeline;
import it.determina.cli.InputFiles;
import it.determina.family.FamilyRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench-warm DIR}: the ingest pipeline in one long-lived JVM, as the {@code run} daemon uses it: the
 * PDFs of DIR converted over and over by N workers (nothing written) for a while; prints the pages/s of
 * the second half of that time, when JVM start-up and JIT warm-up are over. Called by {@code bench-speed}.
 */
@Command(name = "bench-warm", description = "Pages/s of the ingest pipeline once warm, in one JVM.")
public final class BenchWarmCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of PDFs")
    Path dir;

    @Option(names = "--seconds", description = "how long to run (default: 90)")
    int seconds = 90;

    @Option(names = "--workers", description = "documents converted at once (default: the number of cores)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    /** CPU time of this whole process (every thread), nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = InputFiles.collect(List.of(dir), InputFiles.PDFS);
        int pagesPerRound = 0;
        for (Path f : files) {
            pagesPerRound += PdfPages.count(f);
        }
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long half = start + seconds * 500_000_000L;
        long end = start + seconds * 1_000_000_000L;
        long measuredFrom = -1;
        long cpuFrom = 0;
        int measuredPages = 0;
        try {
            while (System.nanoTime() < end) {
                List<Future<?>> jobs = new ArrayList<>();
                for (Path f : files) {
                    jobs.add(pool.submit(() -> {
                        try {
                            pipeline.ingest(f);
                        } catch (IngestException e) {
                            // an unknown layout still costs its pages; the rate counts them
                        }
                        return null;
                    }));
                }
                for (Future<?> j : jobs) {
                    j.get();
                }
                long now = System.nanoTime();
                if (measuredFrom >= 0) {
                    measuredPages += pagesPerRound;
                } else if (now >= half) {
                    measuredFrom = now;
                    cpuFrom = processCpuNanos();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
        double cpu = (processCpuNanos() - cpuFrom) / 1e9;
        // CPU per page tells the pipeline's cost apart from a machine busy with other work, where pages/s cannot
        out.printf(Locale.ROOT, "warm: %d pages in %.1f s, %.1f CPU ms/page (the whole JVM: workers, JIT, GC) = %.1f pages/s%n",
                measuredPages, elapsed, 1000 * cpu / measuredPages, measuredPages / elapsed);
        out.flush();
        return 0;
    }
}
