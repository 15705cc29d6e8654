package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.determina.layout.PdfSource;
import it.determina.output.TablesJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared field cases (../shared/cases: PDFs that break table extractors, each with its expected
 * JSON) read by the tables layer and scored by the shared scorer, which must pass every case. Skipped
 * when the shared folder is not beside the repository.
 */
class FieldCasesTest {

    private static final Path CASES = Path.of("../shared/cases");
    private static final Path SCORER = Path.of("../shared/tools/score_cases.py");

    @TempDir
    Path out;

    @Test
    void passesEveryFieldCase() throws Exception {
        assumeTrue(Files.isDirectory(CASES) && Files.isReadable(SCORER), "../shared/cases is not present");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CASES)) {
            pdfs = files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(10);
        TablesJson json = new TablesJson();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            try (PdfSource source = PdfSource.open(pdf)) {
                json.write(DocumentTables.of(source), out.resolve(name + ".json"));
            }
        }
        String report = score();
        assertThat(report).contains(pdfs.size() + " of " + pdfs.size() + " cases pass");
    }

    private String score() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCORER.toString(), CASES.toString(), out.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return text;
    }
}
