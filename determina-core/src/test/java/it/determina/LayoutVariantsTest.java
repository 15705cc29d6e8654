package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.family.FamilyRegistry;
import it.determina.output.StandardJson;
import it.determina.testing.FieldScorer;
import it.determina.testing.PdfVariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development samples made harder without changing what they say: ruling lines removed (unruled
 * tables), scaled to another page and font size, stored as rotated pages that display upright, and
 * turned sideways by /Rotate. Each scaled or turned variant must still give the sample's reviewed JSON;
 * the variants without rules are scored field by field (as {@code shared/tools/compare.py} does) and must
 * keep at least {@link #MIN_UNRULED} of the fields: with the rules gone, the key/value sheets and the unit
 * tables are read by alignment alone, and a few wrapped lists still lose items there.
 */
class LayoutVariantsTest {

    enum Variant { SCALED_DOWN, SCALED_UP, ROTATED_UPRIGHT, ROTATED_SIDEWAYS }

    /** Fields right over the seven samples with their rules removed (measured 0.975). */
    static final double MIN_UNRULED = 0.97;

    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());
    private static final StandardJson JSON = new StandardJson();

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                for (Variant v : Variant.values()) {
                    out.add(Arguments.of(v, pdf));
                }
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(7 * Variant.values().length);
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void variantGivesTheSampleJson(Variant variant, Path pdf) throws Exception {
        Path target = tmp.resolve(pdf.getFileName());
        switch (variant) {
            case SCALED_DOWN -> PdfVariants.scaled(pdf, target, 0.8f);
            case SCALED_UP -> PdfVariants.scaled(pdf, target, 1.3f);
            case ROTATED_UPRIGHT -> PdfVariants.rotatedUpright(pdf, target);
            case ROTATED_SIDEWAYS -> PdfVariants.rotated(pdf, target, 90);
        }
        JsonNode actual = JSON.toTree(PIPELINE.ingest(target));
        String name = pdf.getFileName().toString();
        JsonNode expected = new ObjectMapper().readTree(
                pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json").toFile());
        List<String> differences = new ArrayList<>();
        GoldenFixturesTest.compare(expected, actual, "", differences);
        assertThat(differences).as("%s of %s", variant, name).isEmpty();
    }

    @Test
    void samplesWithoutRulesKeepTheirFields() throws Exception {
        int correct = 0;
        int total = 0;
        StringBuilder report = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Path target = tmp.resolve(pdf.getFileName());
                PdfVariants.withoutRulings(pdf, target);
                String name = pdf.getFileName().toString();
                JsonNode expected = new ObjectMapper().readTree(
                        pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json").toFile());
                FieldScorer.Score score = FieldScorer.score(expected, JSON.toTree(PIPELINE.ingest(target)));
                correct += score.correct();
                total += score.total();
                report.append(String.format("%-60s %4d/%4d %s%n", name, score.correct(), score.total(), score.wrong()));
            }
        }
        System.out.print(report);
        assertThat((double) correct / total).as("fields right without rules:%n%s", report).isGreaterThanOrEqualTo(MIN_UNRULED);
    }
}
