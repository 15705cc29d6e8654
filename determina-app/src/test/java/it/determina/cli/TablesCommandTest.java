package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Main;
import it.determina.layout.OcrEngine;
import it.determina.testing.PdfVariants;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TablesCommandTest {

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static String allText(JsonNode tables) {
        StringBuilder sb = new StringBuilder();
        tables.path("tables").forEach(t -> t.path("cells").forEach(c -> sb.append(c.path("text").asText()).append('|')));
        return sb.toString();
    }

    @Test
    void printsTheTablesOfOnePdfAsIcdarJson() throws Exception {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "tables", "src/test/resources/icdar/us/us-035a.pdf");
        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("tables").size()).isGreaterThanOrEqualTo(3);
        JsonNode first = json.path("tables").get(0);
        assertThat(first.path("page").asInt()).isEqualTo(2);
        assertThat(first.path("bbox").size()).isEqualTo(4);
        assertThat(first.path("cells").get(0).has("rowSpan")).isTrue();
    }

    @Test
    void writesOneFilePerInputAndNamesTheCauseOfABadOne() throws Exception {
        Path bad = dir.resolve("in/broken.pdf");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "%PDF-1.7 not really");
        Files.copy(Path.of("src/test/resources/icdar/us/us-014.pdf"), dir.resolve("in/us-014.pdf"));
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "tables", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(1);
        assertThat(dir.resolve("out/us-014.json")).exists();
        assertThat(Files.readString(dir.resolve("out/broken.error.json"))).contains("PDF_CORRUPT");
        assertThat(err.toString()).contains("broken.pdf").contains("PDF_CORRUPT");
    }

    @Test
    void readsTheTablesOfAScannedPageByOcr() throws Exception {
        assumeTrue(new OcrEngine("eng").isAvailable(), "Tesseract is installed by scripts/setup.sh");
        Path scan = dir.resolve("scan.pdf");
        PdfVariants.scanned(Path.of("src/test/resources/icdar/us/us-014.pdf"), scan, 200);
        // page 3 holds a ruled table of three columns: "Perceived Benefit and Drawback | Percent of ... | ..."
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "tables", scan.toString())).isZero();
        String text = allText(new ObjectMapper().readTree(out.toString()));
        assertThat(text).contains("|69%|65%|").contains("Reduces community support for public schools|23%|24%|");
    }
}
