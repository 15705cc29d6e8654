package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.determina.layout.LineBuilder;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scale of a page's text, measured from how it is set. */
class TextMeasureTest {

    /** A 9 pt monospaced line of {@code text} from {@code x} at {@code top}: every character 5.4 pt wide. */
    private static List<Word> line(double x, double top, double height, String text) {
        List<Word> out = new ArrayList<>();
        double at = x;
        for (String w : text.split(" ")) {
            double width = w.length() * 5.4;
            out.add(new Word(w, at, at + width, top, top + height, 9, false));
            at += width + 5.4;
        }
        return out;
    }

    @Test
    void theWordSpaceIsMeasuredWhereTheGlyphHeightsAPdfDeclaresAreAThirdOfThePrintedSize() {
        // producers embed monospaced fonts whose glyph boxes come out of the x-height: 3.2 pt for 9 pt text
        // set at a 10.5 pt pitch; the space (one character, 5.4 pt) is still the space, not a gutter
        for (double height : new double[] {3.2, 9}) {
            List<Word> words = new ArrayList<>();
            String[] text = {"- Verificare lo stato di salute della batteria", "- Aggiornare il firmware del sistema",
                "- Sostituire sensori di velocita e di coppia", "Conoscenze e abilita del tecnico", "Max 15 ore di FaD"};
            for (int i = 0; i < text.length; i++) {
                words.addAll(line(80, 50 + i * 10.5, height, text[i]));
            }
            TextMeasure m = TextMeasure.of(1, words);

            assertThat(m.space()).as("height %s", height).isCloseTo(5.4, within(0.01));
            List<TextLine> lines = LineBuilder.build(1, words);
            assertThat(lines).allSatisfy(l -> assertThat(m.pieces(l)).as(l.text()).hasSize(1));
        }
    }
}
