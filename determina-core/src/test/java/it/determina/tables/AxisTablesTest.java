package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PdfSource;
import it.determina.testing.TablePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables drawn without a full grid, built here with PDFBox (other words, fonts and sizes than any
 * fixture): rules between the rows only, rules under the header only, no rules at all, continued over a
 * page break with the header repeated or not. Rows and columns must come from whatever each axis gives.
 */
class AxisTablesTest {

    @TempDir
    Path tmp;

    /** One row of a table: its cells, each a list of lines, top to bottom. */
    private record Line(double x, String text) {
    }

    private static final double[] COLUMNS = {60, 110, 360, 430};
    private static final String[] HEADER = {"Cod.", "Contenuto del modulo", "Ore", "Modalita"};

    /** Rows of a module table: code, wrapped contents, hours, delivery. */
    private static final String[][][] MODULES = {
        {{"M1"}, {"Sicurezza nei cantieri edili", "e uso dei dispositivi di protezione"}, {"16"}, {"Aula"}},
        {{"M2"}, {"Lettura del disegno tecnico", "misure e tolleranze", "quotatura"}, {"24"}, {"Laboratorio"}},
        {{"M3"}, {"Organizzazione del lavoro"}, {"8"}, {"Aula"}},
        {{"M4"}, {"Tecniche di saldatura ad arco", "e controllo dei giunti"}, {"40"}, {"Laboratorio"}},
    };

    /** Writes the rows from {@code top}; with {@code rules}, a rule above each row and below the last. Returns the bottom. */
    private static double rows(TablePages p, int page, double top, String[][][] rows, boolean rules, double pitch, double gap)
            throws IOException {
        double y = top;
        for (String[][] row : rows) {
            if (rules) {
                p.rule(page, 55, 540, y - 3);
            }
            int lines = 0;
            for (int c = 0; c < row.length; c++) {
                for (int l = 0; l < row[c].length; l++) {
                    p.text(page, COLUMNS[c], y + l * pitch, row[c][l]);
                }
                lines = Math.max(lines, row[c].length);
            }
            y += lines * pitch + gap;
        }
        if (rules) {
            p.rule(page, 55, 540, y - 3);
        }
        return y;
    }

    /** One line of a row: {@code texts} in the columns from the first, at {@code top} on page {@code page}. */
    private static void cells(TablePages p, int page, double top, String... texts) throws IOException {
        for (int c = 0; c < texts.length; c++) {
            p.text(page, COLUMNS[c], top, texts[c]);
        }
    }

    private static String[][][] header() {
        String[][][] h = new String[1][HEADER.length][];
        for (int c = 0; c < HEADER.length; c++) {
            h[0][c] = new String[] {HEADER[c]};
        }
        return h;
    }

    private static List<Table> tables(Path pdf) throws Exception {
        try (PdfSource source = PdfSource.open(pdf)) {
            return DocumentTables.of(source).tables();
        }
    }

