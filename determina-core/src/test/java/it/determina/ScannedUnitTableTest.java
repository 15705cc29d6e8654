package it.determina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.family.FamilyRegistry;
import it.determina.layout.OcrEngine;
import it.determina.model.CanonicalStandard;
import it.determina.model.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanned unit tables ({@code src/test/resources/scans/}, drawn by {@code make_scans.py}): one-page Lazio
 * standards as pictures at 150, 200 and 300 dpi, tilted by up to 1.4 degrees, with grey hairline rules, a
 * shaded header, dust and JPEG blur. Read by real OCR (Tesseract through Tika) into the same table layer as
 * a text PDF, each gives its units with their numbers, hours and FaD hours, and the table's totals.
 */
class ScannedUnitTableTest {

    private static final Path ROOT = Path.of("src/test/resources/scans");
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> scans() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void findsTheScans() throws IOException {
        assertThat(scans()).as("scanned standards under %s", ROOT).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void readsTheUnitsAndHoursOfAScannedUnitTable(Path pdf) throws Exception {
        assumeThat(new OcrEngine("ita").isAvailable()).as("Tesseract is installed by scripts/setup.sh").isTrue();
        JsonNode expected = MAPPER.readTree(expectedOf(pdf).toFile()).get(0);

        List<CanonicalStandard> read = PIPELINE.ingest(pdf);

        assertThat(read).hasSize(1);
        CanonicalStandard s = read.get(0);
        assertThat(s.source().ocr()).isTrue();
        assertThat(s.units()).extracting(Unit::number, Unit::minHours, Unit::distanceMaxHours)
                .containsExactlyElementsOf(units(expected));
        assertThat(s.duration().totalHours()).isEqualTo(expected.at("/duration/totalHours").intValue());
        assertThat(s.duration().distanceLearning().maxHours())
                .isEqualTo(expected.at("/duration/distanceLearning/maxHours").intValue());
    }

    private static List<Tuple> units(JsonNode expected) {
        List<Tuple> out = new ArrayList<>();
        for (JsonNode u : expected.get("units")) {
            out.add(Tuple.tuple(u.get("number").intValue(), u.get("minHours").intValue(), u.get("distanceMaxHours").intValue()));
        }
        return out;
    }

    private static Path expectedOf(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
    }
}
