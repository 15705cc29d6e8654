package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Campania "standard formativo" built here with PDFBox, its figures printed with footnote marks: raised
 * and smaller right after the figure or after a space, in brackets or bare, on the baseline in brackets,
 * and asterisks. Every figure is read as the figure, never with the mark as a digit (500 + raised 1 is
 * 500, not 5001), and no value is reported missing.
 */
class FootnoteMarksTest {

    @TempDir
    Path tmp;

    private static final float SIZE = 10;
    private static final float LABEL_X = 50;
    private static final float VALUE_X = 380;
    private static final float RIGHT = 545;
    private static final float PITCH = 22;

    /** One row: the label, then the value's parts (text and whether it is a raised, smaller mark). */
    private record Row(String label, Object... parts) {
    }

    private static final Row[] ROWS = {
        new Row("Denominazione Qualificazione", "Operatore caseario", false),
        new Row("Denominazione Standard Formativo", "Operatore caseario", false),
        new Row("Livello EQF", "3", false),
        new Row("Durata minima complessiva del percorso (ore)", "600", false, "(1)", true),
        new Row("Durata minima di aula (ore)", "260", false, "2", true),
        new Row("Durata minima laboratorio (ore)", "120 ", false, "(2)", true),
        new Row("Durata delle attività formative rivolte alle KC (ore)", "40 (*)", false),
        new Row("Percentuale durata massima e-learning sincrona", "15**", false),
        new Row("Durata minima tirocinio curriculare ore", "180 (3)", false),
        new Row("Percentuale Assenza massima consentita", "25%", false, "4", true),
    };

    private static Path sheet(Path file, Standard14Fonts.FontName name) throws IOException {
        PDType1Font font = new PDType1Font(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float h = PDRectangle.A4.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, SIZE + 2, LABEL_X, h - 60, "STANDARD FORMATIVO", 0);
                float top = 80;
                for (Row row : ROWS) {
                    rule(cs, h - top);
                    float base = h - top - PITCH + 7;
                    text(cs, font, SIZE, LABEL_X, base, row.label(), 0);
                    float x = VALUE_X;
                    for (int i = 0; i < row.parts().length; i += 2) {
                        String part = (String) row.parts()[i];
                        boolean mark = (Boolean) row.parts()[i + 1];
                        float size = mark ? SIZE * 0.65f : SIZE;
                        text(cs, font, size, x, base, part, mark ? SIZE * 0.35f : 0);
                        x += font.getStringWidth(part) / 1000 * size;
                    }
                    top += PITCH;
                }
                rule(cs, h - top);
                for (float x : new float[] {LABEL_X - 5, VALUE_X - 5, RIGHT}) {
                    cs.moveTo(x, h - 80);
                    cs.lineTo(x, h - top);
                    cs.stroke();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s, float rise)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y + rise);
        cs.showText(s);
        cs.endText();
    }

    private static void rule(PDPageContentStream cs, float y) throws IOException {
        cs.setLineWidth(0.6f);
        cs.moveTo(LABEL_X - 5, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
    }

    @ParameterizedTest
    @EnumSource(value = Standard14Fonts.FontName.class, names = {"HELVETICA", "TIMES_ROMAN", "COURIER"})
    void readsEveryMarkedFigureAsTheFigure(Standard14Fonts.FontName font) throws Exception {
        Path pdf = sheet(tmp.resolve("sheet.pdf"), font);
        List<CanonicalStandard> standards = new Pipeline(FamilyRegistry.standard()).ingest(pdf);
        assertThat(standards).hasSize(1);
        CanonicalStandard s = standards.get(0);
        assertThat(s.duration()).isNotNull();
        assertThat(s.duration().totalHours()).isEqualTo(600);
        assertThat(s.duration().classroomHours()).isEqualTo(260);
        assertThat(s.duration().labHours()).isEqualTo(120);
        assertThat(s.duration().keyCompetenceHours()).isEqualTo(40);
        assertThat(s.duration().distanceLearning().syncMaxPercentOfClassroom()).isEqualTo(15);
        assertThat(s.duration().internship().minHours()).isEqualTo(180);
        assertThat(s.attendance().maxAbsencePercent()).isEqualTo(25);
        assertThat(s.flags()).extracting(Flag::code).doesNotContain(FlagCode.MISSING_VALUE);
    }
}
