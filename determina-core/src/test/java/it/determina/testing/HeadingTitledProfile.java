package it.determina.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a one-page professional profile as a ruled two-column table (label, value), the layout of
 * {@code samples/profilo_addetto-al-servizio-clienti.pdf}, whose name row holds only the heading
 * given: the profile's own name is missing, as in annexes that print "ALLEGATO 6" where the name goes.
 */
public final class HeadingTitledProfile {

    private static final float LEFT = 60;
    private static final float SPLIT = 230;
    private static final float RIGHT = 540;
    private static final float ROW = 28;

    private HeadingTitledProfile() {
    }

    /** A profile named {@code heading}, described by {@code description}, at EQF level {@code eqf}. */
    public static void write(Path target, String heading, String description, int eqf) throws IOException {
        List<String[]> rows = List.of(
                new String[] {"Denominazione del profilo", heading},
                new String[] {"Descrizione del profilo", description},
                new String[] {"Livello EQF", String.valueOf(eqf)},
                new String[] {"Denominazione dell'Unita' di Competenza", "1) Gestire le richieste dei clienti"},
                new String[] {"Risultato atteso", "Richieste dei clienti gestite"});
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = 760;
                for (int i = 0; i <= rows.size(); i++) {
                    line(cs, LEFT, top - i * ROW, RIGHT, top - i * ROW);
                }
                float bottom = top - rows.size() * ROW;
                for (float x : new float[] {LEFT, SPLIT, RIGHT}) {
                    line(cs, x, top, x, bottom);
                }
                for (int i = 0; i < rows.size(); i++) {
                    text(cs, font, LEFT + 4, top - i * ROW - 18, rows.get(i)[0]);
                    text(cs, font, SPLIT + 4, top - i * ROW - 18, rows.get(i)[1]);
                }
            }
            doc.save(target.toFile());
        }
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
