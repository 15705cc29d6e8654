package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfSourceTest {

    private static final Path DETERMINATION = Path.of("samples/det_lazio_G04817_allegati-15-16.pdf");

    @Test
    void readsTheSamePagesWhenTheFileIsLoadedAfreshAsItIsRead() throws Exception {
        try (PdfSource once = PdfSource.open(DETERMINATION); PdfSource often = PdfSource.open(DETERMINATION, 3)) {
            assertThat(once.pageCount()).isGreaterThan(6);
            for (int p = 1; p <= once.pageCount(); p++) {
                PageText a = once.page(p);
                PageText b = often.page(p);
                assertThat(b.withoutPaints()).as("page %d", p).isEqualTo(a.withoutPaints());
                assertThat(strokes(b)).as("page %d", p).isEqualTo(strokes(a));
            }
        }
    }

    @Test
    void recordsThePathsOfTheTablesInTheWalkThatReadsTheWords() throws Exception {
        try (PdfSource pdf = PdfSource.open(DETERMINATION)) {
            PageText page = pdf.page(3);
            assertThat(page.hasTextLayer()).isTrue();
            assertThat(page.paints()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.clip().getWidth()).isPositive())
                    .anySatisfy(p -> assertThat(p.straight()).isTrue());
        }
    }

    /** The paints as comparable values: their kind, colours, width and points. */
    private static List<String> strokes(PageText page) {
        return page.paints().stream().map(p -> p.stroked() + " " + p.filled() + " " + p.strokeRgb() + " " + p.fillRgb() + " "
                + p.lineWidth() + " " + java.util.Arrays.toString(p.polyline()) + " " + p.clip()).toList();
    }
}
