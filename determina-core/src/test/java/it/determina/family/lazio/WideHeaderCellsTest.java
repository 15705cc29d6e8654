package it.determina.family.lazio;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PdfSource;
import it.determina.tables.Cell;
import it.determina.tables.DocumentTables;
import it.determina.tables.Row;
import it.determina.tables.Table;
import it.determina.testing.TablePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lazio unit tables whose header cells, one line each at several heights, are wider than their columns and
 * run across the gutters of the body ("Articolazione dell'Unita di competenza/ contenuti" over the number
 * and the contents, "Durata minima (ore)" over the title and the hours): without any rule, and with the
 * header alone between rules over an unruled body; cut by a page break under which the header is printed
 * again. The table is found on every page, keeps its six columns, and the header names each column under
 * its middle.
 */
class WideHeaderCellsTest {

    @TempDir
    Path tmp;

    /** Column starts: number, contents, title, hours, FaD, credits; the table's right end. */
    private static final double[] X = {50, 70, 270, 430, 470, 515, 790};

    private static final String[][] UNITS = {
        {"1.", "Inquadramento della", "10", "Max 4", "Non ammesso"},
        {"2.", "Gestire il check-in", "46", "Max 10", "Ammesso"},
        {"3.", "Informare sull'offerta", "34", "Max 12", "Ammesso"},
        {"4.", "Lingua inglese", "40", "Max 20", "Ammesso"},
    };

    @Test
    void headerCellsWiderThanTheirColumnsNameTheColumnsUnderThemOnBothPages() throws Exception {
        Map<Standard14Fonts.FontName, Float> sizes = Map.of(Standard14Fonts.FontName.HELVETICA, 9f,
                Standard14Fonts.FontName.TIMES_ROMAN, 10f, Standard14Fonts.FontName.COURIER, 8f);
        for (Standard14Fonts.FontName name : sizes.keySet()) {
            float size = sizes.get(name);
            TablePages p = new TablePages(2, TablePages.landscape(), name, size);
            double pitch = size * 1.25;
            p.text(0, 50, 60, "4. ARTICOLAZIONE, PROPEDEUTICITA E DURATE MINIME:");
            double y = header(p, 0, 60 + pitch * 1.6, pitch);
            // the first page full down to its foot, the third unit cut after two lines
            for (int u = 0; u < 2; u++) {
                y = unit(p, 0, y, pitch, UNITS[u], (int) ((540 - y - 3 * pitch) / 2 / pitch));
            }
            unit(p, 0, y, pitch, UNITS[2], 2);
            y = header(p, 1, 60, pitch);
            // the rest of the row the page break cut: two lines of contents, nothing in the first column
            p.text(1, X[1], y, "- Gestire il conto in uscita");
            p.text(1, X[1], y + pitch, "- Registrare i pagamenti");
            y += 2 * pitch + 0.4 * pitch;
            y = unit(p, 1, y, pitch, UNITS[3], 4);
            p.text(1, X[0], y, "DURATA MINIMA TOTALE");
            p.text(1, X[3], y, "130");
            p.text(1, X[4], y, "Max 46");
            p.text(1, 50, y + 4 * pitch, "5. TIROCINIO CURRICULARE:");
            Path pdf = p.save(tmp.resolve("spanning-" + name + ".pdf"));

            Table t = onlyUnitTable(pdf, name.toString());
            assertThat(t.rows().stream().map(r -> text(r, 3)).toList()).as(name.toString())
                    .containsExactly("Durata minima (ore)", "10", "46", "34", "40", "130");
            assertThat(text(t.rows().get(3), 1)).as(name.toString())
                    .contains("- Gestire il conto in uscita", "- Registrare i pagamenti");
            assertThat(text(t.rows().get(4), 1)).as(name.toString()).doesNotContain("Gestire il conto");
        }
    }

    @Test
    void aHeaderRuledApartFromAnUnruledBodyKeepsTheNarrowColumnsItsCellsSpanAndTheTotalItsWrappedFigure() throws Exception {
        // portrait: narrow hours and FaD columns, headers wider than both
        double[] x = {50, 68, 262, 370, 400, 440, 545};
        Map<Standard14Fonts.FontName, Float> sizes = Map.of(Standard14Fonts.FontName.HELVETICA, 8.5f,
                Standard14Fonts.FontName.TIMES_ROMAN, 9.5f, Standard14Fonts.FontName.COURIER, 7.5f);
        for (Standard14Fonts.FontName name : sizes.keySet()) {
            float size = sizes.get(name);
            TablePages p = new TablePages(2, name, size);
            double pitch = size * 1.25;
            p.text(0, 50, 60, "4. ARTICOLAZIONE, PROPEDEUTICITA E DURATE MINIME:");
            double y = ruledHeader(p, 0, 60 + 2 * pitch, pitch, x);
            String[][] units = {{"1.", "Inquadramento", "8", "Max", "4", "Non ammesso"}, {"2.", "Ricevere le merci", "40", "Max", "8", "Ammesso"},
                {"3.", "Stoccare le merci", "60", "0", "", "Ammesso"}, {"4.", "Preparare gli ordini", "50", "Max", "10", "Ammesso"}};
            for (int u = 0; u < 3; u++) {
                y = bodyRow(p, 0, y, pitch, x, units[u], u == 2 ? 2 : (int) ((760 - y) / 2.2 / pitch));
            }
            y = ruledHeader(p, 1, 60, pitch, x);
            y = bodyRow(p, 1, y, pitch, x, units[3], 5);
            p.text(1, x[0], y, "DURATA MINIMA TOTALE");
            p.text(1, x[3], y, "158");
            p.text(1, x[4], y, "Max");
            p.text(1, x[4], y + pitch, "22");
            p.text(1, 50, y + 3 * pitch, "NOTA:");
            p.text(1, 50, y + 4 * pitch, "L'Unita di Risultati dell'apprendimento n. 1 va realizzata prima delle altre.");
            p.text(1, 50, y + 6 * pitch, "5. TIROCINIO CURRICULARE:");
            p.text(1, 50, y + 7 * pitch, "Durata: 80 ore, pari al 50% della durata del percorso.");
            Path pdf = p.save(tmp.resolve("ruled-header-" + name + ".pdf"));

            Table t = onlyUnitTable(pdf, name.toString());
            assertThat(t.rows().stream().map(r -> text(r, 3)).toList()).as(name.toString())
                    .containsExactly("Durata minima (ore)", "8", "40", "60", "50", "158");
            assertThat(t.rows().stream().map(r -> text(r, 4)).toList()).as(name.toString())
                    .containsExactly("di cui in FaD (ore)", "Max 4", "Max 8", "0", "Max 10", "Max 22");
        }
    }

