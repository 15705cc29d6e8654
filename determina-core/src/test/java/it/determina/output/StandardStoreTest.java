package it.determina.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.FlagCode;
import it.determina.normalize.StandardIds;
import it.determina.testing.HeadingTitledProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output store of {@code run} on standards read from real PDFs: what replaces what (issue 11, item 3). */
class StandardStoreTest {

    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());
    private static final String HEADING_ID = "unknown:professional-profile:allegato-6";

    @TempDir
    static Path pdfs;

    @TempDir
    Path out;

    private final StandardJson json = new StandardJson();

    /** Two different profiles that both print "ALLEGATO 6" where their name goes. */
    @BeforeAll
    static void writeProfiles() throws IOException {
        HeadingTitledProfile.write(pdfs.resolve("reclami.pdf"), "ALLEGATO 6", "Gestisce i reclami dei clienti al telefono.", 3);
        HeadingTitledProfile.write(pdfs.resolve("ordini.pdf"), "ALLEGATO 6", "Registra gli ordini dei clienti allo sportello.", 2);
    }

    private StandardStore store() {
        return new StandardStore(out, json, Clock.systemUTC());
    }

    private static CanonicalStandard only(Path pdf) throws Exception {
        List<CanonicalStandard> standards = PIPELINE.ingest(pdf);
        assertThat(standards).hasSize(1);
        return standards.get(0);
    }

    /** {@code s} under the id the contract gives it, as every standard was stored before issue 11. */
    private static CanonicalStandard underContractId(CanonicalStandard s) {
        return new CanonicalStandard(s.schemaVersion(), StandardIds.contractId(s), s.kind(), s.region(), s.title(),
                s.eqfLevel(), s.description(), s.classification(), s.duration(), s.attendance(), s.credits(),
                s.entryRequirements(), s.units(), s.flags().stream().filter(f -> f.code() != FlagCode.ID_FROM_SOURCE).toList(),
                s.confidence(), s.source());
    }

    private List<Path> files(String dir) throws IOException {
        Path d = out.resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private JsonNode current(String id) throws IOException {
        return json.read(out.resolve("standards").resolve(id + ".json"));
    }

    @Test
    void keepsTwoDifferentStandardsUnderOneWouldBeIdEachInItsOwnFile() throws Exception {
        CanonicalStandard reclami = underContractId(only(pdfs.resolve("reclami.pdf")));
        CanonicalStandard ordini = underContractId(only(pdfs.resolve("ordini.pdf")));
        assertThat(ordini.id()).isEqualTo(reclami.id()).isEqualTo(HEADING_ID);

        store().deliver("reclami", List.of(reclami));
        List<CanonicalStandard> delivered = store().deliver("ordini", List.of(ordini));

        String ordiniId = delivered.get(0).id();
        assertThat(ordiniId).isNotEqualTo(HEADING_ID).startsWith(HEADING_ID + "-");
        assertThat(files("standards")).hasSize(2);
        assertThat(files("history")).isEmpty();
        assertThat(current(HEADING_ID).path("description").asText()).startsWith("Gestisce i reclami");
        assertThat(current(ordiniId).path("description").asText()).startsWith("Registra gli ordini");
        assertThat(current(ordiniId).path("flags").findValuesAsText("code")).contains("ID_COLLISION");
        assertThat(json.read(out.resolve("by-file/ordini.json")).get(0).path("id").asText()).isEqualTo(ordiniId);
    }

    @Test
    void neverGivesAStandardNamedByAHeadingANewVersionFromAnotherFile() throws Exception {
        Path revised = pdfs.resolve("reclami-revised.pdf");
        Files.copy(pdfs.resolve("reclami.pdf"), revised, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(revised, "\n% revised\n", StandardOpenOption.APPEND);
        CanonicalStandard first = only(pdfs.resolve("reclami.pdf"));
        CanonicalStandard other = only(revised);

        store().deliver("reclami", List.of(first));
        store().deliver("reclami-revised", List.of(other));
        store().deliver("reclami", List.of(first));

        assertThat(first.id()).isNotEqualTo(other.id());
        assertThat(files("standards")).hasSize(2);
        assertThat(files("history")).isEmpty();
        assertThat(current(first.id()).path("source").path("file").asText()).isEqualTo("reclami.pdf");
    }

    @Test
    void keepsThePreviousVersionOfAStandardNamedByItsTitleInHistory() throws Exception {
        Path v2 = pdfs.resolve("profilo-v2.pdf");
        Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"), v2, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(v2, "\n% revised\n", StandardOpenOption.APPEND);
        CanonicalStandard before = only(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"));
        CanonicalStandard after = only(v2);

        store().deliver("v1", List.of(before));
        List<CanonicalStandard> delivered = store().deliver("v2", List.of(after));

        String id = "unknown:professional-profile:addetto-al-servizio-clienti";
        assertThat(delivered.get(0).id()).isEqualTo(id);
        assertThat(delivered.get(0).flags()).noneMatch(f -> f.code() == FlagCode.ID_COLLISION);
        assertThat(files("standards")).hasSize(1);
        assertThat(current(id).path("source").path("file").asText()).isEqualTo("profilo-v2.pdf");
        assertThat(files("history/" + id)).hasSize(1);
    }

    @Test
    void refusesAStandardWhoseEveryIdIsHeldByAnotherStandard() throws Exception {
        CanonicalStandard reclami = underContractId(only(pdfs.resolve("reclami.pdf")));
        CanonicalStandard ordini = underContractId(only(pdfs.resolve("ordini.pdf")));
        store().deliver("reclami", List.of(reclami));
        for (String id : StandardIds.fromSource(ordini)) {
            Files.copy(out.resolve("standards").resolve(HEADING_ID + ".json"), out.resolve("standards").resolve(id + ".json"));
        }

        assertThatThrownBy(() -> store().deliver("ordini", List.of(ordini))).isInstanceOf(IdCollisionException.class)
                .hasMessageContaining(HEADING_ID);
        assertThat(out.resolve("by-file/ordini.json")).doesNotExist();
    }
}
