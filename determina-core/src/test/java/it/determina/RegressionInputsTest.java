package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs the fuzzer found crashing the pipeline, kept under the name of their cause: each must now end
 * as output or as a coded error, never INTERNAL_ERROR.
 */
class RegressionInputsTest {

    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/regression"))) {
            java.util.List<Path> found = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void endsAsOutputOrACodedError(Path input) {
        try {
            assertThat(PIPELINE.ingest(input)).isNotNull();
        } catch (IngestException e) {
            assertThat(e.code()).isNotEqualTo(ErrorCode.INTERNAL_ERROR);
        }
    }
}
