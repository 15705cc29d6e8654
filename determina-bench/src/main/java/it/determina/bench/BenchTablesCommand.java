package it.determina.bench;

import it.determina.cli.InputFiles;
import it.determina.output.TablesJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench-tables ICDAR_DIR}: the accuracy of the generic table layer against tabula-java on an
 * ICDAR 2013 folder (subfolders of NAME.pdf with NAME-str.xml / NAME-reg.xml). determina's {@code tables}
 * and tabula's command-line app in four settings each run in their own JVM on the same files; every
 * prediction set is scored by the same ICDAR 2013 evaluator; the scores are printed side by side and
 * written to {@code OUT/tables-accuracy.md}. tabula gets one-page PDFs so that its tables have pages.
 */
@Command(name = "bench-tables", mixinStandardHelpOptions = true,
        description = "ICDAR 2013 structure and detection scores of determina's table layer and tabula-java's, side by side.")
public final class BenchTablesCommand implements Callable<Integer> {

    // "us-001-str.xml": an ICDAR 2013 structure ground truth
    private static final java.util.regex.Pattern STRUCTURE_TRUTH = java.util.regex.Pattern.compile(".*-str\\.xml");

    @Parameters(paramLabel = "ICDAR_DIR", description = "ICDAR 2013 folder (subfolders eu/, us/ or the files directly)")
    Path icdar;

    @Option(names = "--tabula-classpath", required = true, paramLabel = "FILE",
            description = "file holding the classpath of tabula 1.0.5 and its own dependencies (scripts/bench.sh makes it)")
    Path tabulaClasspath;

    @Mixin
    ProductJar product;

