package it.determina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.determina.family.FamilyRegistry;
import it.determina.testing.ScoredFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The handed layout variants ({@code ../shared/samples/variants/}: the samples' standards printed with
 * rules between rows only, no rules, landscape, other fonts, scanned, and determinations mixing styles),
 * scored field by field as {@code shared/tools/compare.py} does. The aggregate must stay at least
 * {@link #MIN_FIELD_SCORE}, the score measured last (0.685 before tables were read per axis): raise it
 * as the reading improves (target 1.0), never lower it to make a change pass. Skipped where the shared
 * folder is not beside the repository.
 */
class SharedVariantsTest {

    /** Fields right over the ten variants (measured 0.881; 0.976 once scans are turned level and read box by box; 0.991 once a
     * continued page keeps the columns of the page before; score_dir 0.990 once the rest of a cut row above a continued page's
     * first rule is read). */
    static final double MIN_FIELD_SCORE = 0.988;

    private static final Path ROOT = Path.of("../shared/samples/variants");

    @Test
    void variantsKeepTheirFields() throws Exception {
        assumeTrue(Files.isDirectory(ROOT), "shared variants not beside the repository");
        ScoredFolder.Result result = ScoredFolder.score(ROOT, new Pipeline(FamilyRegistry.standard()));
        System.out.print(result.report());
        assertThat(result.documents()).isGreaterThanOrEqualTo(10);
        assertThat(result.ratio()).as("fields right:%n%s", result.report()).isGreaterThanOrEqualTo(MIN_FIELD_SCORE);
    }
}
