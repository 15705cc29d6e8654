package it.determina.family.lazio;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.Unit;
import it.determina.testing.TablePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a region numbers its units in the unit table: "URA 1" under "N. URA", or the number opening the
 * title in one column headed "N. e denominazione dell'Unita di Risultati di apprendimento". Each unit is
 * read with its number, its title without the number, and its hours, in a full grid so that only the
 * reading of the numbers is tried.
 */
class UnitNumberingTest {

    @TempDir
    Path tmp;

    private static final String[][] UNITS = {{"Inquadramento della professione", "10", "Max 4"},
        {"Riconoscere le essenze legnose", "40", "Max 10"}, {"Sicurezza sul luogo di lavoro", "12", "0"}};

    @Test
    void unitsNumberedAfterTheRegionsNameForThemAreRead() throws Exception {
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN)) {
            double[] x = {50, 100, 260, 420, 470, 520, 790};
            String[] header = {"N. URA", "Articolazione dell'Unita di competenza/ contenuti", "Unita di Risultati di apprendimento",
                "Durata minima (ore)", "di cui in FaD", "Crediti formativi"};
            Path pdf = document(font, x, header, u -> new String[] {"URA " + (u + 1), "Conoscenze", UNITS[u][0]});

            List<Unit> units = only(pdf).units();

            assertThat(units).as(font.toString()).extracting(Unit::number).containsExactly(1, 2, 3);
            assertThat(units).as(font.toString()).extracting(Unit::title).containsExactly(UNITS[0][0], UNITS[1][0], UNITS[2][0]);
            assertThat(units).as(font.toString()).extracting(Unit::minHours).containsExactly(10, 40, 12);
        }
    }

    @Test
    void unitsWhoseNumberOpensTheTitleInOneColumnAreRead() throws Exception {
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN)) {
            double[] x = {50, 230, 420, 470, 520, 790};
            String[] header = {"N. e denominazione dell'Unita di Risultati di apprendimento", "Contenuti", "Durata minima (ore)",
                "di cui in FaD", "Crediti formativi"};
            Path pdf = document(font, x, header, u -> new String[] {(u + 1) + ". " + UNITS[u][0], "Conoscenze"});

            List<Unit> units = only(pdf).units();

            assertThat(units).as(font.toString()).extracting(Unit::number).containsExactly(1, 2, 3);
            assertThat(units).as(font.toString()).extracting(Unit::title).containsExactly(UNITS[0][0], UNITS[1][0], UNITS[2][0]);
            assertThat(units).as(font.toString()).extracting(Unit::minHours).containsExactly(10, 40, 12);
        }
    }

    /** A row's leading cells for unit {@code u} (0-based): what stands left of the hours. */
    private interface Leading {
        String[] of(int u);
    }

    /** A percorso annex, landscape, whose unit table has columns at {@code x}, the last three hours, FaD and credits. */
    private Path document(Standard14Fonts.FontName font, double[] x, String[] header, Leading leading) throws IOException {
        TablePages p = new TablePages(1, TablePages.landscape(), font, 9);
        p.text(0, 250, 40, "STANDARD MINIMO DI PERCORSO FORMATIVO");
        p.text(0, 230, 54, "QUALIFICAZIONE DI OPERATORE DEL RESTAURO DEL LEGNO");
        p.text(0, 50, 80, "2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: 3");
        p.text(0, 50, 100, "4. ARTICOLAZIONE, PROPEDEUTICITA E DURATE MINIME:");
        int cols = x.length - 1;
        double top = 120;
        double rowHeight = 34;
        for (int c = 0; c < cols; c++) {
            String[] words = header[c].split(" ");
            StringBuilder line = new StringBuilder();
            int l = 0;
            for (String w : words) {
                if (p.width(line + " " + w) > x[c + 1] - x[c] - 8 && line.length() > 0) {
                    p.text(0, x[c] + 3, top + 3 + l++ * 11, line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(w);
            }
            p.text(0, x[c] + 3, top + 3 + l * 11, line.toString());
        }
        double y = top + rowHeight;
        for (int u = 0; u < UNITS.length; u++) {
            String[] lead = leading.of(u);
            for (int c = 0; c < lead.length; c++) {
                p.text(0, x[c] + 3, y + 3, lead[c]);
            }
            p.text(0, x[1] + 3, y + 14, "- Contenuto " + (u + 1) + " del modulo");
            p.text(0, x[cols - 3] + 3, y + 3, UNITS[u][1]);
            p.text(0, x[cols - 2] + 3, y + 3, UNITS[u][2]);
            p.text(0, x[cols - 1] + 3, y + 3, "Ammesso");
            y += rowHeight;
        }
        p.text(0, x[0] + 3, y + 3, "DURATA MINIMA TOTALE");
        p.text(0, x[cols - 3] + 3, y + 3, "62");
        p.text(0, x[cols - 2] + 3, y + 3, "Max 14");
        for (double ry = top; ry <= y; ry += rowHeight) {
            p.rule(0, x[0], x[cols], ry);
        }
        y += 20;
        p.rule(0, x[0], x[cols], y);
        for (double cx : x) {
            p.column(0, cx, top, y);
        }
        return p.save(tmp.resolve("numbering-" + font + "-" + header[0].length() + ".pdf"));
    }

    private static CanonicalStandard only(Path pdf) throws Exception {
        List<CanonicalStandard> read = new Pipeline(FamilyRegistry.standard()).ingest(pdf);
        assertThat(read).hasSize(1);
        return read.get(0);
    }
}
