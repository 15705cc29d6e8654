package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.testing.HeadingTitledProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drops every sample and some broken files into the inbox of a running {@code run}. */
class DropFolderRouteTest {

    @TempDir
    Path home;

    private static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void filesEveryInputAsSpecified() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home))) {
            List<Path> samples = samples();
            for (Path p : samples) {
                Files.copy(p, inbox.resolve(p.getFileName()));
            }
            Files.createFile(inbox.resolve("empty.pdf"));
            Files.writeString(inbox.resolve("notes.pdf"), "not a pdf at all");
            byte[] pdf = Files.readAllBytes(samples.get(0));
            Files.write(inbox.resolve("truncated.pdf"), Arrays.copyOf(pdf, 600));
            Files.copy(samples.get(0), inbox.resolve("same content, other name.pdf"));
            int inputs = samples.size() + 4;

            await().atMost(Duration.ofSeconds(120)).until(() -> RunningApp.files(inbox).isEmpty()
                    && RunningApp.files(home.resolve("archive")).size() + RunningApp.files(home.resolve("failed")).size() / 2 == inputs);

            Path archive = home.resolve("archive").resolve(LocalDate.now().toString());
            for (Path p : samples) {
                assertThat(archive.resolve(p.getFileName())).exists();
                String base = p.getFileName().toString().replace(".pdf", "");
                JsonNode byFile = new ObjectMapper().readTree(home.resolve("output/by-file/" + base + ".json").toFile());
                assertThat(byFile.size()).isGreaterThanOrEqualTo(1);
                for (JsonNode standard : byFile) {
                    assertThat(home.resolve("output/standards/" + standard.path("id").asText() + ".json")).exists();
                }
            }
            assertThat(archive.resolve("same content, other name.pdf")).exists();
            assertThat(home.resolve("output/by-file/same content, other name.json")).doesNotExist();
            assertThat(error(home.resolve("failed/empty.error.json"))).isEqualTo("EMPTY_FILE");
            assertThat(error(home.resolve("failed/notes.error.json"))).isEqualTo("NOT_A_PDF");
            assertThat(error(home.resolve("failed/truncated.error.json"))).isEqualTo("PDF_CORRUPT");
            assertThat(home.resolve("failed/notes.pdf")).exists();
            assertThat(Files.readAllLines(home.resolve("state/processed-sha256.txt"))).hasSize(samples.size());
            String report = Files.readString(home.resolve("output/reports/" + LocalDate.now() + ".html"));
            assertThat(report).contains("id=\"summary-failed\">3<", "NOT_A_PDF", "<li class=\"flag\"");
            assertThat(app.get("/observe/health")).startsWith("200").contains("UP");
            assertThat(app.get("/observe/metrics")).contains("determina_files_processed_total " + samples.size() + ".0")
                    .contains("determina_flags_total{code=\"MISSING_VALUE\"}");
        }
    }

    @Test
    void keepsThePreviousVersionOfAStandardInHistory() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home))) {
            Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"), inbox.resolve("v1.pdf"));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/v1.json")));
            byte[] changed = Files.readAllBytes(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"));
            Files.write(inbox.resolve("v2.pdf"), changed);
            Files.writeString(inbox.resolve("v2.pdf"), "\n% revised\n", java.nio.file.StandardOpenOption.APPEND);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/v2.json")));

            String id = "unknown:professional-profile:addetto-al-servizio-clienti";
            assertThat(new ObjectMapper().readTree(home.resolve("output/standards/" + id + ".json").toFile())
                    .path("source").path("file").asText()).isEqualTo("v2.pdf");
            assertThat(RunningApp.files(home.resolve("output/history/" + id))).hasSize(1);
        }
    }

    @Test
    void keepsTwoFilesWhoseStandardsWouldShareAnIdEachUnderItsOwnId() throws Exception {
        // issue 11, item 3: two different profiles both printing "ALLEGATO 6" where the name goes
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path made = Files.createDirectories(home.resolve("made"));
        HeadingTitledProfile.write(made.resolve("reclami.pdf"), "ALLEGATO 6", "Gestisce i reclami dei clienti al telefono.", 3);
        HeadingTitledProfile.write(made.resolve("ordini.pdf"), "ALLEGATO 6", "Registra gli ordini dei clienti allo sportello.", 2);
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home))) {
            Files.copy(made.resolve("reclami.pdf"), inbox.resolve("reclami.pdf"));
            Files.copy(made.resolve("ordini.pdf"), inbox.resolve("ordini.pdf"));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/reclami.json"))
                    && Files.exists(home.resolve("output/by-file/ordini.json")));

            JsonNode reclami = new ObjectMapper().readTree(home.resolve("output/by-file/reclami.json").toFile()).get(0);
            JsonNode ordini = new ObjectMapper().readTree(home.resolve("output/by-file/ordini.json").toFile()).get(0);
            assertThat(reclami.path("id").asText()).isNotEqualTo(ordini.path("id").asText());
            for (JsonNode standard : List.of(reclami, ordini)) {
                JsonNode stored = new ObjectMapper().readTree(
                        home.resolve("output/standards/" + standard.path("id").asText() + ".json").toFile());
                assertThat(stored.path("description")).isEqualTo(standard.path("description"));
                assertThat(stored.path("flags").findValuesAsText("code")).contains("ID_FROM_SOURCE");
            }
            assertThat(RunningApp.files(home.resolve("output/standards"))).hasSize(2);
            assertThat(RunningApp.files(home.resolve("output/history"))).isEmpty();
        }
    }

    @Test
    void retriesOutputThatCannotBeWrittenThenFilesTheInputAsFailed() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.createDirectories(home.resolve("output"));
        Files.writeString(home.resolve("output/by-file"), "a file where the output folder should be");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.retry.attempts", "2").property("determina.retry.delay", "100"))) {
            Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"), inbox.resolve("profilo.pdf"));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("failed/profilo.error.json")));
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(home.resolve("failed/profilo.pdf")));
            assertThat(error(home.resolve("failed/profilo.error.json"))).isEqualTo("OUTPUT_UNWRITABLE");
            assertThat(app.get("/observe/metrics")).contains("determina_files_failed_total{error=\"OUTPUT_UNWRITABLE\"} 1.0");
        }
    }

    private static String error(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile()).path("error").asText();
    }
}
