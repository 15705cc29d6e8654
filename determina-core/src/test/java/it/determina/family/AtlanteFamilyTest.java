package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.model.AdaCode;
import it.determina.model.CanonicalStandard;
import it.determina.model.Code;
import it.determina.model.Kind;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Atlante del Lavoro family, declared as data read line by line ({@code families/atlante.yaml},
 * {@link LineSheet}), on the sample qualification page: each declared reading (the title under the
 * breadcrumb, a wrapped ADA line, the code tables under their headings, competences with their lists)
 * comes out of the real PDF. The layout matrix and the golden fixtures score it field by field.
 */
class AtlanteFamilyTest {

    private static final Path SAMPLE = Path.of("samples/atlante_operatore-di-assistenza-telefonica-alla-clientela.pdf");
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());

    @Test
    void readsTheQualificationPageFromItsLines() throws Exception {
        List<CanonicalStandard> out = PIPELINE.ingest(SAMPLE);
        assertThat(out).hasSize(1);
        CanonicalStandard s = out.get(0);
        assertThat(s.kind()).isEqualTo(Kind.QUALIFICATION_RECORD);
        // the line under "Home › Atlante › ... › Dettaglio qualificazione"
        assertThat(s.title()).isEqualTo("Operatore di assistenza telefonica alla clientela");
        assertThat(s.classification().sector().code()).isEqualTo("24");
        assertThat(s.classification().sector().title()).isEqualTo("Area comune");
        // the second ADA line wraps: "... pre e post" / "vendita"
        assertThat(s.classification().ada()).extracting(AdaCode::code).containsExactly("ADA.24.01.08", "ADA.24.04.11");
        assertThat(s.classification().ada().get(1).title()).endsWith("pre e post vendita");
        assertThat(s.classification().istat()).extracting(Code::code).containsExactly("4.2.2.3.0", "4.2.2.4.0");
        assertThat(s.classification().ateco()).extracting(Code::code).contains("82.20.00");
    }

    @Test
    void readsEachCompetenceWithItsObjectiveAndLists() throws Exception {
        List<Unit> units = PIPELINE.ingest(SAMPLE).get(0).units();
        assertThat(units).isNotEmpty();
        assertThat(units).extracting(Unit::number).startsWith(1, 2);
        assertThat(units).allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.COMPETENCE);
            assertThat(u.title()).isNotBlank().doesNotStartWith("Titolo");
            assertThat(u.expectedResult()).isNotBlank();
            assertThat(u.knowledge()).isNotEmpty().noneMatch(k -> k.startsWith("CONOSCENZE"));
            assertThat(u.skills()).isNotEmpty();
        });
        assertThat(units.get(0).title()).isEqualTo("Cura degli aspetti relativi alla sicurezza sul lavoro");
        assertThat(units.get(0).knowledge()).contains("metodi di sorveglianza");
    }
}
