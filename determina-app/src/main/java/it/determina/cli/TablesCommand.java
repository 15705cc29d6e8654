package it.determina.cli;

import it.determina.layout.OcrEngine;
import it.determina.layout.PageReader;
import it.determina.layout.PdfSource;
import it.determina.layout.UnreadableDocumentException;
import it.determina.model.ErrorCode;
import it.determina.output.StandardJson;
import it.determina.output.TablesJson;
import it.determina.tables.DocumentTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tables PATH... [--out DIR]}: every table the generic table layer finds in any PDF, as the
 * ICDAR 2013 prediction JSON; to stdout for one file, else DIR/NAME.json (or NAME.error.json) per input.
 * Exit 0 when every file was read, 1 otherwise.
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Extract every table of any PDF as JSON (page, box, cells with row, col and spans).")
public final class TablesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders (searched recursively)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for NAME.json; without it one file's JSON goes to stdout")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "files read at once (default: the number of cores)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.collect(inputs, InputFiles.PDFS);
        TablesJson json = new TablesJson();
        if (out == null) {
            if (files.size() != 1) {
                err.println("tables: without --out give exactly one PDF (got " + files.size() + ")");
                return 2;
            }
            return toStdout(files.get(0), json, err);
        }
        Files.createDirectories(out);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger tables = new AtomicInteger();
        long started = System.nanoTime();
        StandardJson errors = new StandardJson();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        try {
            List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> {
                String base = IngestCommand.baseName(f);
                try {
                    DocumentTables.Found found = read(f);
                    json.write(found, out.resolve(base + ".json"));
                    tables.addAndGet(found.tables().size());
                } catch (UnreadableDocumentException | RuntimeException e) {
                    failed.incrementAndGet();
                    writeError(f, e, errors, out.resolve(base + ".error.json"), err);
                }
                return null;
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        err.printf("%d file(s): %d ok, %d failed; %d table(s) in %.1f s%n", files.size(), files.size() - failed.get(),
                failed.get(), tables.get(), (System.nanoTime() - started) / 1e9);
        err.flush();
        return failed.get() == 0 ? 0 : 1;
    }

    private Integer toStdout(Path file, TablesJson json, PrintWriter err) throws IOException {
        try {
            spec.commandLine().getOut().println(json.toJson(read(file)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (UnreadableDocumentException e) {
            err.println("FAIL  " + file + ": " + e.code() + " " + e.getMessage());
            return 1;
        }
    }

    /** Pages without a text layer are read by OCR (Tesseract through Tika), as {@code ingest} reads them. */
    private static final PageReader READER = new PageReader(new OcrEngine("ita+eng"));

    /** The tables of one PDF, scanned pages read by OCR. */
    static DocumentTables.Found read(Path file) throws UnreadableDocumentException {
        try (PdfSource pdf = PdfSource.open(file)) {
            String name = file.getFileName().toString();
            return DocumentTables.of(pdf, n -> READER.read(pdf, n, name));
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(ErrorCode.FILE_UNREADABLE, file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeError(Path file, Exception cause, StandardJson errors, Path target, PrintWriter err) {
        ErrorCode code = ErrorCode.of(cause);
        String message = ErrorCode.message(cause);
        synchronized (err) {
            err.println("FAIL  " + file + ": " + code + " " + message);
        }
        try {
            errors.writeError(file.getFileName().toString(), code, message, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