    @Option(names = "--scorer", paramLabel = "FILE", description = "the ICDAR evaluator (default: ../shared/tools/icdar_eval.py)")
    Path scorer = Path.of("..", "shared", "tools", "icdar_eval.py");

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: bench/results/<today>)")
    Path out;

    @Spec
    CommandSpec spec;

    /** One prediction set: its name and how long producing it took. */
    private record Run(String name, Path predictions, ProcessMeter.Measured cost, IcdarScorer.Result scores) {
    }

    @Override
    public Integer call() throws Exception {
        product.built(spec);
        PrintWriter con = spec.commandLine().getOut();
        Path results = out != null ? out : Path.of("bench", "results", LocalDate.now().toString());
        Path work = results.resolve("tables-work");
        Map<String, List<Path>> subsets = subsets(icdar);
        int pages = 0;
        for (List<Path> pdfs : subsets.values()) {
            for (Path p : pdfs) {
                pages += PdfPages.count(p);
            }
        }
        con.printf("ICDAR folder %s: %d documents, %d pages in %s%n", icdar,
                subsets.values().stream().mapToInt(List::size).sum(), pages, subsets.keySet());
        con.flush();
        IcdarScorer icdarScorer = new IcdarScorer(scorer);
        List<Run> runs = new ArrayList<>();
        runs.add(determina(subsets, work, icdarScorer));
        TabulaCli tabula = new TabulaCli(Files.readString(tabulaClasspath));
        Map<String, List<Path>> pageFiles = splitPages(subsets, work.resolve("pages"));
        for (TabulaCli.Mode mode : TabulaCli.Mode.values()) {
            runs.add(tabula(tabula, mode, subsets, pageFiles, work, icdarScorer));
            con.println("  scored " + runs.get(runs.size() - 1).name());
            con.flush();
        }
        String report = AccuracyTable.accuracyTable(runs.stream().map(r -> new AccuracyTable.Scored(r.name(), r.scores(),
                r.cost())).toList(), oracle(runs), pages);
        Files.createDirectories(results);
        Files.writeString(results.resolve("tables-accuracy.md"), "# Table layer on ICDAR 2013 (" + icdar + ")\n\n"
                + "Command: `java -jar target/determina-bench.jar bench-tables " + icdar + " --tabula-classpath "
                + tabulaClasspath + " --jar " + product.jar + "`\n\n" + report);
        con.println(report);
        con.println("written: " + results.resolve("tables-accuracy.md"));
        con.flush();
        return 0;
    }

    private Run determina(Map<String, List<Path>> subsets, Path work, IcdarScorer icdarScorer) throws Exception {
        Path predictions = work.resolve("predictions").resolve("determina");
        double seconds = 0;
        double peak = 0;
        for (Map.Entry<String, List<Path>> e : subsets.entrySet()) {
            Path folder = Objects.requireNonNull(e.getValue().get(0).getParent(), "a file has a folder");
            List<String> args = List.of("-cp", product.jar.toAbsolutePath().toString(), "it.determina.Main", "tables",
                    folder.toAbsolutePath().toString(), "--out", predictions.resolve(e.getKey()).toAbsolutePath().toString());
            ProcessMeter.Measured m = ProcessMeter.run(ProcessMeter.java(args), Path.of("."), work.resolve("determina-" + e.getKey() + ".log"));
            seconds += m.seconds();
            peak = Math.max(peak, m.peakMb());
        }
        Path scoring = Files.createDirectories(work.resolve("scores").resolve("determina"));
        return new Run("determina tables", predictions, new ProcessMeter.Measured(seconds, peak, 0),
                icdarScorer.score(icdar, predictions, scoring));
    }

    private Run tabula(TabulaCli tabula, TabulaCli.Mode mode, Map<String, List<Path>> subsets, Map<String, List<Path>> pageFiles,
                       Path work, IcdarScorer icdarScorer) throws Exception {
        String key = mode.name().toLowerCase();
        Path folder = work.resolve("tabula-" + key);
        deleteTree(folder);
        Files.createDirectories(folder);
        for (List<Path> files : pageFiles.values()) {
            for (Path f : files) {
                Files.createLink(folder.resolve(f.getFileName()), f);
            }
        }
        ProcessMeter.Measured cost = tabula.run(mode, folder, work.resolve("tabula-" + key + ".log"));
        Path predictions = work.resolve("predictions").resolve("tabula-" + key);
        TablesJson json = new TablesJson();
        for (Map.Entry<String, List<Path>> e : subsets.entrySet()) {
            for (Path pdf : e.getValue()) {
                String stem = stem(pdf);
                List<Double> heights = PdfPages.heights(pdf);
                List<TablesJson.TableOut> tables = new ArrayList<>();
                for (int p = 1; p <= heights.size(); p++) {
                    String page = PdfPages.pageFile(stem, p);
                    Path jsonFile = folder.resolve(page.substring(0, page.length() - 4) + ".json");
                    tables.addAll(tabula.tables(jsonFile, p, heights.get(p - 1)));
                }
                json.write(new TablesJson.TablesOut(tables), predictions.resolve(e.getKey()).resolve(stem + ".json"));
            }
        }
        Path scoring = Files.createDirectories(work.resolve("scores").resolve("tabula-" + key));
        return new Run("tabula " + mode.label(), predictions, cost, icdarScorer.score(icdar, predictions, scoring));
    }

    /** The better of tabula's lattice and stream for each document, by that document's F1 (an upper bound). */
    private static AccuracyTable.Counts oracle(List<Run> runs) {
        Run lattice = runs.stream().filter(r -> r.name().contains("lattice (-l)")).findFirst().orElseThrow();
        Run stream = runs.stream().filter(r -> r.name().contains("stream (-t)") && !r.name().contains("guess")).findFirst().orElseThrow();
        long gt = 0;
        long pred = 0;
        long matched = 0;
        for (IcdarScorer.DocumentScore a : lattice.scores().documents()) {
            IcdarScorer.DocumentScore b = stream.scores().documents().stream()
                    .filter(d -> d.doc().equals(a.doc()) && d.subset().equals(a.subset())).findFirst().orElse(a);
            IcdarScorer.DocumentScore best = b.f1() > a.f1() ? b : a;
            gt += best.gtRelations();
            pred += best.predRelations();
            matched += best.matched();
        }
        return new AccuracyTable.Counts(gt, pred, matched);
    }

    /** Subset name to its PDFs: subfolders holding -str.xml files, or the folder itself. */
    static Map<String, List<Path>> subsets(Path dir) throws IOException {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isDirectory).sorted().forEach(folders::add);
        }
        folders.add(dir);
        for (Path f : folders) {
            List<Path> pdfs = InputFiles.inFolder(f, InputFiles.PDFS);
            if (!pdfs.isEmpty() && !InputFiles.inFolder(f, STRUCTURE_TRUTH).isEmpty()) {
                out.put(f.getFileName().toString(), pdfs);
            }
        }
        if (out.isEmpty()) {
            throw new IOException(dir + ": no folder with NAME.pdf and NAME-str.xml files");
        }
        return out;
    }

    private static Map<String, List<Path>> splitPages(Map<String, List<Path>> subsets, Path dir) throws IOException {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        deleteTree(dir);
        for (Map.Entry<String, List<Path>> e : subsets.entrySet()) {
            List<Path> files = new ArrayList<>();
            for (Path pdf : e.getValue()) {
                files.addAll(PdfPages.split(pdf, stem(pdf), dir.resolve(e.getKey())));
            }
            out.put(e.getKey(), files);
        }
        return out;
    }

    static String stem(Path pdf) {
        String name = pdf.getFileName().toString();
        return name.substring(0, name.length() - 4);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
