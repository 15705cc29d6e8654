package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.output.StandardJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the whole pipeline on every fixture PDF (the development samples in {@code samples/} and the
 * fixtures in {@code src/test/resources/fixtures/<family>/}) and compares the JSON with the reviewed
 * {@code NAME.expected.json}: every expected field must be there with the expected value (fields the
 * contract adds are allowed); flag messages and pages and the file hash are not compared.
 */
class GoldenFixturesTest {

    private static final Set<String> NOT_COMPARED = Set.of("sha256", "message", "page");
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());
    private static final StandardJson JSON = new StandardJson();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> fixtures() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("samples"), Path.of("src/test/resources/fixtures"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".pdf")).filter(p -> Files.exists(expectedOf(p)))
                            .sorted().forEach(found::add);
                }
            }
        }
        return found.stream();
    }

    @Test
    void findsTheDevelopmentSamplesAndFixtures() throws IOException {
        assertThat(fixtures().count()).isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reproducesTheReviewedJson(Path pdf) throws Exception {
        List<CanonicalStandard> standards = PIPELINE.ingest(pdf);
        JsonNode actual = JSON.toTree(standards);
        for (JsonNode standard : actual) {
            assertThat(JSON.violations(standard)).as("schema violations of %s", standard.path("id").asText()).isEmpty();
        }
        JsonNode expected = MAPPER.readTree(expectedOf(pdf).toFile());
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "", differences);
        assertThat(differences).as("differences from %s", expectedOf(pdf).getFileName()).isEmpty();
    }

    private static Path expectedOf(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
    }

    static void compare(JsonNode expected, JsonNode actual, String at, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (NOT_COMPARED.contains(e.getKey())) {
                    continue;
                }
                if (!actual.has(e.getKey())) {
                    out.add(at + "/" + e.getKey() + ": missing");
                } else {
                    compare(e.getValue(), actual.get(e.getKey()), at + "/" + e.getKey(), out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(at + ": " + expected.size() + " items expected, " + actual.size() + " found");
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(expected.get(i), actual.get(i), at + "/" + i, out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(at + ": expected " + expected + ", found " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(at + ": expected " + expected + ", found " + actual);
        }
    }
}