    /** A header of one-line cells wider than their columns, between two rules; returns the top of the first row. */
    private static double ruledHeader(TablePages p, int page, double top, double pitch, double[] x) throws IOException {
        p.rule(page, x[0] - 3, x[6], top - 3);
        p.text(page, x[0], top, "N.");
        p.text(page, x[1], top, "Articolazione dell'Unita di");
        p.text(page, x[2], top, "Unita di");
        p.centred(page, x[3], x[4], top, "Durata minima (ore)");
        p.text(page, x[1], top + pitch, "competenza/ Contenuti");
        p.text(page, x[2], top + pitch, "Risultati di");
        p.centred(page, x[4], x[5], top + 1.6 * pitch, "di cui in FaD (ore)");
        p.text(page, x[2], top + 2 * pitch, "apprendimento");
        p.text(page, x[5] + 30, top + 2 * pitch, "Crediti formativi");
        p.rule(page, x[0] - 3, x[6], top + 3 * pitch);
        return top + 3 * pitch + 6;
    }

    /** A unit's row in columns {@code x}: number, title, hours, FaD over two lines, credits; {@code lines} lines of contents. */
    private static double bodyRow(TablePages p, int page, double top, double pitch, double[] x, String[] unit, int lines)
            throws IOException {
        p.text(page, x[0], top, unit[0]);
        p.text(page, x[1], top, "Conoscenze");
        p.text(page, x[2], top, unit[1]);
        p.text(page, x[3], top, unit[2]);
        p.text(page, x[4], top, unit[3]);
        if (!unit[4].isEmpty()) {
            p.text(page, x[4], top + pitch, unit[4]);
        }
        p.text(page, x[5], top, unit[5]);
        for (int l = 1; l < lines; l++) {
            p.text(page, x[1] + 4, top + l * pitch, "- Contenuto " + unit[0] + l + " del modulo");
        }
        return top + Math.max(lines, 2) * pitch;
    }

    /** Three header lines, each cell centred on its column and wider than it; returns the top of the first row. */
    private static double header(TablePages p, int page, double top, double pitch) throws IOException {
        p.text(page, X[0], top, "Articolazione dell'Unita di competenza/ contenuti");
        p.centred(page, X[3], X[4], top, "Durata minima (ore)");
        p.text(page, X[0], top + pitch, "N.");
        p.centred(page, X[2], X[3], top + pitch, "Unita di Risultati di apprendimento");
        p.centred(page, X[5], X[6], top + pitch, "Crediti formativi");
        p.centred(page, X[4], X[5], top + 2 * pitch, "di cui in FaD (ore max)");
        return top + 3 * pitch + 0.4 * pitch;
    }

    /** A unit's row: number, title, hours, FaD and credits on its first line, {@code lines} lines of contents. */
    private static double unit(TablePages p, int page, double top, double pitch, String[] unit, int lines) throws IOException {
        p.text(page, X[0], top, unit[0]);
        p.text(page, X[1], top, "Conoscenze");
        p.text(page, X[2], top, unit[1]);
        p.text(page, X[3], top, unit[2]);
        p.text(page, X[4], top, unit[3]);
        p.text(page, X[5], top, unit[4]);
        for (int l = 1; l < lines; l++) {
            p.text(page, X[1], top + l * pitch, "- Contenuto " + unit[0] + l + " del modulo");
        }
        return top + lines * pitch + 0.4 * pitch;
    }

    /** The document's one unit table, its six columns named in order. */
    private static Table onlyUnitTable(Path pdf, String as) throws Exception {
        List<Table> tables;
        try (PdfSource source = PdfSource.open(pdf)) {
            tables = DocumentTables.of(source).tables().stream().filter(UnitTableReader::isUnitTable).toList();
        }
        assertThat(tables).as(as).hasSize(1);
        assertThat(UnitTableReader.columns(tables.get(0))).as(as).isEqualTo(new UnitTableReader.Columns(0, 1, 2, 3, 4, 5));
        return tables.get(0);
    }

    private static String text(Row r, int col) {
        return r.cells().stream().filter(c -> c.col() <= col && col < c.col() + c.colSpan()).map(Cell::readingText)
                .findFirst().orElse("");
    }
}
