package it.determina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Coverage-guided fuzzing of the whole pipeline with Jazzer: any bytes given as a PDF end as standards or as
 * a coded error, never an uncaught exception, {@code INTERNAL_ERROR} or {@code TIMEOUT}. Under {@code mvn test}
 * it runs once on each seed, the sample PDFs (copied by the build into {@code PdfFuzzTestInputs/}) and an empty
 * input; {@code JAZZER_FUZZ=1 mvn test -Dtest=PdfFuzzTest} fuzzes from those seeds for {@code maxDuration}
 * (its growing corpus in {@code .cifuzz-corpus/}, not kept), and a failing input is written to the shared test
 * data, {@code src/test/resources/it/determina/bench/PdfFuzzTestInputs/} at the repository's root, which
 * this module's build puts on its test class path: every later run replays it.
 */
class PdfFuzzTest {

    /**
     * The fuzz command's size limits; a case that needs more than five minutes is a hang. Instrumented for
     * coverage, on a busy machine, a damaged sample can take minutes that take seconds uninstrumented (a
     * one-minute limit gave a false finding that {@code ingest} read in 16 s): recheck a TIMEOUT finding with
     * {@code java -jar target/determina.jar ingest} before treating it as a bug.
     */
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard(),
            new Limits(200L * 1024 * 1024, 5_000, Duration.ofMinutes(5)));

    @FuzzTest(maxDuration = "10m")
    void anyBytesEndAsStandardsOrACodedError(byte[] input) throws IOException {
        Path file = Files.createTempFile("determina-fuzz", ".pdf");
        try {
            Files.write(file, input);
            assertThat(PIPELINE.ingest(file)).isNotNull();
        } catch (IngestException e) {
            assertThat(e.code()).as("%s", e.getMessage()).isNotIn(ErrorCode.INTERNAL_ERROR, ErrorCode.TIMEOUT);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
