package it.determina.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSplitterTest {

    private final ItemSplitter splitter = new ItemSplitter(TextCleaner.withoutVocabulary());

    @Test
    void splitsBulletedLinesAndJoinsTheirContinuations() {
        List<String> items = splitter.split(List.of("- Modelli teorici di comunicazione finalizzati",
                "all'interazione telefonica", "- Tecniche di identificazione del cliente"));
        assertThat(items).containsExactly("Modelli teorici di comunicazione finalizzati all'interazione telefonica",
                "Tecniche di identificazione del cliente");
    }

    @Test
    void splitsNumberedItemsRunTogetherOnOneLine() {
        List<String> items = splitter.split(List.of(
                "1. Elementi di customer relationship management (crm) 2. Tecniche di benchmarking",
                "3. Tecniche e strumenti di analisi della concorrenza 4. Strategie e modelli di customer",
                "care"));
        assertThat(items).containsExactly("Elementi di customer relationship management (crm)",
                "Tecniche di benchmarking", "Tecniche e strumenti di analisi della concorrenza",
                "Strategie e modelli di customer care");
    }

    @Test
    void splitsNumbersGluedToThePreviousWord() {
        List<String> items = splitter.split(List.of("- 1 Sviluppo del modello di customer care2 Definizione dei servizi"
                + " di customer care3 Monitoraggio del processo"));
        assertThat(items).containsExactly("Sviluppo del modello di customer care", "Definizione dei servizi di customer care",
                "Monitoraggio del processo");
    }

    @Test
    void splitsNumbersFollowedByADash() {
        assertThat(splitter.split(List.of("1 - Fornire informazioni 2 - Gestire dati")))
                .containsExactly("Fornire informazioni", "Gestire dati");
    }

    @Test
    void doesNotSplitOnANumberInsideAnItem() {
        assertThat(splitter.split(List.of("- ai sensi dell'art. 37, comma 2 del D.lgs. 81/2008")))
                .containsExactly("ai sensi dell'art. 37, comma 2 del D.lgs. 81/2008");
    }

    @Test
    void followsTheLayoutForUnmarkedLists() {
        List<String> items = splitter.split(List.of("Applicare tecniche di analisi", "di mercato", "Definire le specifiche"),
                List.of(true, false, true));
        assertThat(items).containsExactly("Applicare tecniche di analisi di mercato", "Definire le specifiche");
    }

    @Test
    void givesNoItemsForAnEmptyCell() {
        assertThat(splitter.split(List.of("", " "))).isEmpty();
    }
}
