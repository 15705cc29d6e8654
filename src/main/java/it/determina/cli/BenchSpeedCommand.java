package it.determina.cli;

import it.determina.bench.PdfPages;
import it.determina.bench.ProcessMeter;
import it.determina.bench.TabulaCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-speed}: pages per second and peak memory of determina's {@code ingest} and {@code tables}
 * (all cores) and of tabula-java's command-line app (lattice; guess + stream) on the same pages, each
 * tool in its own JVM, wall clock including start-up, on N and 2N copies of each corpus (the difference
 * gives the rate once started); then {@code ingest} of one determination of 1, 10,
 * 100 and 1000 pages (the samples concatenated) within a fixed heap. Written to {@code OUT/speed.md}.
 */
@Command(name = "bench-speed", mixinStandardHelpOptions = true,
        description = "Pages/s and peak memory of ingest and tables against tabula-java, and growth with document size.")
public final class BenchSpeedCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "determinations (default: samples)")
    Path samples = Path.of("samples");

    @Option(names = "--icdar", paramLabel = "DIR", description = "ICDAR 2013 folder (default: ../shared/data/icdar2013)")
    Path icdar = Path.of("..", "shared", "data", "icdar2013");

    @Option(names = "--tabula-classpath", required = true, paramLabel = "FILE",
            description = "file holding the classpath of tabula 1.0.5 and its own dependencies (scripts/bench.sh makes it)")
    Path tabulaClasspath;

    @Option(names = "--copies", paramLabel = "N", description = "copies of each corpus in the smaller run; the larger has twice as many (default: 6)")
    int copies = 6;

    @Option(names = "--sizes", split = ",", paramLabel = "PAGES", description = "document sizes for the growth run (default: 1,10,100,1000)")
    List<Integer> sizes = List.of(1, 10, 100, 1000);

    @Option(names = "--warm-seconds", paramLabel = "S", description = "length of the warm run in one JVM (default: 90)")
    int warmSeconds = 90;

    @Option(names = "--heap", paramLabel = "SIZE", description = "-Xmx of the growth run (default: 512m)")
    String heap = "512m";

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: bench/results/<today>)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter con = spec.commandLine().getOut();
        Path results = out != null ? out : Path.of("bench", "results", LocalDate.now().toString());
        Path work = results.resolve("speed-work");
        BenchTablesCommand.deleteTree(work);
        TabulaCli tabula = new TabulaCli(Files.readString(tabulaClasspath));
        List<BenchReports.SpeedRow> rows = new ArrayList<>();
        Map<String, List<Path>> corpora = new LinkedHashMap<>();
        corpora.put("determinations (samples)", InputFiles.collect(List.of(samples), InputFiles.PDFS));
        List<Path> icdarPdfs = new ArrayList<>();
        BenchTablesCommand.subsets(icdar).values().forEach(icdarPdfs::addAll);
        corpora.put("ICDAR 2013", icdarPdfs);
        List<BenchReports.SteadyRow> steady = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Path>> c : corpora.entrySet()) {
            Path small = work.resolve("corpus-" + index + "-x" + copies);
            Path large = work.resolve("corpus-" + index++ + "-x" + 2 * copies);
            int smallPages = copies(c.getValue(), copies, small);
            int largePages = copies(c.getValue(), 2 * copies, large);
            for (String tool : List.of("determina ingest", "determina tables", "tabula lattice (-l)", "tabula guess + stream (-g -t)")) {
                ProcessMeter.Measured a = measure(tool, small, work, tabula);
                ProcessMeter.Measured b = measure(tool, large, work, tabula);
                rows.add(new BenchReports.SpeedRow(c.getKey() + " ×" + copies, tool, smallPages, a));
                rows.add(new BenchReports.SpeedRow(c.getKey() + " ×" + 2 * copies, tool, largePages, b));
                steady.add(new BenchReports.SteadyRow(c.getKey(), tool, largePages - smallPages, b.seconds() - a.seconds()));
                con.printf("%s, %s: %d pages in %.1f s, %d pages in %.1f s (peak %.0f MB): %.1f pages/s once started%n", c.getKey(), tool,
                        smallPages, a.seconds(), largePages, b.seconds(), b.peakMb(), (largePages - smallPages) / (b.seconds() - a.seconds()));
                con.flush();
            }
        }
        StringBuilder warm = new StringBuilder("| workers | pages/s |\n| ---: | ---: |\n");
        for (int w : List.of(1, Runtime.getRuntime().availableProcessors())) {
            Path log = work.resolve("warm-" + w + ".log");
            ProcessMeter.run(ProcessMeter.java(List.of("-cp", System.getProperty("java.class.path"), "it.determina.Main", "bench-warm",
                    samples.toAbsolutePath().toString(), "--seconds", String.valueOf(warmSeconds), "--workers", String.valueOf(w))),
                    Path.of("."), log);
            String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("warm:")).findFirst().orElse("warm: failed, see " + log);
            warm.append("| ").append(w).append(" | ").append(line.replaceFirst(".*= ", "").replace(" pages/s", "")).append(" |\n");
            con.println("ingest pipeline warm, " + w + " worker(s): " + line);
            con.flush();
        }
        List<BenchReports.SpeedRow> growth = new ArrayList<>();
        List<Path> sources = corpora.values().iterator().next();
        for (int size : sizes) {
            Path doc = work.resolve("growth").resolve("determination-" + size + "p.pdf");
            PdfPages.concatenate(sources, size, doc);
            Path outDir = work.resolve("growth-out-" + size);
            ProcessMeter.Measured m = ProcessMeter.run(ProcessMeter.java(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    "it.determina.Main", "ingest", doc.toAbsolutePath().toString(), "--out", outDir.toAbsolutePath().toString())),
                    Path.of("."), work.resolve("growth-" + size + ".log"));
            growth.add(new BenchReports.SpeedRow("one determination, -Xmx" + heap, "determina ingest", size, m));
            con.printf("growth: %d pages in %.1f s, peak %.0f MB, exit %d%n", size, m.seconds(), m.peakMb(), m.exitCode());
            con.flush();
        }
        String text = "# Speed: determina against tabula-java\n\nCommand: `java -jar target/determina.jar bench-speed --tabula-classpath "
                + tabulaClasspath + "` on " + Runtime.getRuntime().availableProcessors() + " cores; every run is its own JVM, "
                + "wall clock including JVM start-up; determina uses every core (--workers), tabula's command-line app is single-threaded.\n\n"
                + "## Once started\n\nPages/s on the extra pages of the larger run: (pages ×" + 2 * copies + " − pages ×" + copies
                + ") / (seconds ×" + 2 * copies + " − seconds ×" + copies + "), which takes out JVM start-up and most of the JIT warm-up.\n\n"
                + BenchReports.steadyTable(steady)
                + "\n## Warm, in one long-lived JVM\n\nThe ingest pipeline on the samples over and over for " + warmSeconds
                + " s (`bench-warm`), as the `run` daemon works; pages/s over the second half:\n\n" + warm
                + "\n## Each run\n\n"
                + BenchReports.speedTable(rows) + "\n## Growth with document size\n\n" + BenchReports.speedTable(growth);
        Files.createDirectories(results);
        Files.writeString(results.resolve("speed.md"), text);
        con.println(text);
        con.println("written: " + results.resolve("speed.md"));
        con.flush();
        return 0;
    }

    private static ProcessMeter.Measured measure(String tool, Path corpus, Path work, TabulaCli tabula) throws Exception {
        String key = tool.replaceAll("[^a-z]+", "-");
        Path log = work.resolve(corpus.getFileName() + "-" + key + ".log");
        return switch (tool) {
            case "determina ingest", "determina tables" -> ProcessMeter.run(ProcessMeter.java(List.of("-cp", System.getProperty("java.class.path"),
                    "it.determina.Main", tool.substring("determina ".length()), corpus.toAbsolutePath().toString(), "--out",
                    work.resolve(corpus.getFileName() + "-" + key + "-out").toAbsolutePath().toString())), Path.of("."), log);
            default -> {
                Path folder = work.resolve(corpus.getFileName() + "-" + key);
                links(corpus, folder);
                yield tabula.run(tool.contains("guess") ? TabulaCli.Mode.GUESS_STREAM : TabulaCli.Mode.LATTICE, folder, log);
            }
        };
    }

    /** Fills {@code dir} with {@code copies} links to each PDF under distinct names; returns the pages. */
    private static int copies(List<Path> pdfs, int copies, Path dir) throws IOException {
        Files.createDirectories(dir);
        int pages = 0;
        for (Path pdf : pdfs) {
            int n = PdfPages.count(pdf);
            for (int k = 1; k <= copies; k++) {
                Files.createLink(dir.resolve(BenchTablesCommand.stem(pdf) + "-copy" + k + ".pdf"), pdf.toAbsolutePath());
                pages += n;
            }
        }
        return pages;
    }

    private static void links(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.createLink(to.resolve(p.getFileName()), p);
            }
        }
    }
}
