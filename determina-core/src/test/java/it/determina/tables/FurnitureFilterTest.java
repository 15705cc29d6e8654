package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureFilterTest {

    private static TextLine line(int page, String text, double y) {
        List<Word> words = new ArrayList<>();
        double x = 50;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, x + w.length() * 5, y, y + 9, 9, false));
            x += w.length() * 5 + 3;
        }
        return new TextLine(page, words);
    }

    private static List<Block> page(TextLine... lines) {
        List<Block> out = new ArrayList<>();
        for (TextLine l : lines) {
            out.add(new Block.Line(l));
        }
        return out;
    }

    @Test
    void setsApartRunningHeadersAndPageNumbersButNotContent() {
        List<PageText> pages = List.of(new PageText(1, 595, 842, List.of()), new PageText(2, 595, 842, List.of()));
        List<List<Block>> blocks = List.of(
                page(line(1, "REGIONE LAZIO - Direzione Regionale", 40), line(1, "organigrammi e schemi di processo", 760),
                        line(1, "Pag. 1 di 2", 800)),
                page(line(2, "REGIONE LAZIO - Direzione Regionale", 40), line(2, "organigrammi e schemi di processo", 120),
                        line(2, "Pag. 2 di 2", 800)));
        FurnitureFilter.Split split = FurnitureFilter.split(pages, blocks);
        assertThat(split.furniture()).extracting(TextLine::text)
                .containsExactly("REGIONE LAZIO - Direzione Regionale", "Pag. 1 di 2", "REGIONE LAZIO - Direzione Regionale", "Pag. 2 di 2");
        assertThat(split.pages().get(0)).hasSize(1);
        assertThat(split.pages().get(1)).hasSize(1);
    }
}
