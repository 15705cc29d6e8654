package it.determina.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an Atlante del Lavoro qualification page ("Dettaglio qualificazione", the layout of
 * {@code samples/atlante_*.pdf}) as a browser prints it: running text, one block per AdA (its "ADA.…" line,
 * then "Tabelle di equivalenza AdA" over an unruled two-column table, qualification | region, its first
 * column indented past the AdA line; an AdA line wraps at the right margin), one competence, and the ISTAT and ATECO code tables. Each AdA line
 * follows the table of the block before it at the spacing of a paragraph after a table row, the way the
 * page runs when nothing but white space separates the blocks. Sizes are in points, from {@code size}.
 */
public final class AtlantePage {

    /** One AdA of the page: its code, former code and title; {@code equivalent} the rows of its table. */
    public record Ada(String code, String former, String title, List<String[]> equivalent) {

        /** The line the page prints: "ADA.19.20.04 (ex ADA.20.187.612) - Preparazione ...". */
        public String line() {
            return code + " (ex " + former + ") - " + title;
        }
    }

    private static final float LEFT = 57;
    private static final float ADA_INDENT = 8;
    private static final float CELL_INDENT = 12;

    private final PDType1Font font;
    private final float size;
    private final PDRectangle format;
    private PDPageContentStream cs;
    private float top;

    private AtlantePage(Standard14Fonts.FontName font, float size, PDRectangle format) {
        this.font = new PDType1Font(font);
        this.size = size;
        this.format = format;
    }

    /**
     * Writes the page to {@code target} in {@code font} at {@code size} points on {@code format} (A4 portrait or
     * landscape); {@code cited} is the AdA line a competence's "Attività dell' AdA" names.
     */
    public static void write(Path target, Standard14Fonts.FontName font, float size, PDRectangle format,
                             String title, List<Ada> adas, String cited) throws IOException {
        new AtlantePage(font, size, format).page(target, title, adas, cited);
    }

    private void page(Path target, String title, List<Ada> adas, String cited) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(format);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                cs = stream;
                top = 50;
                line(LEFT, "Atlante Lavoro INAPP - Istituto Nazionale per l'Analisi delle Politiche Pubbliche");
                line(LEFT, "Home \u203a Atlante \u203a Repertori \u203a Qualificazioni \u203a Dettaglio qualificazione");
                line(LEFT, title);
                line(LEFT, "SETTORE 19. Servizi turistici");
                gap(0.8f);
                line(LEFT, "REPERTORIO - Umbria");
                gap(0.8f);
                line(LEFT, "AdA associate alla Qualificazione");
                float right = format.getWidth() - 110;
                for (Ada a : adas) {
                    for (String l : wrapped(a.line(), format.getWidth() - LEFT - (LEFT + ADA_INDENT))) {
                        line(LEFT + ADA_INDENT, l);
                    }
                    gap(0.8f);
                    line(LEFT, "Tabelle di equivalenza AdA");
                    gap(0.3f);
                    for (String[] row : a.equivalent()) {
                        text(LEFT + CELL_INDENT, row[0]);
                        text(right, row[1]);
                        top += 1.5f * size;
                    }
                }
                gap(0.8f);
                line(LEFT, "Competenze");
                gap(0.8f);
                line(LEFT, "Titolo: Preparazione dei pasti secondo il menu programmato");
                line(LEFT, "Descrizione: pasti preparati secondo il menu e le grammature previste");
                line(LEFT, "Obiettivo: pasti preparati secondo il menu e le grammature previste");
                line(LEFT, "Attivit\u00e0 associate alla Competenza");
                line(LEFT + 10, "Attivit\u00e0 dell' AdA " + cited + " associate:");
                gap(0.8f);
                line(LEFT, "CONOSCENZE");
                line(LEFT + 16, "tecniche di cottura di base");
                line(LEFT + 16, "grammature e tabelle dietetiche");
                gap(0.8f);
                line(LEFT, "ABILIT\u00c0/CAPACIT\u00c0");
                line(LEFT + 16, "preparare le materie prime secondo le ricette standard");
                line(LEFT + 16, "applicare le grammature previste dal menu");
                gap(0.8f);
                line(LEFT, "Codici ISTAT CP2011 associati");
                codeRow("Codice", "Titolo");
                codeRow("5.2.2.1.0", "Cuochi in alberghi e ristoranti");
                gap(0.8f);
                line(LEFT, "Codici ISTAT ATECO associati");
                codeRow("Codice Ateco", "Titolo Ateco");
                codeRow("56.29.10", "Mense");
            }
            doc.save(target.toFile());
        }
    }

    /** {@code s} broken into lines at most {@code width} wide, at spaces, as a browser breaks a paragraph. */
    private List<String> wrapped(String s, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        out.add(line.toString());
        return out;
    }

    private void codeRow(String code, String title) throws IOException {
        text(LEFT + CELL_INDENT, code);
        text(LEFT + CELL_INDENT + 9 * size, title);
        top += 1.5f * size;
    }

    private void line(float x, String s) throws IOException {
        text(x, s);
        top += 1.2f * size;
    }

    private void gap(float lines) {
        top += lines * size;
    }

    /** {@code s} with its top at {@link #top}, from {@code x}. */
    private void text(float x, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, format.getHeight() - top - size * 0.8f);
        cs.showText(s);
        cs.endText();
    }
}
