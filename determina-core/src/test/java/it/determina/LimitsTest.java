package it.determina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static final Path SAMPLE = Path.of("samples/det_lazio_G04817_allegati-15-16.pdf");

    @Test
    void reportsAPdfOfNoKnownLayout(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path letter = tmp.resolve("letter.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Gentile cliente, la sua richiesta e' stata accolta.");
                cs.endText();
            }
            doc.save(letter.toFile());
        }
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard());
        assertThatThrownBy(() -> pipeline.ingest(letter)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_FAMILY));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        Pipeline small = new Pipeline(FamilyRegistry.standard(), new Limits(10_000, 100, Duration.ofMinutes(1)));
        assertThatThrownBy(() -> small.ingest(SAMPLE)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE));
    }

    @Test
    void givesUpADocumentOverTheTimeLimitAndGoesOn() throws Exception {
        Pipeline hurried = new Pipeline(FamilyRegistry.standard(), new Limits(Long.MAX_VALUE, 100, Duration.ofMillis(1)));
        assertThatThrownBy(() -> hurried.ingest(SAMPLE)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT));
        Pipeline patient = new Pipeline(FamilyRegistry.standard(), new Limits(Long.MAX_VALUE, 100, Duration.ofMinutes(2)));
        assertThat(patient.ingest(SAMPLE)).hasSize(2);
    }
}
