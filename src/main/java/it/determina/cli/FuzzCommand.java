package it.determina.cli;

import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Outcomes outcomes = run(samples, seed, cases, Duration.ofSeconds(seconds), Duration.ofSeconds(caseTimeout), keep);
        out.printf("fuzz: %d cases (seed %d) in %.1f s%n", outcomes.cases(), seed, outcomes.millis() / 1000.0);
        outcomes.byOutcome().forEach((k, v) -> out.printf("  %-22s %d%n", k, v));
        out.printf("broken: %d%n", outcomes.broken());
        out.flush();
        return outcomes.broken() == 0 ? 0 : 1;
    }

    /** What a fuzz run gave: counts by outcome ("ok" or an error code) and how many broke the rule. */
    public record Outcomes(int cases, Map<String, Integer> byOutcome, int broken, long millis) {
    }

    public static Outcomes run(Path samples, long seed, int cases, Duration budget, Duration caseTimeout, Path keep)
            throws Exception {
        List<Path> pdfs = InputFiles.inFolder(samples, InputFiles.PDFS);
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard(), new Limits(200L * 1024 * 1024, 5_000, caseTimeout));
        Random random = new Random(seed);
        Map<String, Integer> byOutcome = new TreeMap<>();
        Path work = Files.createTempDirectory("determina-fuzz");
        long start = System.nanoTime();
        int broken = 0;
        int n = 0;
        for (; n < cases && System.nanoTime() - start < budget.toNanos(); n++) {
            Path sample = pdfs.get(random.nextInt(pdfs.size()));
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] damaged = Mutations.apply(m, Files.readAllBytes(sample), random);
            Path input = work.resolve("case-" + n + ".pdf");
            Files.write(input, damaged);
            String outcome = outcome(pipeline, input);
            byOutcome.merge(outcome, 1, Integer::sum);
            if (outcome.equals("INTERNAL_ERROR") || outcome.equals("TIMEOUT")) {
                broken++;
                Files.createDirectories(keep);
                Files.copy(input, keep.resolve(outcome.toLowerCase() + "-" + m.name().toLowerCase() + "-seed" + seed + "-case" + n + ".pdf"));
            }
            Files.deleteIfExists(input);
        }
        return new Outcomes(n, byOutcome, broken, (System.nanoTime() - start) / 1_000_000);
    }

    private static String outcome(Pipeline pipeline, Path input) {
        try {
            pipeline.ingest(input);
            return "ok";
        } catch (IngestException e) {
            return e.code();
        } catch (RuntimeException e) {
            return "INTERNAL_ERROR";
        }
    }
}
