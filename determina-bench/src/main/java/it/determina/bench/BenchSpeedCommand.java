package it.determina.bench;

import it.determina.cli.InputFiles;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-speed}: determina's {@code ingest} against tabula-java's command-line app (lattice) on the
 * same pages in the same run (issue 14), every run its own JVM, wall clock including start-up, each figure
 * the median of {@code --rounds} rounds whose runs alternate between the tools, so that a busy machine
 * slows both alike: a batch of the samples (N copies), one file alone (start-up, beside {@code --help}),
 * then the pipeline warm in one JVM beside PDFBox's own text pass ({@code bench-warm --floor}), and long determinations (the samples appended as
 * numbered annexes, {@link PdfPages#determination}, to 1000 and 5000 pages) within {@code -Xmx256m}. Reports wall seconds, CPU seconds (user + system) and
 * CPU seconds per page, peak resident memory, and the ratios determina / tabula. With {@code --baseline-jar}
 * an older build's {@code ingest} runs in the same rounds. Written to {@code OUT/speed.md}.
 */
@Command(name = "bench-speed", mixinStandardHelpOptions = true,
        description = "ingest against tabula-java lattice on the same pages in the same run: wall, CPU/page, start-up, memory on long documents.")
public final class BenchSpeedCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "determinations (default: samples)")
    Path samples = Path.of("samples");

    @Option(names = "--one", paramLabel = "FILE", description = "the file read alone for start-up (default: a 2-page held-out standard)")
    Path one = Path.of("src", "test", "resources", "held-out", "qa_lazio_zebra_saldatura.pdf");

    @Option(names = "--tabula-classpath", required = true, paramLabel = "FILE",
            description = "file holding the classpath of tabula 1.0.5 and its own dependencies (scripts/bench.sh makes it)")
    Path tabulaClasspath;

    @Mixin
    ProductJar product;

    @Option(names = "--baseline-jar", paramLabel = "JAR", description = "an older determina.jar whose ingest is measured in the same rounds")
    Path baselineJar;

    @Option(names = "--copies", paramLabel = "N", description = "copies of each sample in the batch (default: 6, 246 pages)")
    int copies = 6;

    @Option(names = "--rounds", paramLabel = "N", description = "rounds; each figure is their median (default: 3)")
    int rounds = 3;

    @Option(names = "--sizes", split = ",", paramLabel = "PAGES", description = "long determinations (default: 1000,5000)")
    List<Integer> sizes = List.of(1000, 5000);

    @Option(names = "--heap", paramLabel = "SIZE", description = "-Xmx of the long determinations (default: 256m)")
    String heap = "256m";

    @Option(names = "--warm-seconds", paramLabel = "S", description = "length of the warm run in one JVM (default: 60)")
    int warmSeconds = 60;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: bench/results/<today>)")
    Path out;

    @Spec
    CommandSpec spec;

    // "warm: 2460 pages in 30.1 s = 81.7 pages/s; 7.9 CPU ms/page (whole JVM: ...), 6.1 in the reading threads; 2 idle cores at that cost: 253 pages/s (...)"
    private static final java.util.regex.Pattern WARM = java.util.regex.Pattern.compile(
            "= ([0-9.]+) pages/s; ([0-9.]+) CPU ms/page.*?, ([0-9.]+) in the reading threads; [0-9]+ idle cores at that cost: ([0-9.]+) pages/s");

    /** A command run in each round, by its label. */
    private record Tool(String label, List<String> command, Path dir) {
    }

    @Override
    public Integer call() throws Exception {
        Path jar = product.built(spec);
        PrintWriter con = spec.commandLine().getOut();
        Path results = out != null ? out : Path.of("bench", "results", LocalDate.now().toString());
        Path work = results.resolve("speed-work").toAbsolutePath();
        BenchTablesCommand.deleteTree(work);
        String tabula = Files.readString(tabulaClasspath).trim();
        List<Path> sources = InputFiles.collect(List.of(samples), InputFiles.PDFS);
        Path batch = work.resolve("batch");
        int batchPages = copies(sources, copies, batch);
        Path alone = work.resolve("one");
        Files.createDirectories(alone);
        Files.copy(one, alone.resolve(one.getFileName()));
        int onePages = PdfPages.count(one);

        List<Tool> batchTools = new ArrayList<>(List.of(
                new Tool("determina ingest", determina(jar, "ingest", batch.toString(), "--out", work.resolve("batch-out").toString()), work),
                new Tool("tabula lattice", tabula(tabula, batch), batch)));
        List<Tool> oneTools = new ArrayList<>(List.of(
                new Tool("determina --help", determina(jar, "--help"), work),
                new Tool("determina ingest", determina(jar, "ingest", alone.resolve(one.getFileName()).toString(), "--out", work.resolve("one-out").toString()), work),
                new Tool("tabula lattice", tabula(tabula, alone), alone)));
        if (baselineJar != null) {
            batchTools.add(new Tool("baseline ingest", determina(baselineJar, "ingest", batch.toString(), "--out", work.resolve("batch-base").toString()), work));
            oneTools.add(new Tool("baseline ingest", determina(baselineJar, "ingest", alone.resolve(one.getFileName()).toString(), "--out", work.resolve("one-base").toString()), work));
        }
        Map<String, ProcessMeter.Measured> batchRuns = rounds(batchTools, work, "batch", con);
        Map<String, ProcessMeter.Measured> oneRuns = rounds(oneTools, work, "one", con);

        StringBuilder warm = new StringBuilder("| reading | workers | pages/s (wall) | CPU ms/page, whole JVM | CPU ms/page, reading threads | pages/s on idle cores at that CPU |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int w : List.of(1, 2)) {
            Path log = work.resolve("warm-" + w + ".log");
            ProcessMeter.run(bench("bench-warm", samples.toAbsolutePath().toString(), "--seconds", String.valueOf(warmSeconds),
                    "--workers", String.valueOf(w), "--floor"), work, log);
            for (String label : List.of("warm", "floor")) {
                String line = Files.readAllLines(log).stream().filter(l -> l.startsWith(label + ":")).findFirst().orElse(label + ": failed, see " + log);
                java.util.regex.Matcher rate = WARM.matcher(line);
                warm.append("| ").append(label.equals("warm") ? "determina pipeline" : "PDFBox text pass").append(" | ").append(w).append(" | ")
                        .append(rate.find() ? String.join(" | ", rate.group(1), rate.group(2), rate.group(3), rate.group(4)) : line).append(" |\n");
                con.println(label + ", " + w + " worker(s): " + line);
            }
            con.flush();
        }

        StringBuilder growth = new StringBuilder("| pages | exit | wall s | CPU s | CPU ms/page | wall ms/page | peak MB |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            Path doc = work.resolve("long").resolve("determination-" + size + "p.pdf");
            PdfPages.determination(sources, size, doc);
            // no per-document time limit: the figure is how long it takes, however busy the machine
            List<String> cmd = ProcessMeter.java(List.of("-Xmx" + heap, "-cp", jar.toString(), "it.determina.Main", "ingest", doc.toString(),
                    "--out", work.resolve("long-out-" + size).toString(), "--timeout", "86400"));
            ProcessMeter.Measured m = ProcessMeter.run(cmd, work, work.resolve("long-" + size + ".log"));
            growth.append(String.format(java.util.Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", size, m.exitCode(), m.seconds(), m.cpuSeconds(),
                    1000 * m.cpuSeconds() / size, 1000 * m.seconds() / size, m.peakMb()));
            con.printf(java.util.Locale.ROOT, "long determination: %d pages in -Xmx%s: exit %d, %.1f s, %.1f CPU s, peak %.0f MB%n", size, heap, m.exitCode(),
                    m.seconds(), m.cpuSeconds(), m.peakMb());
            con.flush();
        }

        String text = "# Speed: determina ingest against tabula-java lattice\n\nCommand: `java -jar target/determina-bench.jar bench-speed --tabula-classpath "
                + tabulaClasspath + " --jar " + product.jar + (baselineJar == null ? "" : " --baseline-jar " + baselineJar) + "` on "
                + Runtime.getRuntime().availableProcessors() + " cores. Every run is its own JVM, wall clock including start-up; "
                + "each figure is the median of " + rounds + " rounds whose runs alternate between the tools; CPU is user + system of the "
                + "process. determina reads with every core (`--workers`), tabula's command-line app with one thread.\n\n"
                + "## Batch: the samples ×" + copies + " (" + sources.size() * copies + " files, " + batchPages + " pages)\n\n"
                + table(batchRuns, batchPages, "tabula lattice")
                + "\n## One file alone: " + one.getFileName() + " (" + onePages + " pages)\n\n" + table(oneRuns, onePages, "tabula lattice")
                + "\n## Warm, in one long-lived JVM\n\nThe ingest pipeline on the samples over and over for " + warmSeconds
                + " s (`bench-warm --floor`), as a `run` worker reads, after 20 warm-up rounds; PDFBox's own text pass "
                + "(`PDFTextStripper`) on the same files the same way. CPU per page is the figure to read on a shared machine; "
                + "the last column is what the cores would give at that cost with nothing else running:\n\n" + warm
                + "\n## Long determinations in -Xmx" + heap + "\n\nThe samples appended with PDFBox as annexes of one act, each first page "
                + "stamped \"ALLEGATO k\", `ingest` in its own JVM:\n\n"
                + growth;
        Files.createDirectories(results);
        Files.writeString(results.resolve("speed.md"), text);
        con.println(text);
        con.println("written: " + results.resolve("speed.md"));
        con.flush();
        return 0;
    }

    /** Runs every tool once per round, in turn; the median run of each tool (by wall time). */
    private Map<String, ProcessMeter.Measured> rounds(List<Tool> tools, Path work, String key, PrintWriter con) throws Exception {
        Map<String, List<ProcessMeter.Measured>> runs = new LinkedHashMap<>();
        for (int r = 1; r <= rounds; r++) {
            for (Tool t : tools) {
                ProcessMeter.Measured m = ProcessMeter.run(t.command(), t.dir(),
                        work.resolve(key + "-" + t.label().replaceAll("[^a-z]+", "-") + "-" + r + ".log"));
                runs.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(m);
                con.printf(java.util.Locale.ROOT, "%s, round %d, %s: %.2f s, %.2f CPU s, peak %.0f MB, exit %d%n", key, r, t.label(), m.seconds(), m.cpuSeconds(),
                        m.peakMb(), m.exitCode());
                con.flush();
            }
        }
        Map<String, ProcessMeter.Measured> median = new LinkedHashMap<>();
        runs.forEach((label, list) -> median.put(label, median(list)));
        return median;
    }

    /** The median of each figure on its own. */
    static ProcessMeter.Measured median(List<ProcessMeter.Measured> runs) {
        return new ProcessMeter.Measured(median(runs.stream().mapToDouble(ProcessMeter.Measured::seconds).toArray()),
                runs.stream().mapToDouble(ProcessMeter.Measured::peakMb).max().orElse(0),
                runs.stream().mapToInt(ProcessMeter.Measured::exitCode).max().orElse(0),
                median(runs.stream().mapToDouble(ProcessMeter.Measured::cpuSeconds).toArray()));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String table(Map<String, ProcessMeter.Measured> runs, int pages, String reference) {
        ProcessMeter.Measured ref = java.util.Objects.requireNonNull(runs.get(reference), reference + " was not measured");
        StringBuilder t = new StringBuilder("| tool | wall s | CPU s | CPU ms/page | peak MB | exit | wall / " + reference
                + " | CPU / " + reference + " |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        runs.forEach((label, m) -> t.append(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %.0f | %d | %.2f | %.2f |%n", label, m.seconds(),
                m.cpuSeconds(), 1000 * m.cpuSeconds() / pages, m.peakMb(), m.exitCode(), m.seconds() / ref.seconds(), m.cpuSeconds() / ref.cpuSeconds())));
        return t.toString();
    }

    /** {@code jar}'s command line with {@code args}, in a fresh JVM. */
    private static List<String> determina(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of("-cp", jar.toAbsolutePath().toString(), "it.determina.Main"));
        cmd.addAll(List.of(args));
        return ProcessMeter.java(cmd);
    }

    /** This workbench's command line ({@link BenchMain}) with {@code args}, in a fresh JVM. */
    private static List<String> bench(String... args) {
        List<String> cmd = new ArrayList<>(List.of("-cp", classpath(), BenchMain.class.getName()));
        cmd.addAll(List.of(args));
        return ProcessMeter.java(cmd);
    }

    /** This JVM's class path with every entry absolute: the runs start in the work folder. */
    private static String classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** tabula 1.0.5's command-line app, lattice, over every PDF of {@code folder} in one JVM. */
    private static List<String> tabula(String classpath, Path folder) {
        return ProcessMeter.java(List.of("-cp", classpath, "technology.tabula.CommandLineApp", "-l", "-f", "JSON", "-p", "all", "-i", "-b",
                folder.toString()));
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
}
