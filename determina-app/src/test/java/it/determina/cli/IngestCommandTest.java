package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import picocli.CommandLine;

class IngestCommandTest {

    @TempDir
    Path tmp;

    private int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private JsonNode read(Path p) throws Exception {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void reportsEveryBadFileWithItsCodeAndGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"), in.resolve("good.pdf"));
        Files.createFile(in.resolve("empty.pdf"));
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", in.resolve("picture.pdf").toFile());
        byte[] pdf = Files.readAllBytes(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"));
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, 700));
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();

        int code = run(err, "ingest", in.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(1);
        assertThat(read(out.resolve("good.json")).get(0).path("title").asText()).isEqualTo("Operatore assistenza clienti");
        assertThat(read(out.resolve("empty.error.json")).path("error").asText()).isEqualTo("EMPTY_FILE");
        assertThat(read(out.resolve("picture.error.json")).path("error").asText()).isEqualTo("NOT_A_PDF");
        assertThat(read(out.resolve("truncated.error.json")).path("error").asText()).isEqualTo("PDF_CORRUPT");
        assertThat(read(out.resolve("truncated.error.json")).path("message").asText()).contains("truncated.pdf");
        assertThat(err.toString()).contains("4 file(s): 1 ok, 3 failed");
    }

    @Test
    void reportsScansWithoutTextAndPasswordProtectedFiles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (PDDocument blank = new PDDocument()) {
            blank.addPage(new PDPage());
            blank.save(in.resolve("scan.pdf").toFile());
        }
        try (PDDocument doc = Loader.loadPDF(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(in.resolve("locked.pdf").toFile());
        }
        Path out = tmp.resolve("out");

        assertThat(run(new StringWriter(), "ingest", in.toString(), "--out", out.toString())).isEqualTo(1);

        assertThat(read(out.resolve("scan.error.json")).path("error").asText()).isEqualTo("NO_TEXT_LAYER");
        assertThat(read(out.resolve("locked.error.json")).path("error").asText()).isEqualTo("PDF_ENCRYPTED");
    }

    @Test
    void refusesFilesOverThePageLimitAndKeepsLongAccentedNames() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"), in.resolve("five pages.pdf"));
        String longName = "Determinazione regionale è stata approvata con modifiche ".repeat(4) + "finale.pdf";
        Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"), in.resolve(longName));
        Path out = tmp.resolve("out");

        assertThat(run(new StringWriter(), "ingest", in.toString(), "--out", out.toString(), "--max-pages", "4")).isEqualTo(1);

        assertThat(read(out.resolve("five pages.error.json")).path("error").asText()).isEqualTo("TOO_MANY_PAGES");
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(2).allMatch(p -> p.getParent().equals(out));
            assertThat(written).anyMatch(p -> p.getFileName().toString().startsWith("Determinazione regionale è stata")
                    && p.getFileName().toString().endsWith(".json") && p.getFileName().toString().length() < 230);
        }
    }

    @Test
    void exitsZeroWhenEverythingSucceeded() throws Exception {
        Path out = tmp.resolve("out");
        int code = run(new StringWriter(), "ingest", "samples/campania-standard_operatore-call-center-inbound.pdf", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(out.resolve("campania-standard_operatore-call-center-inbound.json")).exists();
    }

    @Test
    void exitsTwoOnBadUsage() {
        // no input at all, and an option ingest does not have (--out may be left out: it defaults to output/)
        assertThat(run(new StringWriter(), "ingest")).isEqualTo(2);
        assertThat(run(new StringWriter(), "ingest", "--no-such-option", "samples")).isEqualTo(2);
    }
}