    private static List<List<String>> texts(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            out.add(r.cells().stream().sorted(Comparator.comparingInt(Cell::col)).map(Cell::readingText).toList());
        }
        return out;
    }

    @Test
    void aDiagonalWatermarkAcrossATableLeavesNoLetterInItsCells() throws Exception {
        for (double degrees : new double[] {35, 45, -30, 60}) {
            TablePages p = new TablePages(1, Standard14Fonts.FontName.TIMES_ROMAN, 10);
            double y = rows(p, 0, 120, header(), true, 11, 6);
            rows(p, 0, y, MODULES, true, 11, 6);
            p.slanted(0, 80, 420, degrees, 60, "BOZZA NON VALIDA");
            List<Table> found = tables(p.save(tmp.resolve("watermark-" + degrees + ".pdf")));

            assertThat(found).as("%s degrees", degrees).hasSize(1);
            List<List<String>> rows = texts(found.get(0));
            assertThat(rows).hasSize(MODULES.length + 1);
            assertThat(rows.get(0)).containsExactly(HEADER);
            for (int r = 0; r < MODULES.length; r++) {
                List<String> expected = java.util.Arrays.stream(MODULES[r]).map(c -> String.join(" ", c)).toList();
                assertThat(rows.get(r + 1)).as("%s degrees, row %d", degrees, r + 1).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void rulesBetweenRowsOnlyGiveRowsAndColumnsFromTheGutters() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.HELVETICA, 9);
        p.text(0, 60, 80, "Tabella dei moduli del percorso di saldatore");
        double y = rows(p, 0, 130, header(), true, 11, 6);
        rows(p, 0, y, MODULES, true, 11, 6);
        List<Table> found = tables(p.save(tmp.resolve("hrules.pdf")));

        assertThat(found).hasSize(1);
        Table t = found.get(0);
        assertThat(t.structure()).isEqualTo(Table.Structure.ROW_RULES);
        assertThat(texts(t)).containsExactly(
                List.of("Cod.", "Contenuto del modulo", "Ore", "Modalita"),
                List.of("M1", "Sicurezza nei cantieri edili e uso dei dispositivi di protezione", "16", "Aula"),
                List.of("M2", "Lettura del disegno tecnico misure e tolleranze quotatura", "24", "Laboratorio"),
                List.of("M3", "Organizzazione del lavoro", "8", "Aula"),
                List.of("M4", "Tecniche di saldatura ad arco e controllo dei giunti", "40", "Laboratorio"));
    }

    @Test
    void rulesUnderTheHeaderOnlyLeaveTheRowsToTheFirstColumnAndTheSpacing() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.TIMES_ROMAN, 10);
        p.rule(0, 55, 540, 117);
        double y = rows(p, 0, 120, header(), false, 12, 0);
        p.rule(0, 55, 540, y + 1);
        y = rows(p, 0, y + 6, MODULES, false, 12, 5);
        p.rule(0, 55, 540, y);
        List<Table> found = tables(p.save(tmp.resolve("booktabs.pdf")));

        assertThat(found).hasSize(1);
        assertThat(texts(found.get(0))).hasSize(5);
        assertThat(texts(found.get(0)).get(2)).containsExactly("M2", "Lettura del disegno tecnico misure e tolleranze quotatura", "24", "Laboratorio");
    }

    @Test
    void aTableWithoutRulesContinuedOnAPageWithoutItsHeaderIsOneTable() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9.5f);
        p.text(0, 60, 90, "4. ARTICOLAZIONE DEI MODULI E DURATE MINIME DEL PERCORSO FORMATIVO DI SALDATURA");
        double y = rows(p, 0, 640, header(), false, 11.5, 6);
        rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1]}, false, 11.5, 6);
        p.text(0, 480, 800, "Pagina 1 di 2");
        y = rows(p, 1, 60, new String[][][] {MODULES[2], MODULES[3]}, false, 11.5, 6);
        p.text(1, 60, y + 40, "5. TIROCINIO CURRICULARE: durata minima di cinquanta ore presso aziende del settore.");
        p.text(1, 480, 800, "Pagina 2 di 2");
        List<Table> found = tables(p.save(tmp.resolve("unruled-continued.pdf")));

        assertThat(found).hasSize(1);
        Table t = found.get(0);
        assertThat(t.structure()).isEqualTo(Table.Structure.ALIGNED);
        assertThat(texts(t)).hasSize(5);
        assertThat(texts(t).get(4)).containsExactly("M4", "Tecniche di saldatura ad arco e controllo dei giunti", "40", "Laboratorio");
        assertThat(texts(t).stream().flatMap(List::stream)).noneMatch(c -> c.contains("Pagina") || c.contains("TIROCINIO"));
    }

    @Test
    void aRowCutByThePageBreakJoinsItsRestAndTheFooterStaysOut() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        double y = rows(p, 0, 600, header(), true, 11, 6);
        y = rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1]}, true, 11, 6);
        // the next row starts at the foot of page 1, with no rule closing it, and goes on on page 2
        p.rule(0, 55, 540, y - 3);
        cells(p, 0, y, "M3", "Organizzazione del lavoro", "8", "Aula");
        p.text(0, 480, 805, "Pagina 1 di 2");
        double top = rows(p, 1, 60, header(), true, 11, 6);
        p.text(1, COLUMNS[1], top, "e pianificazione delle attivita");
        rows(p, 1, top + 17, new String[][][] {MODULES[3]}, true, 11, 6);
        p.text(1, 480, 805, "Pagina 2 di 2");
        List<Table> found = tables(p.save(tmp.resolve("cut-row.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).containsExactly("M3", "Organizzazione del lavoro e pianificazione delle attivita", "8", "Aula");
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(c -> c.contains("Pagina"));
    }

    @Test
    void aPageHoldingOnlyTheEndOfACutRowAndTheTotalKeepsTheColumnsOfThePageBefore() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.TIMES_ROMAN, 10);
        double y = rows(p, 0, 640, header(), true, 12, 6);
        y = rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1], MODULES[2]}, true, 12, 6);
        // the last row is cut by the page break: no rule closes it on page 1
        p.rule(0, 55, 540, y - 3);
        cells(p, 0, y, "M4", "Tecniche di saldatura ad arco", "40", "Laboratorio");
        // page 2: the header repeated, the rest of the cut row, the total (its label across the first
        // two columns): too few rows for gutters of their own
        double top = rows(p, 1, 60, header(), true, 12, 6);
        p.text(1, COLUMNS[1], top, "e controllo dei giunti");
        p.rule(1, 55, 540, top + 14);
        p.text(1, COLUMNS[0], top + 17, "TOTALE ORE DEL PERCORSO");
        p.text(1, COLUMNS[2], top + 17, "88");
        p.rule(1, 55, 540, top + 31);
        p.text(1, 60, top + 60, "Il tirocinio curriculare dura almeno 120 ore e si svolge presso imprese del settore.");
        List<Table> found = tables(p.save(tmp.resolve("cut-row-and-total.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(4)).containsExactly("M4", "Tecniche di saldatura ad arco e controllo dei giunti", "40", "Laboratorio");
        Row total = found.get(0).rows().get(5);
        assertThat(total.at(0).readingText()).isEqualTo("TOTALE ORE DEL PERCORSO");
        assertThat(total.at(2).readingText()).isEqualTo("88");
    }

    @Test
    void rulesFramingOnlyTheHeaderOfATableCutByThePageBreakTakeTheRowsBelow() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        // booktabs cut by the page break: a rule above and one under the header, none under the rows
        p.text(0, 60, 560, "Tabella 2 - Moduli del percorso");
        double y = rows(p, 0, 600, header(), true, 11, 5);
        y = rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1], MODULES[2]}, false, 11, 5);
        // page 2: the header repeated between its two rules, the last row, the closing rule
        double top = rows(p, 1, 60, header(), true, 11, 5);
        double end = rows(p, 1, top, new String[][][] {MODULES[3]}, false, 11, 5);
        p.rule(1, 55, 540, end - 3);
        p.text(1, 60, end + 40, "Le ore di laboratorio si svolgono in piccoli gruppi.");
        List<Table> found = tables(p.save(tmp.resolve("booktabs-cut.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsExactly(HEADER);
        assertThat(rows.get(2)).containsExactly("M2", "Lettura del disegno tecnico misure e tolleranze quotatura", "24", "Laboratorio");
        assertThat(rows.get(4)).containsExactly("M4", "Tecniche di saldatura ad arco e controllo dei giunti", "40", "Laboratorio");
    }

    @Test
    void theRestOfACutRowSetRightUnderTheRepeatedHeaderJoinsItsRowAndTheHeaderIsDropped() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.TIMES_ROMAN, 9);
        // no rules at all; the page break cuts M4's contents after its first line
        double y = rows(p, 0, 600, header(), false, 11, 8);
        y = rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1], MODULES[2]}, false, 11, 8);
        cells(p, 0, y, "M4", "Tecniche di saldatura ad arco", "40", "Laboratorio");
        // page 2: the header repeated and, one line below it with no more space than between lines of a
        // cell, the rest of M4's contents, then a last row
        cells(p, 1, 60, HEADER);
        p.text(1, COLUMNS[1], 71, "e controllo dei giunti");
        rows(p, 1, 90, new String[][][] {{{"M5"}, {"Collaudo e documentazione"}, {"12"}, {"Aula"}}}, false, 11, 8);
        List<Table> found = tables(p.save(tmp.resolve("cut-under-header.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(4)).containsExactly("M4", "Tecniche di saldatura ad arco e controllo dei giunti", "40", "Laboratorio");
        assertThat(rows.get(5)).containsExactly("M5", "Collaudo e documentazione", "12", "Aula");
    }

    @Test
    void sheetsEachInAFrameWithTheirHeadingInsideAreReadRowByRow() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.HELVETICA_OBLIQUE, 9);
        // label, then the value's lines
        String[][][] sheets = {
            {{"Titolo del modulo", "Sicurezza nei cantieri edili"}, {"Ore minime", "16"},
                {"Abilita", "1. Usare i dispositivi di protezione", "2. Delimitare l'area di lavoro"},
                {"Conoscenze", "1. Rischi di caduta dall'alto", "2. Dispositivi di protezione", "3. Segnaletica di cantiere"}},
            {{"Titolo del modulo", "Lettura del disegno tecnico", "e delle tavole di progetto"}, {"Ore minime", "24"},
                {"Abilita", "1. Leggere le quote", "2. Riconoscere le viste"}, {"Conoscenze", "1. Scale di rappresentazione"}},
        };
        double y = 80;
        for (int s = 0; s < sheets.length; s++) {
            // a box around each sheet: only its frame is drawn, the heading is its first line inside it
            double top = y;
            p.text(0, 60, y + 4, "SCHEDA DEL MODULO DI FORMAZIONE n." + (s + 1));
            y += 18;
            for (String[] pair : sheets[s]) {
                p.text(0, 60, y, pair[0]);
                for (int l = 1; l < pair.length; l++) {
                    p.text(0, 200, y, pair[l]);
                    y += 11;
                }
                y += 3;
            }
            p.rule(0, 55, 540, top);
            p.rule(0, 55, 540, y + 2);
            p.column(0, 55, top, y + 2);
            p.column(0, 540, top, y + 2);
            y += 20;
        }
        Path pdf = p.save(tmp.resolve("framed-sheets.pdf"));
        List<Table> found = tables(pdf);

        // the heading is the sheet's caption: a line of text above its rows, not a row
        assertThat(found).hasSize(2);
        for (int s = 0; s < sheets.length; s++) {
            List<List<String>> rows = texts(found.get(s));
            assertThat(rows).hasSize(sheets[s].length);
            for (int r = 0; r < sheets[s].length; r++) {
                String[] pair = sheets[s][r];
                assertThat(rows.get(r)).containsExactly(pair[0], String.join(" ", List.of(pair).subList(1, pair.length)));
            }
        }
        assertThat(lines(pdf)).contains("SCHEDA DEL MODULO DI FORMAZIONE n.1", "SCHEDA DEL MODULO DI FORMAZIONE n.2");
    }

    /** Sheets of one-line labels and values, each in a box with its caption inside; {@code cut} boxes run over the page break. */
    private static final String[][][] ONE_LINE_SHEETS = {
        {{"Titolo del modulo", "Gestione del magazzino"}, {"Livello", "3"}, {"Unita di competenza", "Stoccaggio delle merci (U12)"},
            {"Risultato atteso", "Merci stoccate e inventariate"}, {"Abilita", "Usare il transpallet"}, {"Ore minime", "40"}},
        {{"Titolo del modulo", "Spedizione delle merci"}, {"Livello", "3"}, {"Unita di competenza", "Spedizioni (U13)"},
            {"Risultato atteso", "Colli preparati e spediti"}, {"Abilita", "Compilare il documento di trasporto"}, {"Ore minime", "32"}},
        {{"Titolo del modulo", "Sicurezza in magazzino"}, {"Livello", "3"}, {"Unita di competenza", "Sicurezza (U14)"},
            {"Risultato atteso", "Rischi valutati"}, {"Abilita", "Usare i dispositivi di protezione"}, {"Ore minime", "16"}},
    };

    /**
     * Draws the sheets in boxes from {@code y} on page {@code page}, the caption as each box's first line; a
     * box reaching {@code foot} is cut there (sides to the foot, no rule under them) and goes on from
     * {@code top} of the next page, its caption repeated there when {@code repeat}. Returns the next page used.
     */
    private static int framedSheets(TablePages p, int page, double y, double foot, double top, boolean repeat, Standard14Fonts.FontName font)
            throws IOException {
        double pitch = 15;
        for (int s = 0; s < ONE_LINE_SHEETS.length; s++) {
            String caption = "DETTAGLIO DEL MODULO n." + (s + 1);
            double boxTop = y;
            p.rule(page, 55, 540, boxTop);
            p.text(page, 60, y + 4, caption);
            y += 20;
            for (String[] pair : ONE_LINE_SHEETS[s]) {
                if (y + pitch > foot) {
                    p.column(page, 55, boxTop, foot + 10);
                    p.column(page, 540, boxTop, foot + 10);
                    page++;
                    y = top;
                    boxTop = top - 4;
                    p.rule(page, 55, 540, boxTop);
                    if (repeat) {
                        p.text(page, 60, y, caption);
                        y += 20;
                    }
                }
                p.text(page, 60, y, pair[0]);
                p.text(page, 250, y, pair[1]);
                y += pitch;
            }
            p.rule(page, 55, 540, y + 2);
            p.column(page, 55, boxTop, y + 2);
            p.column(page, 540, boxTop, y + 2);
            y += 14;
        }
        return page;
    }

    @Test
    void boxedSheetsOfOneLineRowsCutByThePageBreakGoOnAsOneSheetEach() throws Exception {
        for (boolean repeat : new boolean[] {true, false}) {
            for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN)) {
                TablePages p = new TablePages(2, font, 9);
                // the second box is cut after its caption and first row, the rest goes on at the top of page 2
                int last = framedSheets(p, 0, 560, 660, 60, repeat, font);
                assertThat(last).isEqualTo(1);
                Path pdf = p.save(tmp.resolve("boxed-" + repeat + "-" + font + ".pdf"));
                List<Table> found = tables(pdf);

                assertThat(found).as("repeat %s, %s", repeat, font).hasSize(ONE_LINE_SHEETS.length);
                // the caption, within the labels' column, is the sheet's first row, alone in it, once
                for (int s = 0; s < ONE_LINE_SHEETS.length; s++) {
                    List<List<String>> rows = texts(found.get(s));
                    assertThat(rows).as("sheet %d, repeat %s, %s", s + 1, repeat, font).hasSize(ONE_LINE_SHEETS[s].length + 1);
                    assertThat(rows.get(0)).containsExactly("DETTAGLIO DEL MODULO n." + (s + 1), "");
                    for (int r = 0; r < ONE_LINE_SHEETS[s].length; r++) {
                        assertThat(rows.get(r + 1)).containsExactly(ONE_LINE_SHEETS[s][r]);
                    }
                }
            }
        }
    }

    /** The running lines of the document (text outside its tables), top to bottom on each page. */
    private static List<String> lines(Path pdf) throws Exception {
        try (PdfSource source = PdfSource.open(pdf)) {
            PageTables reader = new PageTables(source);
            List<String> out = new ArrayList<>();
            for (int n = 1; n <= source.pageCount(); n++) {
                for (Block b : reader.read(source.page(n))) {
                    if (b instanceof Block.Line l) {
                        out.add(l.line().text());
                    }
                }
            }
            return out;
        }
    }

    @Test
    void aSheetRuledOnlyBetweenItsColumnsGetsItsRowsFromTheCellsSpacing() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.TIMES_ROMAN, 10);
        // label lines, then value lines; lines of a cell 11 points apart, rows 3 points more
        String[][][] rows = {
            {{"Titolo del", "modulo"}, {"Sicurezza nei cantieri edili"}},
            {{"Livello"}, {"3"}},
            {{"Codice del modulo"}, {"M1 - Sicurezza"}},
            {{"Conoscenze"}, {"- Rischi di caduta dall'alto", "- Dispositivi di protezione", "- Segnaletica di cantiere"}},
            {{"Soglia minima di", "prestazione"}, {"Prova completata nei tempi", "assegnati e senza errori"}},
        };
        p.text(0, 60, 80, "SCHEDA DEL MODULO n.1 - Sicurezza nei cantieri edili e uso dei dispositivi di protezione");
        double y = 100;
        for (String[][] row : rows) {
            int lines = Math.max(row[0].length, row[1].length);
            for (int l = 0; l < row[0].length; l++) {
                p.text(0, 60, y + l * 11, row[0][l]);
            }
            for (int l = 0; l < row[1].length; l++) {
                p.text(0, 190, y + l * 11, row[1][l]);
            }
            y += lines * 11 + 3;
        }
        // one rule between the columns, from the first row to the last, broken where the heading runs across
        p.column(0, 180, 97, y);
        List<Table> found = tables(p.save(tmp.resolve("column-ruled.pdf")));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).structure()).isEqualTo(Table.Structure.COLUMN_RULES);
        List<List<String>> read = texts(found.get(0));
        assertThat(read).hasSize(rows.length);
        for (int r = 0; r < rows.length; r++) {
            assertThat(read.get(r)).containsExactly(String.join(" ", rows[r][0]), String.join(" ", rows[r][1]));
        }
    }

    @Test
    void theRestOfACutRowAtTheTopOfThePageOverOneRuledRowJoinsItsRow() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        // a sheet ruled between its rows; the page break cuts the knowledge list after its second item
        String[][] pairs = {{"Titolo del modulo", "Sicurezza nei cantieri edili"}, {"Livello", "3"},
            {"Risultato atteso", "Rischi riconosciuti e prevenuti"}};
        double y = 600;
        for (String[] pair : pairs) {
            p.rule(0, 55, 540, y - 3);
            p.text(0, 60, y, pair[0]);
            p.text(0, 200, y, pair[1]);
            y += 16;
        }
        p.rule(0, 55, 540, y - 3);
        p.text(0, 60, y, "Conoscenze");
        p.text(0, 200, y, "1. Rischi di caduta dall'alto");
        p.text(0, 200, y + 11, "2. Dispositivi di protezione individuale");
        // page 2, at its very top: the list's last items, then one ruled row, then another sheet
        p.text(1, 200, 40, "3. Segnaletica di cantiere");
        p.text(1, 200, 51, "4. Primo soccorso");
        p.rule(1, 55, 540, 64);
        p.text(1, 60, 67, "Vincoli (eventuali)");
        p.rule(1, 55, 540, 80);
        p.text(1, 60, 120, "SCHEDA DEL MODULO n.2");
        List<Table> found = tables(p.save(tmp.resolve("cut-row-at-top.pdf")));

        assertThat(found).isNotEmpty();
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).contains(List.of("Conoscenze",
                "1. Rischi di caduta dall'alto 2. Dispositivi di protezione individuale 3. Segnaletica di cantiere 4. Primo soccorso"));
        assertThat(rows.get(rows.size() - 1)).containsExactly("Vincoli (eventuali)", "");
    }

    @Test
    void aSheetWhoseFirstRowAloneIsRuledKeepsItsRowsAndTheHeadingAboveStaysOut() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.COURIER, 8);
        p.text(0, 60, 80, "SCHEDA DEL MODULO n.4");
        // the first pair framed by two rules, the others set below without rules
        String[][] pairs = {{"Titolo del modulo", "Tecniche di saldatura ad arco"}, {"Livello", "3"},
            {"Ore minime", "40"}, {"Obiettivo", "Giunti eseguiti e controllati"}, {"Prerequisiti", "Modulo M2"}};
        p.rule(0, 55, 540, 97);
        double y = 100;
        for (String[] pair : pairs) {
            p.text(0, 60, y, pair[0]);
            p.text(0, 230, y, pair[1]);
            if (y == 100) {
                p.rule(0, 55, 540, y + 12);
                y += 4;
            }
            y += 12;
        }
        p.text(0, 60, y + 40, "Le ore di laboratorio si svolgono in piccoli gruppi di non piu di dodici allievi per docente.");
        List<Table> found = tables(p.save(tmp.resolve("first-row-framed.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).containsExactly(List.of("Titolo del modulo", "Tecniche di saldatura ad arco"), List.of("Livello", "3"),
                List.of("Ore minime", "40"), List.of("Obiettivo", "Giunti eseguiti e controllati"), List.of("Prerequisiti", "Modulo M2"));
    }

    /** Units whose contents run over several lines while the other cells sit at the row's middle or foot. */
    private static final String[][][] TALL_UNITS = {
        {{"1."}, {"Conoscenze", "- Norme di sicurezza del cantiere", "- Dispositivi di protezione", "Abilita", "- Usare i dispositivi"},
            {"Ammesso il", "riconoscimento"}, {"16"}},
        {{"2."}, {"Conoscenze", "- Disegno tecnico", "- Misure e tolleranze", "Abilita", "- Leggere un progetto",
            "- Tracciare le quote"}, {"Non ammesso"}, {"24"}},
        {{"3."}, {"Conoscenze", "- Saldatura ad arco", "Abilita", "- Controllare i giunti"}, {"Ammesso il", "riconoscimento",
            "parziale"}, {"40"}},
    };

    @Test
    void cellsSetAtTheMiddleOrFootOfTallRowsWithoutRulesStayInTheirRows() throws Exception {
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER)) {
            for (boolean foot : List.of(true, false)) {
                TablePages p = new TablePages(1, font, 9);
                double[] x = {60, 80, 330, 470};
                double pitch = 11;
                p.text(0, 60, 100, "4. ARTICOLAZIONE E DURATE MINIME:");
                String[] header = {"N.", "Contenuti", "Crediti formativi", "Durata"};
                for (int c = 0; c < header.length; c++) {
                    p.text(0, x[c], 125, header[c]);
                }
                double y = 145;
                for (String[][] row : TALL_UNITS) {
                    int lines = row[1].length;
                    p.text(0, x[0], y, row[0][0]);
                    for (int l = 0; l < lines; l++) {
                        p.text(0, x[1], y + l * pitch, row[1][l]);
                    }
                    // the credits centred on the row, the hours at its middle or its foot: between the contents' lines
                    double credits = y + (lines - row[2].length) * pitch / 2;
                    for (int l = 0; l < row[2].length; l++) {
                        p.text(0, x[2], credits + l * pitch, row[2][l]);
                    }
                    p.text(0, x[3], foot ? y + (lines - 1) * pitch : y + (lines - 1) * pitch / 2, row[3][0]);
                    y += lines * pitch + 8;
                }
                p.text(0, 60, y + 30, "5. TIROCINIO CURRICULARE: 60 ore.");
                List<Table> found = tables(p.save(tmp.resolve("tall-" + font + "-" + foot + ".pdf")));

                assertThat(found).as("%s, hours at the %s", font, foot ? "foot" : "middle").hasSize(1);
                List<List<String>> rows = texts(found.get(0));
                assertThat(rows).as("%s, hours at the %s", font, foot ? "foot" : "middle").containsExactly(
                        List.of("N.", "Contenuti", "Crediti formativi", "Durata"),
                        List.of("1.", "Conoscenze - Norme di sicurezza del cantiere - Dispositivi di protezione Abilita - Usare i dispositivi",
                                "Ammesso il riconoscimento", "16"),
                        List.of("2.", "Conoscenze - Disegno tecnico - Misure e tolleranze Abilita - Leggere un progetto - Tracciare le quote",
                                "Non ammesso", "24"),
                        List.of("3.", "Conoscenze - Saldatura ad arco Abilita - Controllare i giunti", "Ammesso il riconoscimento parziale", "40"));
            }
        }
    }

    @Test
    void aDenseBoxedTableWhoseTextRunsCloseToTheNextColumnKeepsItsColumns() throws Exception {
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER)) {
            float size = 8;
            TablePages p = new TablePages(1, font, size);
            PDType1Font f = new PDType1Font(font);
            // the unit's name runs to a space's width from the hours; the centred headers leave no gutter either
            String longest = "Gestire i rinfreschi";
            double name = 230;
            double hours = name + f.getStringWidth(longest) / 1000 * size + 2;
            double fad = hours + f.getStringWidth("minima") / 1000 * size + 3;
            double credits = fad + f.getStringWidth("in FaD") / 1000 * size + 3;
            double[] x = {60, 80, name, hours, fad, credits};
            p.rule(0, 55, 545, 120);
            p.column(0, 55, 120, 330);
            p.column(0, 545, 120, 330);
            String[][] header = {{"N."}, {"Contenuti"}, {"Unita di risultati"}, {"Durata", "minima"}, {"di cui", "in FaD"}, {"Crediti"}};
            for (int c = 0; c < header.length; c++) {
                for (int l = 0; l < header[c].length; l++) {
                    p.text(0, x[c], 125 + l * 10, header[c][l]);
                }
            }
            String[][][] rows = {
                {{"1."}, {"Conoscenze", "- Igiene degli alimenti"}, {"Inquadramento", "della professione"}, {"8"}, {"0"}, {"Non ammesso"}},
                {{"2."}, {"Conoscenze", "- Fermentazione", "Abilita", "- Rinfrescare il lievito"}, {longest, "del lievito"}, {"36"},
                    {"Max 6"}, {"Ammesso il", "riconoscimento"}},
                {{"3."}, {"Conoscenze", "- Farine e impasti"}, {"Impastare e", "formare il pane"}, {"60"}, {"0"}, {"Ammesso"}},
            };
            double y = 155;
            for (String[][] row : rows) {
                int lines = 0;
                for (int c = 0; c < row.length; c++) {
                    for (int l = 0; l < row[c].length; l++) {
                        p.text(0, x[c], y + l * 10, row[c][l]);
                    }
                    lines = Math.max(lines, row[c].length);
                }
                y += lines * 10 + 8;
            }
            p.rule(0, 55, 545, 330);
            p.text(0, 60, 350, "5. TIROCINIO CURRICULARE: 60 ore.");
            List<Table> found = tables(p.save(tmp.resolve("dense-" + font + ".pdf")));

            assertThat(found).as(font.toString()).hasSize(1);
            List<List<String>> texts = texts(found.get(0));
            assertThat(texts).as(font.toString()).containsExactly(
                    List.of("N.", "Contenuti", "Unita di risultati", "Durata minima", "di cui in FaD", "Crediti"),
                    List.of("1.", "Conoscenze - Igiene degli alimenti", "Inquadramento della professione", "8", "0", "Non ammesso"),
                    List.of("2.", "Conoscenze - Fermentazione Abilita - Rinfrescare il lievito", "Gestire i rinfreschi del lievito", "36",
                            "Max 6", "Ammesso il riconoscimento"),
                    List.of("3.", "Conoscenze - Farine e impasti", "Impastare e formare il pane", "60", "0", "Ammesso"));
        }
    }

    @Test
    void aBoxedTableKeepsANarrowFirstColumnUnderACentredHeaderAndATotalSpanningIt() throws Exception {
        // a box and no inner rule: the contents' header, centred, starts right of its column and within the
        // table's left tenth; the total at the foot runs from the left across the numbers' column
        int sizeStep = 0;
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER)) {
            float size = 8 + sizeStep++;
            double pitch = size * 1.25;
            TablePages p = new TablePages(1, font, size);
            PDType1Font f = new PDType1Font(font);
            double[] x = {60, 60 + f.getStringWidth("00.") / 1000 * size + 9, 290, 390, 440, 480};
            String contents = "Articolazione dell'Unita/";
            double centred = x[1] + ((x[2] - 10 - x[1]) - f.getStringWidth(contents) / 1000 * size) / 2;
            p.rule(0, 55, 545, 120);
            p.column(0, 55, 120, 400);
            p.column(0, 545, 120, 400);
            p.text(0, x[0] + 2, 125 + pitch / 2, "N.");
            p.text(0, centred, 125, contents);
            p.text(0, centred + 20, 125 + pitch, "Contenuti");
            String[][] header = {{"Unita di"}, {"Durata", "minima"}, {"di cui", "FaD"}, {"Crediti"}};
            for (int c = 0; c < header.length; c++) {
                for (int l = 0; l < header[c].length; l++) {
                    p.text(0, x[c + 2], 125 + l * pitch, header[c][l]);
                }
            }
            String[][][] rows = {
                {{"1."}, {"Conoscenze", "- Igiene degli alimenti"}, {"Inquadramento"}, {"8"}, {"0"}, {"Non ammesso"}},
                {{"2."}, {"Conoscenze", "- Fermentazione", "Abilita", "- Rinfrescare il lievito"}, {"Rinfreschi"}, {"36"},
                    {"Max 6"}, {"Ammesso il", "riconoscimento"}},
                {{"3."}, {"Conoscenze", "- Farine e impasti"}, {"Impastare"}, {"60"}, {"0"}, {"Ammesso"}},
            };
            double y = 125 + 2 * pitch + 6;
            for (String[][] row : rows) {
                int lines = 0;
                for (int c = 0; c < row.length; c++) {
                    for (int l = 0; l < row[c].length; l++) {
                        p.text(0, x[c], y + l * pitch, row[c][l]);
                    }
                    lines = Math.max(lines, row[c].length);
                }
                y += lines * pitch + 4;
            }
            p.text(0, x[0], y, "DURATA MINIMA TOTALE");
            p.text(0, x[3], y, "104");
            p.text(0, x[4], y, "Max 6");
            p.rule(0, 55, 545, 400);
            List<Table> found = tables(p.save(tmp.resolve("total-" + font + ".pdf")));

            assertThat(found).as(font.toString()).hasSize(1);
            List<List<String>> texts = texts(found.get(0));
            assertThat(texts).as(font.toString()).containsExactly(
                    List.of("N.", "Articolazione dell'Unita/ Contenuti", "Unita di", "Durata minima", "di cui FaD", "Crediti"),
                    List.of("1.", "Conoscenze - Igiene degli alimenti", "Inquadramento", "8", "0", "Non ammesso"),
                    List.of("2.", "Conoscenze - Fermentazione Abilita - Rinfrescare il lievito", "Rinfreschi", "36",
                            "Max 6", "Ammesso il riconoscimento"),
                    List.of("3.", "Conoscenze - Farine e impasti", "Impastare", "60", "0", "Ammesso"),
                    List.of("DURATA MINIMA TOTALE", "", "104", "Max 6", ""));
        }
    }

    @Test
    void aBoxCutByThePageBreakGoesOnWithTheCutRowsRestAndKeepsItsCentredHeaderOverItsFigures() throws Exception {
        // a box on each page (a browser slices the border at the break): page 2 starts with the rest of unit
        // 3's contents in the second column, right under the box's top; "Durata minima" is centred over
        // hours set at the column's left, clear of them
        int sizeStep = 0;
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER)) {
            float size = 8 + sizeStep++;
            double pitch = size * 1.25;
            TablePages p = new TablePages(2, font, size);
            PDType1Font f = new PDType1Font(font);
            double[] x = {60, 60 + f.getStringWidth("00.") / 1000 * size + 10, 300, 420, 490, 540};
            double hoursWidth = x[4] - 10 - x[3];
            p.rule(0, 55, 580, 600);
            p.text(0, x[0], 605, "N.");
            p.text(0, x[1], 605, "Contenuti");
            p.text(0, x[2], 605, "Unita di risultati");
            for (String[] h : new String[][] {{"Durata", "0"}, {"minima", "1"}}) {
                double w = f.getStringWidth(h[0]) / 1000 * size;
                p.text(0, x[3] + (hoursWidth - w) / 2, 605 + Integer.parseInt(h[1]) * pitch, h[0]);
            }
            p.text(0, x[4], 605, "FaD");
            p.text(0, x[5], 605, "Note");
            double y = 605 + 2 * pitch + 6;
            String[][][] first = {
                {{"1."}, {"Conoscenze", "- Igiene degli alimenti"}, {"Inquadramento"}, {"12"}, {"Max 6"}, {"No"}},
                {{"2."}, {"Conoscenze", "- Fermentazione", "Abilita", "- Rinfrescare il lievito"}, {"Rinfreschi"}, {"50"}, {"Max 10"}, {"Si"}},
            };
            for (String[][] row : first) {
                y = row(p, 0, x, y, pitch, row);
            }
            // unit 3 starts at the foot of page 1 and goes on on page 2
            row(p, 0, x, y, pitch, new String[][] {{"3."}, {"Conoscenze", "- Motori al mozzo"}, {"Manutenere"}, {"70"}, {"Max 20"}, {"Si"}});
            p.rule(0, 55, 580, 800);
            p.column(0, 55, 600, 800);
            p.column(0, 580, 600, 800);
            p.rule(1, 55, 580, 50);
            p.text(1, x[1], 53, "- Batterie agli ioni di litio");
            p.text(1, x[1], 53 + pitch, "- Firmware della centralina");
            double z = row(p, 1, x, 53 + 2 * pitch + 6, pitch,
                    new String[][] {{"4."}, {"Conoscenze", "- Preventivi"}, {"Gestire"}, {"30"}, {"Max 15"}, {"Si"}});
            p.text(1, x[0], z, "DURATA MINIMA TOTALE");
            p.text(1, x[3], z, "162");
            p.text(1, x[4], z, "Max 51");
            p.rule(1, 55, 580, z + pitch + 4);
            p.column(1, 55, 50, z + pitch + 4);
            p.column(1, 580, 50, z + pitch + 4);
            List<Table> found = tables(p.save(tmp.resolve("box-cut-" + font + ".pdf")));

            assertThat(found).as(font.toString()).hasSize(1);
            assertThat(texts(found.get(0))).as(font.toString()).containsExactly(
                    List.of("N.", "Contenuti", "Unita di risultati", "Durata minima", "FaD", "Note"),
                    List.of("1.", "Conoscenze - Igiene degli alimenti", "Inquadramento", "12", "Max 6", "No"),
                    List.of("2.", "Conoscenze - Fermentazione Abilita - Rinfrescare il lievito", "Rinfreschi", "50", "Max 10", "Si"),
                    List.of("3.", "Conoscenze - Motori al mozzo - Batterie agli ioni di litio - Firmware della centralina",
                            "Manutenere", "70", "Max 20", "Si"),
                    List.of("4.", "Conoscenze - Preventivi", "Gestire", "30", "Max 15", "Si"),
                    List.of("DURATA MINIMA TOTALE", "", "162", "Max 51", ""));
        }
    }

    @Test
    void aBoxedTableKeepsNarrowFigureColumnsWhoseCentredHeadersNearlyTouch() throws Exception {
        // "Durata minima" and "di cui in FaD" centred over columns barely wider than their words, their figures
        // set at the columns' right: the header leaves no gutter between them, the body does (a monospaced
        // header whose two lines leave the same spaces is left out: where its cells part is not in the text)
        int sizeStep = 0;
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.TIMES_ROMAN, Standard14Fonts.FontName.HELVETICA,
                Standard14Fonts.FontName.TIMES_ROMAN)) {
            float size = 8 + sizeStep++;
            double pitch = size * 1.2;
            TablePages p = new TablePages(1, font, size);
            PDType1Font f = new PDType1Font(font);
            double hoursWidth = f.getStringWidth("minima") / 1000 * size + 1;
            double space = f.getStringWidth(" ") / 1000 * size;
            double fadWidth = f.getStringWidth("in FaD") / 1000 * size + 2 * space;
            double hours = 330;
            double fad = hours + hoursWidth;
            double contents = 60 + f.getStringWidth("00.") / 1000 * size + 3 * space;
            double credits = fad + fadWidth + 3 * space;
            p.rule(0, 55, 560, 120);
            p.column(0, 55, 120, 320);
            p.column(0, 560, 120, 320);
            String[][] centred = {{"Durata", "minima"}, {"di cui", "in FaD"}};
            double[][] spans = {{hours, hoursWidth}, {fad, fadWidth}};
            for (int c = 0; c < 2; c++) {
                for (int l = 0; l < 2; l++) {
                    double w = f.getStringWidth(centred[c][l]) / 1000 * size;
                    p.text(0, spans[c][0] + (spans[c][1] - w) / 2, 124 + l * pitch, centred[c][l]);
                }
            }
            p.text(0, 60, 124, "N.");
            p.text(0, contents, 124, "Contenuti");
            p.text(0, 220, 124, "Unita");
            p.text(0, credits, 124, "Crediti");
            String[][] rows = {{"1.", "Conoscenze", "Inquadramento", "16", "Max 4", "Non ammesso"},
                {"2.", "Abilita", "Preparare", "60", "Max 6", "Ammesso"}, {"3.", "Conoscenze", "Servire", "8", "Max 8", "Ammesso"}};
            double y = 124 + 2 * pitch + 6;
            for (String[] r : rows) {
                p.text(0, 60, y, r[0]);
                p.text(0, contents, y, r[1]);
                p.text(0, 220, y, r[2]);
                p.text(0, hours + hoursWidth - f.getStringWidth(r[3]) / 1000 * size, y, r[3]);
                p.text(0, fad + fadWidth - f.getStringWidth(r[4]) / 1000 * size, y, r[4]);
                p.text(0, credits, y, r[5]);
                p.text(0, contents, y + pitch, "- un contenuto");
                y += 2 * pitch + 6;
            }
            p.rule(0, 55, 560, 320);
            List<Table> found = tables(p.save(tmp.resolve("narrow-" + font + size + ".pdf")));

            assertThat(found).as(font + " " + size).hasSize(1);
            assertThat(texts(found.get(0))).as(font + " " + size).containsExactly(
                    List.of("N.", "Contenuti", "Unita", "Durata minima", "di cui in FaD", "Crediti"),
                    List.of("1.", "Conoscenze - un contenuto", "Inquadramento", "16", "Max 4", "Non ammesso"),
                    List.of("2.", "Abilita - un contenuto", "Preparare", "60", "Max 6", "Ammesso"),
                    List.of("3.", "Conoscenze - un contenuto", "Servire", "8", "Max 8", "Ammesso"));
        }
    }

    /** Writes one row's cells, each a column of lines, from {@code top}; returns where the next row starts. */
    private static double row(TablePages p, int page, double[] x, double top, double pitch, String[][] cells) throws IOException {
        int lines = 0;
        for (int c = 0; c < cells.length; c++) {
            for (int l = 0; l < cells[c].length; l++) {
                p.text(page, x[c], top + l * pitch, cells[c][l]);
            }
            lines = Math.max(lines, cells[c].length);
        }
        return top + lines * pitch + 4;
    }

    @Test
    void figuresCentredBetweenTheLinesOfTheirLabelStayInTheLabelsRow() throws Exception {
        for (Standard14Fonts.FontName font : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN)) {
            TablePages p = new TablePages(1, font, 8);
            double[] x = {60, 250, 310, 370, 430};
            double pitch = 10;
            p.text(0, 60, 100, "Table 2. Hours and rates by measure, 2021-2024");
            p.rule(0, 55, 480, 115);
            String[] header = {"Measure", "2021", "2022", "2023", "2024"};
            for (int c = 0; c < header.length; c++) {
                p.text(0, x[c], 120, header[c]);
            }
            p.rule(0, 55, 480, 133);
            String[][] labels = {{"Hours of training"}, {"Share of distance learning", "(per cent of hours)"},
                {"Credits recognised on entry", "(hours per learner)"}, {"Internship hours"},
                {"Learners completing the course", "within the set time"}};
            String[][] figures = {{"1200", "1350", "1410", "1500"}, {"12.5", "14.0", "18.2", "20.0"},
                {"30", "32", "35", "40"}, {"300", "320", "310", "330"}, {"85.1", "86.0", "88.4", "90.2"}};
            double y = 138;
            for (int r = 0; r < labels.length; r++) {
                for (int l = 0; l < labels[r].length; l++) {
                    p.text(0, x[0], y + l * pitch, labels[r][l]);
                }
                // the figures centred on the row: between the two lines of a wrapped label
                double fy = y + (labels[r].length - 1) * pitch / 2;
                for (int c = 0; c < 4; c++) {
                    p.text(0, x[c + 1], fy, figures[r][c]);
                }
                y += labels[r].length * pitch + 4;
            }
            p.rule(0, 55, 480, y);
            List<Table> found = tables(p.save(tmp.resolve("centred-" + font + ".pdf")));

            assertThat(found).as(font.toString()).hasSize(1);
            List<List<String>> rows = texts(found.get(0));
            assertThat(rows).as(font.toString()).hasSize(6);
            assertThat(rows.get(2)).containsExactly("Share of distance learning (per cent of hours)", "12.5", "14.0", "18.2", "20.0");
            assertThat(rows.get(3)).containsExactly("Credits recognised on entry (hours per learner)", "30", "32", "35", "40");
            assertThat(rows.get(4)).containsExactly("Internship hours", "300", "320", "310", "330");
            assertThat(rows.get(5)).containsExactly("Learners completing the course within the set time", "85.1", "86.0", "88.4", "90.2");
        }
    }

    @Test
    void aTableWithoutRulesWhoseRowsStandWideApartIsOneTableWithItsTotal() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.COURIER, 8);
        p.text(0, 60, 100, "PIANO DEI MODULI");
        // rows set three ems and more apart, lines in a cell one line apart
        double y = rows(p, 0, 130, header(), false, 10, 30);
        y = rows(p, 0, y, MODULES, false, 10, 30);
        p.text(0, 60, y, "TOTALE");
        p.text(0, COLUMNS[2], y, "88");
        p.text(0, 60, y + 60, "Le ore di laboratorio si svolgono in piccoli gruppi.");
        List<Table> found = tables(p.save(tmp.resolve("spaced.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2)).containsExactly("M2", "Lettura del disegno tecnico misure e tolleranze quotatura", "24", "Laboratorio");
        assertThat(rows.get(4).get(1)).isEqualTo("Tecniche di saldatura ad arco e controllo dei giunti");
        assertThat(rows.get(5).get(0)).isEqualTo("TOTALE");
        assertThat(rows.get(5).get(2)).isEqualTo("88");
    }

    @Test
    void aContinuedPageWiderInOneColumnAndWithoutGutterInAnotherKeepsTheColumnsOfThePageBefore() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        double y = rows(p, 0, 640, header(), true, 11, 6);
        y = rows(p, 0, y, new String[][][] {
            {{"M1"}, {"Sicurezza nei cantieri edili e protezioni", "individuali e collettive"}, {"16"}, {"Aula"}},
            {{"M2"}, {"Lettura del disegno tecnico e misure", "tolleranze e quotature"}, {"24"}, {"Laboratorio"}},
        }, true, 11, 6);
        p.rule(0, 55, 540, y - 3);
        cells(p, 0, y, "M3", "Organizzazione del lavoro", "8", "Aula");
        // page 2: the rest of the cut row runs further right than any text of page 1 (its gutter moves),
        // and the total's label covers the gutter between the first two columns
        double top = rows(p, 1, 60, header(), true, 11, 6);
        p.text(1, COLUMNS[1], top, "e pianificazione delle attivita dei cantieri stradali edili");
        p.rule(1, 55, 540, top + 14);
        p.text(1, COLUMNS[0], top + 17, "Totale complessivo");
        p.text(1, COLUMNS[2], top + 17, "48");
        p.rule(1, 55, 540, top + 31);
        List<Table> found = tables(p.save(tmp.resolve("wider-continued.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).containsExactly("M3", "Organizzazione del lavoro e pianificazione delle attivita dei cantieri stradali edili", "8", "Aula");
        assertThat(rows.get(4).get(0)).isEqualTo("Totale complessivo");
        assertThat(found.get(0).rows().get(4).at(2).readingText()).isEqualTo("48");
    }

    @Test
    void aGridWhoseColumnRulesRunOverThePageBreakKeepsTheCutRowWhole() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        double y = rows(p, 0, 600, header(), true, 11, 6);
        y = rows(p, 0, y, new String[][][] {MODULES[0], MODULES[1]}, true, 11, 6);
        // the last row is cut by the page break: no rule closes it, the column rules run on to the foot
        cells(p, 0, y, "M3", "Organizzazione del lavoro", "8", "Aula");
        for (double x : new double[] {55, 100, 350, 420, 540}) {
            p.column(0, x, 597, 790);
            p.column(1, x, 40, 110);
        }
        // page 2 opens with the rest of the cut row, above the first rule, then one more row
        p.text(1, COLUMNS[1], 45, "e pianificazione delle attivita");
        rows(p, 1, 62, new String[][][] {MODULES[3]}, true, 11, 6);
        List<Table> found = tables(p.save(tmp.resolve("grid-cut-row.pdf")));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).structure()).isEqualTo(Table.Structure.LATTICE);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).containsExactly("M3", "Organizzazione del lavoro e pianificazione delle attivita", "8", "Aula");
    }

    @Test
    void textSetInThreeColumnsIsNoTable() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.TIMES_ROMAN, 10);
        String[] words = {"la regione promuove", "percorsi di qualifica", "per giovani e adulti", "nel rispetto degli",
            "standard nazionali", "e delle competenze", "richieste dalle imprese", "del territorio locale"};
        for (int l = 0; l < 24; l++) {
            for (int c = 0; c < 3; c++) {
                p.text(0, 60 + c * 170, 100 + l * 12, words[(l + c) % words.length] + " " + words[(l + 2 * c + 1) % words.length]);
            }
        }
        assertThat(tables(p.save(tmp.resolve("columns.pdf")))).isEmpty();
    }

    /** A sheet's rows: each a label's lines and its value's lines. */
    private static final double LABEL_X = 60;
    private static final double VALUE_X = 230;

    /**
     * Writes label/value rows from {@code top}, {@code pitch} apart inside a row and {@code gap} more between
     * rows; with {@code rules}, a rule above each row and below the last. Returns the bottom.
     */
    private static double sheet(TablePages p, int page, double top, String[][][] rows, boolean rules, double pitch, double gap)
            throws IOException {
        double y = top;
        for (String[][] row : rows) {
            if (rules) {
                p.rule(page, 55, 540, y - 3);
            }
            for (int l = 0; l < row[0].length; l++) {
                p.text(page, LABEL_X, y + l * pitch, row[0][l]);
            }
            for (int l = 0; l < row[1].length; l++) {
                p.text(page, VALUE_X, y + l * pitch, row[1][l]);
            }
            y += Math.max(row[0].length, row[1].length) * pitch + gap;
        }
        if (rules) {
            p.rule(page, 55, 540, y - 3);
        }
        return y;
    }

    private static String[][][] unit(String title) {
        return new String[][][] {
            {{"Livello"}, {"4"}},
            {{"Contenuti"}, {"1. Normativa sulla sicurezza elettrica", "2. Schemi di quadri di distribuzione", "3. Strumenti di misura"}},
            {{"Durata (ore)"}, {"60"}},
            {{"Risultato"}, {"Impianto " + title.toLowerCase(java.util.Locale.ROOT) + " verificato", "e documentato"}},
        };
    }

    @Test
    void twoSheetsOnOneStackOfRulesPartAtTheHeadingAndKeepTheirHeadersRuledOnlyBelow() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.TIMES_ROMAN, 10);
        double y = 80;
        for (String title : new String[] {"Quadri di cantiere", "Linee di terra"}) {
            p.text(0, 55, y, "SCHEDA DELL'UNITA " + title.toUpperCase(java.util.Locale.ROOT));
            // the header: a label wider than the body's labels, its row ruled below only, close under the heading
            p.text(0, LABEL_X, y + 16, "Denominazione unita formativa");
            p.text(0, VALUE_X, y + 16, title);
            y = sheet(p, 0, y + 34, unit(title), true, 12, 7) + 30;
        }
        List<Table> found = tables(p.save(tmp.resolve("two-sheets.pdf")));

        assertThat(found).hasSize(2);
        for (int i = 0; i < 2; i++) {
            List<List<String>> rows = texts(found.get(i));
            assertThat(found.get(i).structure()).isEqualTo(Table.Structure.ROW_RULES);
            assertThat(rows.get(0)).containsExactly("Denominazione unita formativa", i == 0 ? "Quadri di cantiere" : "Linee di terra");
            assertThat(rows).hasSize(5);
            assertThat(rows.get(2)).containsExactly("Contenuti",
                    "1. Normativa sulla sicurezza elettrica 2. Schemi di quadri di distribuzione 3. Strumenti di misura");
            assertThat(rows.stream().flatMap(List::stream)).noneMatch(c -> c.contains("SCHEDA"));
        }
    }

    @Test
    void aFramedSheetOfOneLineRowsKeepsEachRow() throws Exception {
        TablePages p = new TablePages(1, Standard14Fonts.FontName.HELVETICA, 8);
        String[][][] rows = {
            {{"Livello EQF"}, {"3"}},
            {{"Denominazione"}, {"Allestire la sala"}},
            {{"Abilita"}, {"1. Apparecchiare i tavoli", "2. Servire le portate", "3. Riordinare la sala"}},
            {{"Conoscenze"}, {"1. Galateo del servizio", "2. Igiene alimentare"}},
            {{"Durata minima (ore)"}, {"40"}},
            {{"Vincoli"}, {"Nessuno"}},
        };
        p.rule(0, 55, 540, 97);
        double bottom = sheet(p, 0, 100, rows, false, 10, 5);
        p.rule(0, 55, 540, bottom);
        List<Table> found = tables(p.save(tmp.resolve("framed-sheet.pdf")));

        assertThat(found).hasSize(1);
        assertThat(texts(found.get(0))).containsExactly(
                List.of("Livello EQF", "3"),
                List.of("Denominazione", "Allestire la sala"),
                List.of("Abilita", "1. Apparecchiare i tavoli 2. Servire le portate 3. Riordinare la sala"),
                List.of("Conoscenze", "1. Galateo del servizio 2. Igiene alimentare"),
                List.of("Durata minima (ore)", "40"),
                List.of("Vincoli", "Nessuno"));
    }

    @Test
    void aSheetCutAtTheFootOfThePageGoesOnOnAPageWithoutRules() throws Exception {
        TablePages p = new TablePages(2, Standard14Fonts.FontName.HELVETICA, 9);
        String[][][] first = {
            {{"Denominazione"}, {"Gestire le prenotazioni"}},
            {{"Livello EQF"}, {"4"}},
            {{"Risultato atteso"}, {"Prenotazioni registrate", "e confermate al cliente"}},
        };
        double y = sheet(p, 0, 690, first, true, 11, 6);
        // the last row starts in the foot of page 1 with no rule closing it, and goes on on page 2
        p.text(0, LABEL_X, y, "Abilita");
        p.text(0, VALUE_X, y, "1. Registrare le prenotazioni");
        p.text(0, VALUE_X, y + 11, "2. Confermare la disponibilita");
        p.text(0, 480, 812, "Pagina 1 di 2");
        p.text(1, VALUE_X, 50, "3. Gestire le cancellazioni");
        p.text(1, VALUE_X, 61, "4. Aggiornare il planning");
        p.text(1, LABEL_X, 78, "Conoscenze");
        p.text(1, VALUE_X, 78, "1. Software di prenotazione");
        p.text(1, VALUE_X, 89, "2. Tecniche di vendita");
        p.text(1, LABEL_X, 106, "Durata (ore)");
        p.text(1, VALUE_X, 106, "40");
        p.text(1, 480, 812, "Pagina 2 di 2");
        List<Table> found = tables(p.save(tmp.resolve("sheet-over-pages.pdf")));

        assertThat(found).hasSize(1);
        List<List<String>> rows = texts(found.get(0));
        assertThat(rows).contains(
                List.of("Abilita", "1. Registrare le prenotazioni 2. Confermare la disponibilita 3. Gestire le cancellazioni 4. Aggiornare il planning"),
                List.of("Conoscenze", "1. Software di prenotazione 2. Tecniche di vendita"),
                List.of("Durata (ore)", "40"));
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(c -> c.contains("Pagina"));
    }
}
