package it.determina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.family.FamilyRegistry;
import it.determina.output.StandardJson;
import it.determina.testing.FieldScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    /** Fields right over the ten variants (measured 0.873). */
    static final double MIN_FIELD_SCORE = 0.87;

    private static final Path ROOT = Path.of("../shared/samples/variants");

    @Test
    void variantsKeepTheirFields() throws Exception {
        assumeTrue(Files.isDirectory(ROOT), "shared variants not beside the repository");
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard());
        StandardJson json = new StandardJson();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(ROOT)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(10);
        int correct = 0;
        int total = 0;
        StringBuilder report = new StringBuilder();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            JsonNode expected = new ObjectMapper().readTree(
                    pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json").toFile());
            FieldScorer.Score score = FieldScorer.score(expected, json.toTree(pipeline.ingest(pdf)));
            correct += score.correct();
            total += score.total();
            report.append(String.format("%-45s %4d/%4d (%5.1f%%)%n", name, score.correct(), score.total(), 100 * score.ratio()));
        }
        report.append(String.format("TOTAL %d/%d (%.1f%%)%n", correct, total, 100.0 * correct / total));
        System.out.print(report);
        assertThat((double) correct / total).as("fields right over the variants:%n%s", report)
                .isGreaterThanOrEqualTo(MIN_FIELD_SCORE);
    }
}
