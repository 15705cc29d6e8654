package it.determina.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardIdsTest {

    /** The id pattern of src/main/resources/schema/canonical-standard.schema.json. */
    private static final String SCHEMA_ID = "^[a-z0-9-]+:(training-standard|professional-profile|qualification-record):[a-z0-9-]+$";
    private static final String SHA = "7357bab715f7fb06fac314f1b1bf78626e144686f6344c63470f2783623c3b40";

    @Test
    void takesHeadingsAndEmptyTitlesForNoName() {
        for (String heading : List.of("ALLEGATO 6", "Allegato n. 2", "ALLEGATO A", "ALLEGATO 2)",
                "Allegato 3 - Standard formativo", "Allegato 1 al Decreto Dirigenziale n. 412", "STANDARD FORMATIVO",
                "Standard minimo di percorso formativo", "PROFILO PROFESSIONALE", "Qualificazione professionale", "", " — ")) {
            assertThat(StandardIds.doubt(heading)).as(heading).isNotNull();
        }
    }

    @Test
    void takesTitlesThatNameAStandardForNames() {
        for (String name : List.of("Operatore assistenza clienti", "Addetto al servizio clienti",
                "Allegato 3 - Operatore della ristorazione", "Standard formativo dell'operatore del verde",
                "Tecnico della logistica integrata")) {
            assertThat(StandardIds.doubt(name)).as(name).isNull();
        }
    }

    @Test
    void makesIdsFromTheFileHashAndAnnexOrFirstPage() {
        String id = StandardIds.of("Lazio", "training-standard", "ALLEGATO 6");

        assertThat(id).isEqualTo("lazio:training-standard:allegato-6");
        assertThat(StandardIds.fromSource(id, SHA, "6", 3)).containsExactly(
                "lazio:training-standard:allegato-6-7357bab715f7-a6", "lazio:training-standard:allegato-6-7357bab715f7-a6-p3");
        assertThat(StandardIds.fromSource(id, SHA, null, 3)).containsExactly("lazio:training-standard:allegato-6-7357bab715f7-p3");
        assertThat(StandardIds.fromSource(id, SHA, "A", 1)).allMatch(s -> s.matches(SCHEMA_ID));
        assertThat(StandardIds.fromSource(id, null, "6", 3)).isEmpty();
    }

    @Test
    void givesTheSecondOfTwoAnnexesWithOneTitleInAFileAnIdOfItsOwn() throws Exception {
        // DD412 has two training standards, annexes 1 and 2; annex 2 titled as annex 1 is another standard under one would-be id
        List<CanonicalStandard> annexes = new Pipeline(FamilyRegistry.standard())
                .ingest(Path.of("samples/det_campania_DD412_allegati-1-2.pdf"));
        CanonicalStandard first = annexes.get(0);
        CanonicalStandard second = retitled(annexes.get(1), first.title());

        List<CanonicalStandard> out = StandardIds.distinctInFile(List.of(first, second));

        assertThat(out.get(0)).isEqualTo(first);
        assertThat(out.get(1).id()).isNotEqualTo(first.id()).startsWith(first.id() + "-" + hashOf(second))
                .endsWith("-a" + Slug.of(second.source().annex())).matches(SCHEMA_ID);
        Flag flag = out.get(1).flags().get(out.get(1).flags().size() - 1);
        assertThat(flag.code()).isEqualTo(FlagCode.ID_COLLISION);
        assertThat(flag.expected()).isEqualTo(first.id());
        assertThat(flag.actual()).isEqualTo(out.get(1).id());
    }

    private static String hashOf(CanonicalStandard s) {
        return s.source().sha256().substring(0, 12);
    }

    private static CanonicalStandard retitled(CanonicalStandard s, String title) {
        return new CanonicalStandard(s.schemaVersion(), StandardIds.of(s.region(), s.kind().toString(), title), s.kind(),
                s.region(), title, s.eqfLevel(), s.description(), s.classification(), s.duration(), s.attendance(),
                s.credits(), s.entryRequirements(), s.units(), s.flags(), s.confidence(), s.source());
    }

    @Test
    void anAnnexLabelRunIntoTheHeadOfATitleIsNotPartOfTheName() {
        assertThat(StandardIds.withoutAnnexLabel("ALLEGATO 3 Operatore delle produzioni orticole")).isEqualTo("Operatore delle produzioni orticole");
        assertThat(StandardIds.withoutAnnexLabel("Allegato n. 2 - Tecnico del verde")).isEqualTo("Tecnico del verde");
        assertThat(StandardIds.withoutAnnexLabel("ALLEGATO A: Addetto alla cucina")).isEqualTo("Addetto alla cucina");
        // a heading alone, or a label over a heading or an act, stays for the title checks to doubt
        assertThat(StandardIds.withoutAnnexLabel("ALLEGATO 6")).isEqualTo("ALLEGATO 6");
        assertThat(StandardIds.withoutAnnexLabel("Allegato 3 - Standard formativo")).isEqualTo("Allegato 3 - Standard formativo");
        assertThat(StandardIds.withoutAnnexLabel("Allegato 1 al Decreto Dirigenziale n. 412")).isEqualTo("Allegato 1 al Decreto Dirigenziale n. 412");
        assertThat(StandardIds.withoutAnnexLabel("Allegatore di tessuti")).isEqualTo("Allegatore di tessuti");
    }
}
