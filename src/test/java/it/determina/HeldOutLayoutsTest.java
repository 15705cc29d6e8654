package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The held-out layouts ({@code src/test/resources/held-out/}, see its README): documents of the four
 * families written by a tester who had not seen the code, in layouts neither the samples nor the matrix
 * have. Scored field by field as {@code shared/tools/compare.py} does; the aggregate must stay at least
 * {@link #MIN_FIELD_SCORE} (0.683 when they were written, 0.806 once a header ruled only below is
 * found): raise it as the reading improves, never lower it to make a change pass.
 */
class HeldOutLayoutsTest {

    /** Fields right over the held-out layouts (measured 0.806). */
    static final double MIN_FIELD_SCORE = 0.80;

    private static final Path ROOT = Path.of("src/test/resources/held-out");

    @Test
    void heldOutLayoutsKeepTheirFields() throws Exception {
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard());
        StandardJson json = new StandardJson();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(ROOT)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(16);
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
        assertThat((double) correct / total).as("fields right over the held-out layouts:%n%s", report)
                .isGreaterThanOrEqualTo(MIN_FIELD_SCORE);
    }
}
