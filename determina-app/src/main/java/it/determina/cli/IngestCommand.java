package it.determina.cli;

import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.SafeText;
import it.determina.model.ErrorCode;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.NameClaims;
import it.determina.output.OutputNames;
import it.determina.output.StandardJson;
import it.determina.output.db.DatabaseException;
import it.determina.report.FileResult;
import it.determina.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ingest PATH... --out DIR}: every PDF found becomes DIR/NAME.json (an array of standards) or
 * DIR/NAME.error.json; one line per file on stderr and a summary. Two inputs never share an output name
 * ({@link NameClaims}: {@code 2024/a.pdf} and {@code 2025/a.pdf} give {@code a.json} and {@code a~2.json}).
 * An output that cannot be written fails that file only (OUTPUT_UNWRITABLE) and the others are tried
 * (issue 12, finding 6). Exit status: {@value #EXIT_OK} all succeeded, {@value #EXIT_INPUTS_FAILED} some
 * inputs failed, {@value #EXIT_OUTPUT_UNWRITABLE} some output (or the report) could not be written.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Convert determinations (PDF) into canonical JSON, one NAME.json per input.")
public final class IngestCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_INPUTS_FAILED = 1;
    static final int EXIT_OUTPUT_UNWRITABLE = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders (searched recursively)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "folder for NAME.json and NAME.error.json (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the review report (self-contained HTML) here")
    Path report;

    @Option(names = "--max-size-mb", paramLabel = "MB", description = "largest file accepted (default: 200)")
    long maxSizeMb = 200;

    @Option(names = "--max-pages", paramLabel = "N", description = "most pages accepted in one file (default: 5000)")
    int maxPages = 5_000;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per file (default: 600)")
    long timeoutSeconds = 600;

    @Option(names = "--workers", paramLabel = "N", description = "files converted at once (default: the number of cores)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "also upsert the standards into PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres (schema made by Flyway)")
    String db;

    @Option(names = "--ndjson", paramLabel = "FILE", description = "also write one standard per line to FILE, and manifest.json beside it")
    Path ndjson;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.collect(inputs, InputFiles.DOCUMENTS);
        // the families (YAML) and the JSON Schema take about a third of a CPU second to load in a fresh JVM:
        // loaded on another thread while the first document's pages are read (issue 14)
        java.util.concurrent.CompletableFuture<FamilyRegistry> families = java.util.concurrent.CompletableFuture.supplyAsync(FamilyRegistry::standard);
        Pipeline pipeline = new Pipeline(families::join,
                new Limits(maxSizeMb * 1024 * 1024, maxPages, java.time.Duration.ofSeconds(timeoutSeconds)));
        java.util.concurrent.CompletableFuture<StandardJson> schema = java.util.concurrent.CompletableFuture.supplyAsync(StandardJson::new);
        java.util.function.Supplier<StandardJson> json = schema::join;
        Progress progress = new Progress(err, files.size());
        long started = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        NameClaims claims = new NameClaims();
        java.util.concurrent.atomic.AtomicInteger unwritable = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, workers));
        try (BatchOutputs outputs = BatchOutputs.open(db, ndjson, workers)) {
            List<java.util.concurrent.Future<FileResult>> jobs = new ArrayList<>();
            for (Path file : files) {
                String base = OutputNames.base(claims.claim(file.getFileName().toString()));
                jobs.add(pool.submit(() -> ingestOne(file, base, pipeline, json, progress, unwritable, outputs)));
            }
            for (java.util.concurrent.Future<FileResult> job : jobs) {
                results.add(job.get());
            }
            outputs.finish(files);
        } catch (DatabaseException | InvalidOutputException e) {
            throw new IOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
            throw new IOException("cannot write results: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        int failed = (int) results.stream().filter(FileResult::failed).count();
        int standards = results.stream().mapToInt(r -> r.standards().size()).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("%d file(s): %d ok, %d failed; %d standard(s) in %.1f s; output in %s%n",
                files.size(), files.size() - failed, failed, standards, seconds, SafeText.of(out));
        if (report != null) {
            long reportStart = System.nanoTime();
            try {
                new ReportWriter().write(results, seconds, report);
                err.printf("report: %s (%d KB, %d ms)%n", report, java.nio.file.Files.size(report) / 1024, millisSince(reportStart));
            } catch (IOException e) {
                err.printf("report: %s could not be written (%s)%n", SafeText.of(report), SafeText.of(e));
                unwritable.incrementAndGet();
            }
        }
        err.flush();
        if (unwritable.get() > 0) {
            return EXIT_OUTPUT_UNWRITABLE;
        }
        return failed == 0 ? EXIT_OK : EXIT_INPUTS_FAILED;
    }

    /** Converts one file: NAME.json, or NAME.error.json naming the cause; never throws for bad input. */
    private FileResult ingestOne(Path file, String base, Pipeline pipeline, java.util.function.Supplier<StandardJson> json, Progress progress,
                                 java.util.concurrent.atomic.AtomicInteger unwritable, BatchOutputs outputs) {
        String name = file.getFileName().toString();
        long fileStart = System.nanoTime();
        ErrorCode code;
        String message;
        try {
            List<CanonicalStandard> found = pipeline.ingest(file);
            writeOutput(json.get(), found, out.resolve(base + ".json"));
            outputs.delivered(file, found);
            long flags = found.stream().mapToLong(s -> s.flags().size()).sum();
            progress.line("OK    " + SafeText.of(file) + ": " + found.size() + " standard(s), " + flags + " flag(s)"
                    + (base.equals(baseName(file)) ? "" : " -> " + SafeText.of(base) + ".json"));
            return FileResult.ok(name, file, found, millisSince(fileStart));
        } catch (IngestException | InvalidOutputException | DeliveryException | RuntimeException e) {
            code = ErrorCode.of(e);
            message = ErrorCode.message(e);
        }
        if (code == ErrorCode.OUTPUT_UNWRITABLE) {
            unwritable.incrementAndGet();
        }
        try {
            json.get().writeError(name, code, message, out.resolve(base + ".error.json"));
        } catch (IOException e) {
            unwritable.incrementAndGet();
            message = message + "; the error record could not be written either (" + e + ")";
        }
        try {
            outputs.failed(file, code, message);
        } catch (DeliveryException e) {
            unwritable.incrementAndGet();
            message = message + "; the failure could not be delivered either (" + ErrorCode.message(e) + ")";
        }
        progress.line("FAIL  " + SafeText.of(file) + ": " + code + " " + SafeText.of(message));
        return FileResult.failed(name, code, message, millisSince(fileStart));
    }

    /** Writes one file's array; a disk that refuses it is a DeliveryException (OUTPUT_UNWRITABLE). */
    private static void writeOutput(StandardJson json, List<CanonicalStandard> found, Path target)
            throws InvalidOutputException, DeliveryException {
        try {
            json.write(found, target);
        } catch (IOException e) {
            throw new DeliveryException("cannot write " + target + ": " + e, e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String baseName(Path file) {
        return OutputNames.base(file.getFileName().toString());
    }
}
