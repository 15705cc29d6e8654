package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Footnote marks set raised and smaller after a figure, on PDFs built here with PDFBox in three fonts: the
 * text layer gives them as Unicode superscripts, glued to the figure or set apart by a space, so that no
 * reader takes "500" + raised "1" for 5001. Digits at the figure's size, or smaller on its baseline, stay
 * digits.
 */
class SuperscriptsTest {

    @TempDir
    Path tmp;

    private static final float SIZE = 11;

    /** Writes {@code parts} one after the other on a line at {@code top}: text, font size, rise (points). */
    private static void line(PDPageContentStream cs, PDType1Font font, double top, Object... parts) throws IOException {
        float x = 60;
        float y = (float) (PDRectangle.A4.getHeight() - top);
        for (int i = 0; i < parts.length; i += 3) {
            String text = (String) parts[i];
            float size = ((Number) parts[i + 1]).floatValue();
            float rise = ((Number) parts[i + 2]).floatValue();
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y + rise);
            cs.showText(text);
            cs.endText();
            x += font.getStringWidth(text) / 1000 * size;
        }
    }

    private List<String> lines(Standard14Fonts.FontName name) throws Exception {
        PDType1Font font = new PDType1Font(name);
        Path pdf = tmp.resolve(name + ".pdf");
        float small = SIZE * 0.65f;
        float up = SIZE * 0.33f;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, font, 100, "Durata minima complessiva ", SIZE, 0, "500", SIZE, 0, "1", small, up);
                line(cs, font, 130, "Durata minima di aula ", SIZE, 0, "220", SIZE, 0, "(2)", small, up);
                line(cs, font, 160, "Durata minima tirocinio ", SIZE, 0, "150 ", SIZE, 0, "3", small, up);
                line(cs, font, 190, "Assenza massima ", SIZE, 0, "20%", SIZE, 0, "(4)", small, up);
                line(cs, font, 220, "DURATE MINIME", SIZE, 0, "1", small, up, " e altro", SIZE, 0);
                // at the figure's size, or smaller on its baseline: a digit as far as the page shows
                line(cs, font, 250, "Ore ", SIZE, 0, "500", SIZE, 0, "1", SIZE, 0);
                line(cs, font, 280, "Ore ", SIZE, 0, "500", SIZE, 0, "1", small, 0);
            }
            doc.save(pdf.toFile());
        }
        try (PdfSource source = PdfSource.open(pdf)) {
            return source.page(1).lines().stream().map(TextLine::text).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Standard14Fonts.FontName.class, names = {"HELVETICA", "TIMES_ROMAN", "COURIER"})
    void aRaisedSmallerMarkIsASuperscript(Standard14Fonts.FontName font) throws Exception {
        assertThat(lines(font)).containsExactly(
                "Durata minima complessiva 500¹",
                "Durata minima di aula 220⁽²⁾",
                "Durata minima tirocinio 150 ³",
                "Assenza massima 20%⁽⁴⁾",
                "DURATE MINIME¹ e altro",
                "Ore 5001",
                "Ore 5001");
    }

    @Test
    void raisesOnlyGlyphsAboveTheBaseAndSmaller() {
        double[] baselines = {100, 100, 100, 96.4};
        assertThat(Superscripts.glyphs(List.of("5", "0", "0", "1"), baselines, new double[] {11, 11, 11, 7})).isEqualTo("500¹");
        // same size raised, smaller on the base, raised beyond a line's rise: kept
        assertThat(Superscripts.glyphs(List.of("5", "0", "0", "1"), baselines, new double[] {11, 11, 11, 11})).isEqualTo("5001");
        assertThat(Superscripts.glyphs(List.of("5", "0", "0", "1"), new double[] {100, 100, 100, 100},
                new double[] {11, 11, 11, 7})).isEqualTo("5001");
        assertThat(Superscripts.glyphs(List.of("5", "0", "0", "1"), new double[] {100, 100, 100, 90},
                new double[] {11, 11, 11, 7})).isEqualTo("5001");
        // letters and asterisks have no superscript form: as printed
        assertThat(Superscripts.glyphs(List.of("1", "0", "(", "a", ")", "*"), new double[] {100, 100, 96, 96, 96, 96},
                new double[] {11, 11, 7, 7, 7, 7})).isEqualTo("10⁽a⁾*");
    }

    @Test
    void aMarkRaisedClearOfItsLineJoinsTheWordItFollows() {
        // as Chromium prints "<h2>... DURATE MINIME: <sup>1</sup></h2>" (boxes from a held-out PDF): the mark
        // overlaps the heading by less than half its height, and stood as a line of its own under the line before
        Word before = new Word("Lingue.", 136.5, 164.2, 244.0, 249.8, 12, false);
        Word heading = new Word("MINIME:", 264.6, 304.0, 268.6, 274.5, 12, false);
        Word mark = new Word("1", 306.3, 310.1, 265.8, 270.8, 10, false);
        List<Word> words = Superscripts.words(List.of(before, heading, mark));
        assertThat(LineBuilder.build(1, words)).extracting(TextLine::text).containsExactly("Lingue.", "MINIME: ¹");
        // a word of digits at the heading's size, or far right of it, is not its mark
        Word digits = new Word("1", 306.3, 316.1, 265.8, 270.8, 12, false);
        Word far = new Word("1", 330, 334, 265.8, 270.8, 10, false);
        assertThat(Superscripts.words(List.of(heading, digits))).extracting(Word::text).containsExactly("MINIME:", "1");
        assertThat(Superscripts.words(List.of(heading, far))).extracting(Word::text).containsExactly("MINIME:", "1");
    }
}
