package it.determina.split;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.model.Determination;
import it.determina.tables.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexSplitterTest {

    private static List<Block> page(int n, String... lines) {
        List<Block> out = new ArrayList<>();
        double y = 50;
        for (String l : lines) {
            out.add(new Block.Line(new TextLine(n, List.of(new Word(l, 50, 400, y, y + 10, 10, false)))));
            y += 14;
        }
        return out;
    }

    @Test
    void splitsAtAnnexHeadingsAndReadsTheAct() {
        List<List<Block>> pages = List.of(
                page(1, "REGIONE LAZIO", "DETERMINAZIONE n. G04817 del 19/04/2023", "- Allegato 15: profilo professionale"),
                page(2, "Il Direttore"),
                page(3, "ALLEGATO 15", "Denominazione del profilo"),
                page(4, "Conoscenze"),
                page(5, "Allegato n. 16", "STANDARD MINIMO DI PERCORSO FORMATIVO"));
        Split split = AnnexSplitter.split(pages, List.of());
        assertThat(split.parts()).containsExactly(new Part("15", 3, 4), new Part("16", 5, 5));
        assertThat(split.determination()).isEqualTo(new Determination("G04817", "2023-04-19", "Regione Lazio"));
    }

    @Test
    void readsACampaniaDecree() {
        List<List<Block>> pages = List.of(
                page(1, "Giunta Regionale della Campania", "DECRETO DIRIGENZIALE N. 412 DEL 08/06/2023"),
                page(2, "ALLEGATO 1", "STANDARD FORMATIVO"));
        Split split = AnnexSplitter.split(pages, List.of());
        assertThat(split.determination()).isEqualTo(new Determination("412", "2023-06-08", "Regione Campania"));
        assertThat(split.parts()).containsExactly(new Part("1", 2, 2));
    }

    @Test
    void aFileWithoutAnnexesIsOnePart() {
        Split split = AnnexSplitter.split(List.of(page(1, "STANDARD FORMATIVO"), page(2, "Conoscenze")), List.of());
        assertThat(split.parts()).containsExactly(new Part(null, 1, 2));
        assertThat(split.determination()).isNull();
    }
}
