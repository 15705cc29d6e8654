package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PdfSource;
import it.determina.testing.CampaniaSheet;
import it.determina.testing.CampaniaSheet.Align;
import it.determina.testing.CampaniaSheet.Rules;
import it.determina.testing.CampaniaSheet.Side;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table layer on a sheet of labels and values ruled between its rows, or framed without inner rules,
 * whose cells stand in the middle of their rows (built here, {@link CampaniaSheet}): a value between the
 * two lines of its label, beside the middle of three, between the second and third of four, and a label
 * beside the middle of a list. Each label and its value make one row, never a row per line.
 */
class CentredCellsTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> sheets() {
        return Stream.of(FontName.HELVETICA, FontName.TIMES_ROMAN, FontName.COURIER)
                .flatMap(font -> Stream.of(Rules.ROWS, Rules.FRAME).map(rules -> Arguments.of(font, rules)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("sheets")
    void aLabelAndTheValueCentredBesideItAreOneRow(FontName font, Rules rules) throws Exception {
        float size = font == FontName.COURIER ? 8.5f : 9.5f;
        float labelWidth = font == FontName.COURIER ? 100 : 88;
        Path pdf = CampaniaSheet.write(tmp.resolve("sheet.pdf"), CampaniaSheet.standard(font), size, labelWidth,
                Align.MIDDLE, Side.LEFT, rules);
        List<List<String>> rows;
        try (PdfSource source = PdfSource.open(pdf)) {
            rows = DocumentTables.of(source).tables().stream().flatMap(t -> t.rows().stream())
                    .map(r -> r.cells().stream().sorted(Comparator.comparingInt(Cell::col)).map(Cell::readingText)
                            .filter(s -> !s.isBlank()).toList())
                    .toList();
        }

        assertThat(rows).contains(
                List.of("Durata minima di aula (ore)", "240"),
                List.of("Durata minima complessiva del percorso (ore)", "600"),
                List.of("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", "25"),
                List.of("Percentuale Assenza massima consentita", "20"),
                List.of("Conoscenze", "1. Irraggiamento e orientamento dei moduli 2. Norme CEI sugli impianti di produzione"
                        + " 3. Schemi elettrici di impianto"));
        // no line of a label left in a row of its own
        assertThat(rows).noneMatch(r -> r.size() == 1 && (r.get(0).equals("(ore)") || r.get(0).equals("aula (ore)")));
    }
}
