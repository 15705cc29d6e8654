package it.determina.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void joinsWordHyphenatedAcrossLines() {
        TextCleaner cleaner = TextCleaner.withoutVocabulary();
        assertThat(cleaner.join(List.of("Gestire le informa-", "zioni acquisite"))).isEqualTo("Gestire le informazioni acquisite");
    }

    @Test
    void keepsTheHyphenOfACompoundTheDocumentPrintsWhole() {
        TextCleaner cleaner = new TextCleaner(Set.of("marketing-vendite", "marketing", "vendite"));
        assertThat(cleaner.join(List.of("nei processi marketing-", "vendite: comportamenti")))
                .isEqualTo("nei processi marketing-vendite: comportamenti");
    }

    @Test
    void joinsWhenTheDocumentPrintsTheWordWhole() {
        TextCleaner cleaner = new TextCleaner(Set.of("telefonica", "telefo"));
        assertThat(cleaner.join(List.of("relazione telefo-", "nica"))).isEqualTo("relazione telefonica");
    }

    @Test
    void keepsAHyphenBeforeACapitalisedWord() {
        TextCleaner cleaner = TextCleaner.withoutVocabulary();
        assertThat(cleaner.join(List.of("CRM -", "Customer"))).isEqualTo("CRM - Customer");
    }

    @Test
    void collapsesWhitespaceAndDropsSoftHyphens() {
        assertThat(TextCleaner.collapse("  a \u00a0 b\u00adc ")).isEqualTo("a bc");
    }

    @Test
    void comparesBeyondCasePunctuationAndSpacing() {
        assertThat(TextCleaner.comparable("Lingua straniera tecnica, al livello CEFR B1"))
                .isEqualTo(TextCleaner.comparable("lingua straniera tecnica al livello  CEFR B1"));
    }

    @Test
    void vocabularyLeavesOutWordsCutAtTheLineEnd() {
        assertThat(Vocabulary.of(List.of("la relazione telefo-"))).contains("relazione").doesNotContain("telefo");
    }
}
