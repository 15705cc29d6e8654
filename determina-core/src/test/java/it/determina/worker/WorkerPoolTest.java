package it.determina.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import it.determina.testing.HostileDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents read in child JVMs (issue 12, deliverable 3): a document that spins (finding 7) or exhausts
 * memory (finding 10) costs only its worker, which is killed, and the next document is read.
 */
class WorkerPoolTest {

    private static final Path PROFILE = Path.of("samples/profilo_addetto-al-servizio-clienti.pdf");

    @TempDir
    Path tmp;

    @Test
    void readsADocumentAsThePipelineDoes() throws Exception {
        try (WorkerPool pool = new WorkerPool(1, 512, 10, Limits.defaults(), code -> { })) {
            assertThat(pool.ingest(PROFILE)).isEqualTo(new Pipeline(FamilyRegistry.standard()).ingest(PROFILE));
        }
    }

    @Test
    void killsTheWorkerOfASpinningDocumentAndGoesOn() throws Exception {
        Path spinning = tmp.resolve("nested-forms.pdf");
        HostileDocuments.nestedForms(spinning, 16, 4);
        List<String> kills = new CopyOnWriteArrayList<>();
        // 20 s: long enough for a fresh worker's first document on a loaded CI machine
        try (WorkerPool pool = new WorkerPool(1, 512, 10, new Limits(200L << 20, 100, Duration.ofSeconds(20)), kills::add)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pool.ingest(spinning)).isInstanceOf(IngestException.class)
                    .extracting(e -> ((IngestException) e).code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
            assertThat(kills).containsExactly("TIMEOUT");
            assertThat(pool.alive()).as("the spinning worker is gone, not left running").isZero();
            assertThat(pool.ingest(PROFILE)).hasSize(1);
        }
    }

    @Test
    void theFuzzFoundDocumentsThatExhaustTimeOrHeapCostOnlyTheirWorker() throws Exception {
        // fuzz seed 20261130, case 6878 (a flipped byte): the clipping-path check run for every glyph
        // (WordCollector.isVisible) grows until time or heap is gone. Cases 3127 (which took the fuzz's own JVM
        // down) and 9670 (1 GB of heap in 14 s) read in seconds since glyphs and paths are read in one walk per
        // page, the clip reckoned once per path painted (issue 14): they are kept in regression/ with the others
        List<Path> found;
        try (var s = Files.list(Path.of("src/test/resources/regression/worker"))) {
            found = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(found).hasSize(1);
        List<String> kills = new CopyOnWriteArrayList<>();
        try (WorkerPool pool = new WorkerPool(1, 256, 10, new Limits(200L << 20, 100, Duration.ofSeconds(30)), kills::add)) {
            for (Path input : found) {
                assertThatThrownBy(() -> pool.ingest(input)).as(input.toString()).isInstanceOf(IngestException.class)
                        .extracting(e -> ((IngestException) e).code()).isIn(ErrorCode.TIMEOUT, ErrorCode.OUT_OF_MEMORY);
            }
            assertThat(kills).hasSize(1);
            assertThat(pool.alive()).isZero();
            assertThat(pool.ingest(PROFILE)).hasSize(1);
        }
    }

    @Test
    void filesAnImageBombAsOutOfMemoryNotAsABug() throws Exception {
        Path bomb = tmp.resolve("image-bomb.pdf");
        HostileDocuments.imageBomb(bomb, 40_000);
        assertThat(Files.size(bomb)).isLessThan(3L << 20);
        List<String> kills = new CopyOnWriteArrayList<>();
        try (WorkerPool pool = new WorkerPool(1, 192, 10, new Limits(200L << 20, 100, Duration.ofSeconds(120)), kills::add)) {
            assertThatThrownBy(() -> pool.ingest(bomb)).isInstanceOf(IngestException.class)
                    .extracting(e -> ((IngestException) e).code()).isEqualTo(ErrorCode.OUT_OF_MEMORY);
            assertThat(kills).containsExactly("OUT_OF_MEMORY");
            assertThat(pool.ingest(PROFILE)).hasSize(1);
        }
    }
}
