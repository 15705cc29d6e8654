package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Pipeline;
import it.determina.model.CanonicalStandard;
import it.determina.model.Kind;
import it.determina.output.StandardJson;
import it.determina.testing.FieldScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Toscana "figura professionale" family, declared only as data ({@code families/toscana-figura.yaml}),
 * on the sheets {@code make_toscana.py} renders in several ruling styles, orientations and fonts
 * ({@code src/test/resources/families/toscana/}): each is recognised as this family and scored field by field
 * against its {@code .expected.json}, as the layout matrix is.
 */
class ToscanaFamilyTest {

    /** Fields correct / fields checked over the Toscana sheets: 0.969 (595/614) when the family was added. */
    static final double MIN_FIELD_SCORE = 0.965;

    private static final Path ROOT = Path.of("src/test/resources/families/toscana");
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsEveryRenderedSheetAsAToscanaFigure() throws Exception {
        for (Path pdf : sheets()) {
            List<CanonicalStandard> out = PIPELINE.ingest(pdf);
            assertThat(out).as(pdf.toString()).hasSize(1);
            assertThat(out.get(0).kind()).isEqualTo(Kind.PROFESSIONAL_PROFILE);
            assertThat(out.get(0).region()).isEqualTo("Toscana");
            assertThat(out.get(0).units()).as(pdf + " units").isNotEmpty();
        }
    }

    @Test
    void readsAFullGridSheetExactly() throws Exception {
        Path pdf = ROOT.resolve("toscana_grid_portrait_rep_dejavu-sans_ristorazione.pdf");
        FieldScorer.Score score = FieldScorer.score(MAPPER.readTree(expectedOf(pdf).toFile()),
                new StandardJson().toTree(PIPELINE.ingest(pdf)));
        assertThat(score.wrong()).isEmpty();
        assertThat(score.total()).isGreaterThan(40);
    }

    @Test
    void readsTheFiguresCodeAsItsRepertoryCode() throws Exception {
        Path pdf = ROOT.resolve("toscana_hrules_portrait_norep_carlito_segreteria.pdf");
        assertThat(PIPELINE.ingest(pdf).get(0).classification().repertoryCode()).isEqualTo("137");
    }

    @Test
    void doubtsACodeRunTogetherWithTheRowsAfterIt() throws Exception {
        Path pdf = ROOT.resolve("toscana_booktabs_portrait_rep_carlito_segreteria.pdf");
        CanonicalStandard s = PIPELINE.ingest(pdf).get(0);
        assertThat(s.flags()).anyMatch(f -> f.field().equals("/classification/repertoryCode"));
    }

    @Test
    void scoresTheRenderedSheetsAtLeastAsWellAsWhenAdded() throws Exception {
        int correct = 0;
        int total = 0;
        StringBuilder report = new StringBuilder("\nToscana figura sheets: fields correct / checked\n");
        for (Path pdf : sheets()) {
            JsonNode expected = MAPPER.readTree(expectedOf(pdf).toFile());
            FieldScorer.Score s = FieldScorer.score(expected, new StandardJson().toTree(PIPELINE.ingest(pdf)));
            correct += s.correct();
            total += s.total();
            report.append(String.format("  %5.1f%%  %s%n", 100 * s.ratio(), pdf.getFileName()));
        }
        System.out.println(report.append(String.format("TOTAL fields %d/%d%n", correct, total)));
        assertThat((double) correct / total).as("field score over the Toscana sheets (%d/%d)", correct, total)
                .isGreaterThanOrEqualTo(MIN_FIELD_SCORE);
    }

    private static List<Path> sheets() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).as("sheets under %s", ROOT).hasSizeGreaterThanOrEqualTo(10);
            return pdfs;
        }
    }

    private static Path expectedOf(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
    }
}
