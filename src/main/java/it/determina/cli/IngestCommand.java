package it.determina.cli;

import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.output.InvalidOutputException;
import it.determina.output.OutputNames;
import it.determina.output.StandardJson;
import it.determina.report.FileResult;
import it.determina.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ingest PATH... --out DIR}: every PDF found becomes DIR/NAME.json (an array of standards) or
 * DIR/NAME.error.json; one line per file on stderr and a summary. Exit 0 when all succeeded, 1 otherwise.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Convert determinations (PDF) into canonical JSON, one NAME.json per input.")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders (searched recursively)")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for NAME.json and NAME.error.json")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the review report (self-contained HTML) here")
    Path report;

    @Option(names = "--max-size-mb", paramLabel = "MB", description = "largest file accepted (default: 200)")
    long maxSizeMb = 200;

    @Option(names = "--max-pages", paramLabel = "N", description = "most pages accepted in one file (default: 5000)")
    int maxPages = 5_000;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per file (default: 600)")
    long timeoutSeconds = 600;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.collect(inputs, InputFiles.DOCUMENTS);
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard(),
                new Limits(maxSizeMb * 1024 * 1024, maxPages, java.time.Duration.ofSeconds(timeoutSeconds)));
        StandardJson json = new StandardJson();
        Progress progress = new Progress(err, files.size());
        int failed = 0;
        int standards = 0;
        long started = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            String base = baseName(file);
            long fileStart = System.nanoTime();
            try {
                List<CanonicalStandard> found = pipeline.ingest(file);
                json.write(found, out.resolve(base + ".json"));
                results.add(FileResult.ok(file.getFileName().toString(), file, found, millisSince(fileStart)));
                standards += found.size();
                long flags = found.stream().mapToLong(s -> s.flags().size()).sum();
                progress.line("OK    " + file + ": " + found.size() + " standard(s), " + flags + " flag(s)");
            } catch (IngestException e) {
                failed++;
                results.add(FileResult.failed(file.getFileName().toString(), e.code(), e.getMessage(), millisSince(fileStart)));
                json.writeError(file.getFileName().toString(), e.code(), e.getMessage(), out.resolve(base + ".error.json"));
                progress.line("FAIL  " + file + ": " + e.code() + " " + e.getMessage());
            } catch (InvalidOutputException e) {
                failed++;
                json.writeError(file.getFileName().toString(), "INVALID_OUTPUT", "bug: " + e.getMessage(),
                        out.resolve(base + ".error.json"));
                progress.line("FAIL  " + file + ": INVALID_OUTPUT " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                json.writeError(file.getFileName().toString(), "INTERNAL_ERROR", "bug: " + e,
                        out.resolve(base + ".error.json"));
                progress.line("FAIL  " + file + ": INTERNAL_ERROR " + e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("%d file(s): %d ok, %d failed; %d standard(s) in %.1f s%n",
                files.size(), files.size() - failed, failed, standards, seconds);
        if (report != null) {
            long reportStart = System.nanoTime();
            new ReportWriter().write(results, seconds, report);
            err.printf("report: %s (%d KB, %d ms)%n", report, java.nio.file.Files.size(report) / 1024, millisSince(reportStart));
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String baseName(Path file) {
        return OutputNames.base(file.getFileName().toString());
    }
}
