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
 * {@code bench-warm DIR}: the ingest pipeline in one long-lived JVM, as a {@code run} worker uses it: the
 * PDFs of DIR converted over and over by N workers (nothing written). The first {@code --warm-rounds}
 * rounds (every file once each) warm the JIT; the rounds after them until {@code --seconds} are measured
 * (at least one). Prints, for the measured rounds: pages/s of wall time; CPU ms per page of the worker
 * threads alone (the pipeline) and of the whole process (workers, JIT compilers, GC); and the pages/s
 * N cores could give at that whole-process CPU cost, the figure a machine shared with other work cannot
 * show as wall time. With {@code --floor}, the same rounds run PDFBox's own text pass
 * ({@code PDFTextStripper.getText}) on the same files: the cost of only parsing each page's content
 * stream and placing its glyphs, a lower bound for any reading that starts from PDFBox. Called by
 * {@code bench-speed}.
 */
@Command(name = "bench-warm", description = "Pages/s and CPU ms/page of the ingest pipeline once warm, in one JVM.")
public final class BenchWarmCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of PDFs")
    Path dir;

    @Option(names = "--seconds", description = "how long to run, warm-up included (default: 90)")
    int seconds = 90;

    @Option(names = "--warm-rounds", description = "rounds run before measuring, to warm the JIT (default: 20)")
    int warmRounds = 20;

    @Option(names = "--workers", description = "documents converted at once (default: the number of cores)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--floor", description = "also measure PDFBox's own text pass on the same files, in the same way")
    boolean floor;

    @Spec
    CommandSpec spec;

    /** CPU time of this whole process (every thread), nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static final String READING_THREAD = "bench-warm-reader";

    /**
     * CPU time of each thread that reads, by thread id, nanoseconds: this command's workers and the
     * pipeline's document threads (each document runs on one of its own, under its time limit).
     */
    private static java.util.Map<Long, Long> readingCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && (t.getThreadName().equals(READING_THREAD) || t.getThreadName().equals(Pipeline.DOCUMENT_THREAD))) {
                cpu.put(t.getThreadId(), Math.max(0, mx.getThreadCpuTime(t.getThreadId())));
            }
        }
        return cpu;
    }

    /** CPU spent reading since {@code from} ({@link #readingCpu()}), by the threads alive now, nanoseconds. */
    private static long readingCpuSince(java.util.Map<Long, Long> from) {
        long sum = 0;
        for (java.util.Map.Entry<Long, Long> now : readingCpu().entrySet()) {
            sum += now.getValue() - from.getOrDefault(now.getKey(), 0L);
        }
        return sum;
    }

    /** What one reading of one file does. */
    private interface Reading {
        void read(Path file) throws Exception;
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
        out.println(measure("warm", files, pagesPerRound, f -> {
            try {
                pipeline.ingest(f);
            } catch (IngestException e) {
                // an unknown layout still costs its pages; the rate counts them
            }
        }));
        out.flush();
        if (floor) {
            out.println(measure("floor", files, pagesPerRound, f -> {
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
                    new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                }
            }));
            out.flush();
        }
        return 0;
    }

    /**
     * Rounds of {@code reading} over {@code files} by the workers: {@link #warmRounds} unmeasured, then
     * measured ones until {@link #seconds} are over; the line of figures.
     */
    private String measure(String label, List<Path> files, int pagesPerRound, Reading reading) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, READING_THREAD));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long measuredFrom = 0;
        long cpuFrom = 0;
        java.util.Map<Long, Long> readingFrom = java.util.Map.of();
        ProcessTreeCpu meter = new ProcessTreeCpu();
        long self = ProcessHandle.current().pid();
        ProcessTreeCpu.Cpu threadsFrom = ProcessTreeCpu.Cpu.ZERO;
        int measuredPages = 0;
        try {
            for (int round = 0; round < warmRounds || measuredPages == 0 || System.nanoTime() < end; round++) {
                if (round == warmRounds) {
                    measuredFrom = System.nanoTime();
                    cpuFrom = processCpuNanos();
                    readingFrom = readingCpu();
                    threadsFrom = meter.read(self);
                }
                List<Future<?>> jobs = new ArrayList<>();
                for (Path f : files) {
                    jobs.add(pool.submit(() -> {
                        reading.read(f);
                        return null;
                    }));
                }
                for (Future<?> j : jobs) {
                    j.get();
                }
                if (round >= warmRounds) {
                    measuredPages += pagesPerRound;
                }
                meter.read(self); // sees the compiler threads HotSpot starts and ends
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
        double cpuMs = (processCpuNanos() - cpuFrom) / 1e6 / measuredPages;
        double workerMs = readingCpuSince(readingFrom) / 1e6 / measuredPages;
        ProcessTreeCpu.Cpu threads = meter.read(self).minus(threadsFrom);
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "%s: %d pages in %.1f s = %.1f pages/s; %.1f CPU ms/page (whole JVM: workers, JIT, GC), "
                        + "%.1f in the reading threads, %.1f JIT compiling, %.1f GC; %d idle cores at that cost: %.0f pages/s"
                        + " (%d workers, %d warm-up rounds)",
                label, measuredPages, elapsed, measuredPages / elapsed, cpuMs, workerMs, threads.compiler() * 1000 / measuredPages,
                threads.gc() * 1000 / measuredPages, cores, cores * 1000 / cpuMs, workers, warmRounds);
    }
}
