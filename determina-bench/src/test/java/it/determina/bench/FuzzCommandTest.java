package it.determina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short fuzz run: every damaged sample ends as output or a coded error, never a crash or a hang. */
class FuzzCommandTest {

    @TempDir
    Path keep;

    @Test
    void everyDamagedSampleEndsAsOutputOrACodedError() throws Exception {
        FuzzCommand.Outcomes outcomes = FuzzCommand.run(Path.of("samples"), 20251122L, 40, Duration.ofMinutes(5),
                Duration.ofSeconds(60), keep);
        assertThat(outcomes.cases()).isEqualTo(40);
        assertThat(outcomes.broken()).as("cases ending INTERNAL_ERROR or TIMEOUT: %s", outcomes.byOutcome()).isZero();
        assertThat(outcomes.byOutcome()).containsKey("PDF_CORRUPT");
    }
}
