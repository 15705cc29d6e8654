package it.determina.bench;

import it.determina.camel.Launcher;
import it.determina.cli.InputFiles;
import it.determina.layout.PdfSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-dropfolder SAMPLES_DIR}: measures the drop folder of {@code run} end to end. For each
 * worker count, a fresh home gets {@code --copies} distinct copies of every PDF (a comment appended, so
 * no content repeats), the application is started, and the time until all are archived is measured.
 */
@Command(name = "bench-dropfolder", mixinStandardHelpOptions = true,
        description = "Throughput of the drop folder (documents and pages per second) for 1..N workers.")
public final class BenchDropFolderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of sample PDFs")
    Path samples;

    @Option(names = "--copies", description = "copies of each sample (default: 5)")
    int copies = 5;

    @Option(names = "--workers", split = ",", description = "worker counts to measure (default: 1,2)")
    List<Integer> workers = List.of(1, 2);

    @Option(names = "--work-dir", description = "where the temporary homes go (default: target/bench-dropfolder)")
    Path workDir = Path.of("target", "bench-dropfolder");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> pdfs = InputFiles.inFolder(samples, InputFiles.PDFS);
        int pagesPerRound = 0;
        for (Path p : pdfs) {
            try (PdfSource pdf = PdfSource.open(p)) {
                pagesPerRound += pdf.pageCount();
            }
        }
        int documents = pdfs.size() * copies;
        int pages = pagesPerRound * copies;
        out.printf("drop folder: %d documents, %d pages per run (%d samples x %d copies)%n", documents, pages, pdfs.size(), copies);
        for (int w : workers) {
            double seconds = measure(pdfs, w, documents);
            out.printf("workers=%d: %.1f s, %.2f documents/s, %.1f pages/s%n", w, seconds, documents / seconds, pages / seconds);
            out.flush();
        }
        return 0;
    }

    private double measure(List<Path> pdfs, int w, int documents) throws Exception {
        Path home = workDir.resolve("workers-" + w + "-" + System.nanoTime());
        Path staging = Files.createDirectories(home.resolve("staging"));
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<Path> staged = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Path p : pdfs) {
                Path t = staging.resolve("c" + c + "-" + p.getFileName());
                Files.copy(p, t);
                Files.writeString(t, "\n% copy " + c + "\n", StandardOpenOption.APPEND);
                staged.add(t);
            }
        }
        Main main = new Launcher(home).workers(w).property("camel.management.enabled", "false")
                .property("determina.poll-delay", "100").property("determina.read-lock-min-age", "1")
                .property("determina.queue", String.valueOf(Math.max(8, 4 * w))).build();
        Thread thread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-" + w);
        thread.start();
        while (main.getCamelContext() == null || main.getCamelContext().getStatus() != ServiceStatus.Started) {
            Thread.sleep(50);
        }
        long start = System.nanoTime();
        for (Path t : staged) {
            Files.move(t, inbox.resolve(t.getFileName()));
        }
        while (count(home.resolve("archive")) + count(home.resolve("failed")) < documents) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        main.completed();
        thread.join(30_000);
        return seconds;
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }
}
