package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.model.CanonicalStandard;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region a standard names in its own text, a heading wrapped after "REGIONE" included. */
class RegionFinderTest {

    @Test
    void readsARegionNamedOnOneLine() {
        assertThat(RegionFinder.find(List.of("REGIONE LAZIO - Direzione Regionale Istruzione"), null)).isEqualTo("Lazio");
        assertThat(RegionFinder.find(List.of("Giunta Regionale della Campania"), "Lazio")).isEqualTo("Campania");
    }

    @Test
    void readsARegionWhoseHeadingWrapsAfterRegione() {
        List<String> lines = List.of("REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE", "CAMPANIA", "STANDARD FORMATIVO");
        assertThat(RegionFinder.find(lines, null)).isEqualTo("Campania");
    }

    @Test
    void takesTheActsRegionWhenTheTextNamesNone() {
        List<String> lines = List.of("PROFILO PROFESSIONALE", "regione", "Addetto al servizio clienti");
        assertThat(RegionFinder.find(lines, "Lazio")).isEqualTo("Lazio");
        assertThat(RegionFinder.find(List.of("Competenze della regione"), null)).isNull();
    }

    @Test
    void aCampaniaSheetWithItsHeadingWrappedIsCampanias() throws Exception {
        List<CanonicalStandard> read = new Pipeline(FamilyRegistry.standard())
                .ingest(Path.of("src/test/resources/matrix/campania/campania_frame_portrait_rep_liberation-serif_ristorazione.pdf"));
        assertThat(read).singleElement().extracting(CanonicalStandard::region).isEqualTo("Campania");
    }
}
