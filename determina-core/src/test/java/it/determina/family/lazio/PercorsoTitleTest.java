package it.determina.family.lazio;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.FlagCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The qualification's name under the "STANDARD MINIMO DI PERCORSO FORMATIVO" heading, whatever the act holds. */
class PercorsoTitleTest {

    @Test
    void twoPercorsoAnnexesInOneActEachKeepTheirQualificationsName() throws Exception {
        // a fresh tester's act: the heading opens both annexes, at the top of their pages, so it repeats
        List<CanonicalStandard> read = new Pipeline(FamilyRegistry.standard())
                .ingest(Path.of("src/test/resources/held-out/qc_det-two-lazio_lazio.pdf"));

        assertThat(read).extracting(CanonicalStandard::title)
                .containsExactly("Operatore della logistica di magazzino", "Tecnico della manutenzione del verde urbano");
        assertThat(read).allSatisfy(s -> assertThat(s.flags()).noneMatch(f -> f.code() == FlagCode.TITLE_NOT_A_NAME));
    }
}
