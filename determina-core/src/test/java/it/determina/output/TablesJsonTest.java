package it.determina.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.layout.PdfSource;
import it.determina.tables.DocumentTables;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TablesJsonTest {

    private static JsonNode tablesOf(String pdf) throws Exception {
        try (PdfSource source = PdfSource.open(Path.of(pdf))) {
            return new ObjectMapper().readTree(new TablesJson().toJson(DocumentTables.of(source)));
        }
    }

    @Test
    void givesATableContinuedOverPagesOnceWithABoxOnEachPage() throws Exception {
        // the Lazio "percorso" table runs over several pages, its header repeated on each
        JsonNode tables = tablesOf("samples/lazio-percorso_operatore-assistenza-clienti.pdf").path("tables");
        JsonNode continued = null;
        for (JsonNode t : tables) {
            if (t.path("regions").size() > 1) {
                continued = t;
            }
        }
        assertThat(continued).as("a table with regions on several pages").isNotNull();
        String header = continued.path("cells").get(0).path("text").asText();
        long repeats = 0;
        for (JsonNode c : continued.path("cells")) {
            repeats += c.path("col").asInt() == 0 && c.path("text").asText().equals(header) ? 1 : 0;
        }
        assertThat(repeats).as("the header row '" + header + "' once").isEqualTo(1);
    }

    @Test
    void writesBoxesWithABottomLeftOriginAndNoOverlappingCells() throws Exception {
        JsonNode tables = tablesOf("src/test/resources/icdar/us/us-025.pdf").path("tables");
        assertThat(tables.size()).isGreaterThan(2);
        for (JsonNode t : tables) {
            JsonNode box = t.path("bbox");
            assertThat(box.size()).isEqualTo(4);
            assertThat(box.get(1).asDouble()).isLessThan(box.get(3).asDouble());
            assertThat(box.get(3).asDouble()).isLessThanOrEqualTo(792);
            Set<String> slots = new HashSet<>();
            for (JsonNode c : t.path("cells")) {
                for (int r = 0; r < c.path("rowSpan").asInt(); r++) {
                    for (int k = 0; k < c.path("colSpan").asInt(); k++) {
                        assertThat(slots.add((c.path("row").asInt() + r) + ":" + (c.path("col").asInt() + k))).isTrue();
                    }
                }
            }
        }
    }
}
