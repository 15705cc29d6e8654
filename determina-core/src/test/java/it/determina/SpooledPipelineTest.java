package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document whose pages go to a file while it is read gives the same standards as one held on the heap (issue 14). */
class SpooledPipelineTest {

    private static final Pipeline HELD = new Pipeline(FamilyRegistry.standard());
    private static final Pipeline SPOOLED = new Pipeline(FamilyRegistry.standard(), Limits.defaults(), 0);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"samples/det_lazio_G04817_allegati-15-16.pdf", "samples/det_campania_DD412_allegati-1-2.pdf",
        "samples/atlante_operatore-di-assistenza-telefonica-alla-clientela.pdf", "samples/profilo_addetto-al-servizio-clienti.pdf"})
    void givesTheStandardsOfAFileHeldOnTheHeap(String file) throws Exception {
        assertThat(SPOOLED.ingest(Path.of(file))).isNotEmpty().isEqualTo(HELD.ingest(Path.of(file)));
    }
}
