package it.determina.family.lazio;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PdfSource;
import it.determina.tables.DocumentTables;
import it.determina.tables.Table;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Lazio unit table in a box whose header cells are one line each, centred on narrow columns at several
 * heights and spilling over their neighbours ("Durata minima (ore)" across the title and FaD columns): the
 * table keeps its header and body, and the header names each column under the middle of its words.
 */
class StaggeredHeaderTest {

    @TempDir
    Path tmp;

    @Test
    void aHeaderOfOneLineCellsSpillingOverTheirNeighboursNamesTheColumnsUnderThem() throws Exception {
        int step = 0;
        for (Standard14Fonts.FontName name : List.of(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER)) {
            float size = 8 + step++;
            Path pdf = tmp.resolve("staggered-" + name + ".pdf");
            double[] x = {60, 85, 250, 420, 480, 540};
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                PDType1Font font = new PDType1Font(name);
                double h = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    Text t = (px, top, s) -> {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset((float) px, (float) (h - top - size));
                        cs.showText(s);
                        cs.endText();
                    };
                    double pitch = size * 1.3;
                    // one line each, centred on its column, at four heights
                    t.show(centre(font, size, x[1], x[2], "Articolazione/ contenuti"), 100, "Articolazione/ contenuti");
                    t.show(centre(font, size, x[5], 780, "Crediti formativi"), 100, "Crediti formativi");
                    t.show(centre(font, size, x[3], x[4], "Durata minima (ore)"), 100 + pitch, "Durata minima (ore)");
                    t.show(x[0], 100 + 2 * pitch, "N.");
                    t.show(centre(font, size, x[2], x[3], "Unita di Risultati di apprendimento"), 100 + 2 * pitch,
                            "Unita di Risultati di apprendimento");
                    t.show(centre(font, size, x[4], x[5], "di cui FaD (ore)"), 100 + 3 * pitch, "di cui FaD (ore)");
                    String[][] rows = {{"1.", "Conoscenze", "Inquadramento", "6", "0", "Non ammesso"},
                        {"2.", "Conoscenze", "Ricevere le merci", "36", "Max 6", "Ammesso"},
                        {"3.", "Conoscenze", "Preparare gli ordini", "30", "Max 4", "Ammesso"}};
                    double y = 100 + 4 * pitch + 8;
                    for (String[] r : rows) {
                        for (int c = 0; c < r.length; c++) {
                            t.show(x[c], y, r[c]);
                        }
                        t.show(x[1], y + pitch, "- Il magazzino");
                        t.show(x[1], y + 2 * pitch, "Abilita");
                        t.show(x[1], y + 3 * pitch, "- Allocare le merci");
                        y += 4 * pitch + 6;
                    }
                    t.show(x[0], y, "DURATA MINIMA TOTALE");
                    t.show(x[3], y, "72");
                    t.show(x[4], y, "Max 10");
                    cs.setLineWidth(0.6f);
                    float top = (float) (h - 96);
                    float bottom = (float) (h - y - pitch - 4);
                    cs.addRect(55, bottom, 730, top - bottom);
                    cs.stroke();
                }
                doc.save(pdf.toFile());
            }
            List<Table> tables;
            try (PdfSource source = PdfSource.open(pdf)) {
                tables = DocumentTables.of(source).tables().stream().filter(UnitTableReader::isUnitTable).toList();
            }

            assertThat(tables).as(name.toString()).hasSize(1);
            UnitTableReader.Columns cols = UnitTableReader.columns(tables.get(0));
            assertThat(cols).as(name.toString()).isEqualTo(new UnitTableReader.Columns(0, 1, 2, 3, 4, 5));
        }
    }

    /** Where text starts when centred between {@code from} and {@code to}. */
    private static double centre(PDType1Font font, float size, double from, double to, String s) throws java.io.IOException {
        return from + ((to - from) - font.getStringWidth(s) / 1000 * size) / 2;
    }

    @FunctionalInterface
    private interface Text {
        void show(double x, double top, String s) throws java.io.IOException;
    }
}
