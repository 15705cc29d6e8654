package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import it.determina.layout.Word;
import it.determina.model.CanonicalStandard;
import it.determina.model.Code;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import it.determina.testing.PdfDamage;
import it.determina.testing.PdfVariants;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages: a sample rasterised at 200 dpi into an image-only PDF is read by Tika + Tesseract
 * (Italian) into the same standard, within OCR's limits, with its values marked as read by OCR; a page
 * that yields no text at all is flagged UNREADABLE_PAGE, never skipped silently.
 */
class ScannedInputTest {

    private static final Path SAMPLE = Path.of("samples/campania-standard_operatore-call-center-inbound.pdf");
    private final Pipeline pipeline = new Pipeline(FamilyRegistry.standard());

    @TempDir
    Path tmp;

    @Test
    void readsAScannedStandardByOcrAndMarksIt() throws Exception {
        Path scan = tmp.resolve("scan.pdf");
        PdfVariants.scanned(SAMPLE, scan, 200f);

        CanonicalStandard s = pipeline.ingest(scan).get(0);

        assertThat(s.source().ocr()).isTrue();
        assertThat(s.source().ocrPages()).containsExactly(1, 2, 3);
        assertThat(s.title()).isEqualTo("Operatore call center Inbound");
        assertThat(s.region()).isEqualTo("Campania");
        assertThat(s.eqfLevel()).isEqualTo(3);
        assertThat(s.duration().totalHours()).isEqualTo(300);
        assertThat(s.units()).extracting(Unit::title).containsExactly(
                "Fornire informazioni e assistenza tramite servizio di call center",
                "Gestire dati e informazioni connessi con l'erogazione dell'assistenza telefonica");
        // each ruled box of the scanned sheet is read on its own, so the third ATECO line stays in its cell
        assertThat(s.classification().ateco()).extracting(Code::code).containsExactly("82.11.01", "82.20.00", "82.91.20");
    }

    @Test
    void aValueOcrReadsFromASpeckledCellIsNeverSilentlyTrusted() throws Exception {
        // speckles over the total hours cell ("300", page 1): OCR reads 300 unsure of it, or loses it; either
        // way a flag points at the field, and no other figure stands in its place unflagged
        Word total = PdfDamage.lineWith(SAMPLE, "Durata minima complessiva").stream()
                .filter(f -> f.word().text().equals("300")).findFirst().orElseThrow().word();
        Path scan = tmp.resolve("speckled.pdf");
        PdfVariants.scannedWithSpeckles(SAMPLE, scan, 200f, 1,
                new double[] {total.x0() - 4, total.top() - 4, total.x1() + 5, total.bottom() + 4}, 0.08);

        CanonicalStandard s = pipeline.ingest(scan).get(0);

        assertThat(s.duration().totalHours()).isIn(300, null);
        assertThat(s.flags()).filteredOn(f -> "/duration/totalHours".equals(f.field())).isNotEmpty().allSatisfy(f -> {
            assertThat(f.page()).isEqualTo(1);
            if (s.duration().totalHours() != null) {
                assertThat(f.code()).isEqualTo(FlagCode.LOW_OCR_CONFIDENCE);
            }
        });
        assertThat(s.confidence().ocr()).isTrue();
    }

    @Test
    void flagsAPageWithoutTextInsteadOfSkippingIt() throws Exception {
        Path withBlank = tmp.resolve("with-blank-page.pdf");
        try (PDDocument doc = Loader.loadPDF(SAMPLE.toFile())) {
            doc.addPage(new PDPage(doc.getPage(0).getMediaBox()));
            doc.save(withBlank.toFile());
        }

        CanonicalStandard s = pipeline.ingest(withBlank).get(0);

        assertThat(s.flags()).filteredOn(f -> f.code() == FlagCode.UNREADABLE_PAGE)
                .singleElement().satisfies(f -> {
                    assertThat(f.page()).isEqualTo(4);
                    assertThat(f.field()).isEqualTo("/source");
                });
        assertThat(s.source().ocr()).isFalse();
        assertThat(s.units()).hasSize(2);
        assertThat(List.of(s.title())).containsExactly("Operatore call center Inbound");
    }
}
