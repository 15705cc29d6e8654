package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.testing.HostileDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder of a running {@code run} under issue 12: clashing names, replaced, slow, linked and hidden entries. */
class HostileInboxTest {

    private static final Path PROFILE = Path.of("samples/profilo_addetto-al-servizio-clienti.pdf");
    private static final Path LAZIO = Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf");

    @TempDir
    Path home;

    private List<String> names(String dir) {
        Path root = home.resolve(dir);
        return RunningApp.files(root).stream().map(p -> root.relativize(p).toString()).toList();
    }

    private String error(String name) throws Exception {
        return new ObjectMapper().readTree(home.resolve("failed").resolve(name).toFile()).path("error").asText();
    }

    @Test
    void filesInputsOfTheSameNameEachUnderItsOwnNameAndAReplacedFileIsProcessedToo() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home).property("determina.timeout-seconds", "15"))) {
            // finding 2: a.pdf replaced while it is processed; here the first a.pdf spins until its time limit
            HostileDocuments.nestedForms(home.resolve("spin.pdf"), 16, 4);
            Files.copy(home.resolve("spin.pdf"), inbox.resolve("a.pdf"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(inbox.resolve("a.pdf")));
            Files.copy(PROFILE, inbox.resolve("a.pdf"));
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(home.resolve("output/by-file/a~2.json")));
            // finding 3: same names whatever the case, and a failure record meeting another input's output
            Files.copy(LAZIO, inbox.resolve("A.PDF"));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/A~3.json")));
            Files.write(inbox.resolve("atto.error.pdf"), withNote(LAZIO, "another determination"));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/atto.error.json")));
            Files.writeString(inbox.resolve("atto.pdf"), "not a pdf");

            await().atMost(Duration.ofSeconds(120)).until(() -> names("archive").size() == 3 && names("failed").size() == 4);

            String day = LocalDate.now().toString();
            assertThat(names("archive")).containsExactlyInAnyOrder(day + "/a~2.pdf", day + "/A~3.PDF", day + "/atto.error.pdf");
            assertThat(names("failed")).containsExactlyInAnyOrder("a.pdf", "a.error.json", "atto~2.pdf", "atto~2.error.json");
            assertThat(error("a.error.json")).isEqualTo("TIMEOUT");
            assertThat(error("atto~2.error.json")).isEqualTo("NOT_A_PDF");
            assertThat(names("output/by-file")).containsExactlyInAnyOrder("a~2.json", "A~3.json", "atto.error.json");
            assertThat(app.get("/observe/health")).startsWith("200");
            assertThat(app.get("/observe/metrics")).contains("determina_workers_killed_total{reason=\"TIMEOUT\"} 1.0");
        }
    }

    private static byte[] withNote(Path sample, String note) throws java.io.IOException {
        return (Files.readString(sample, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n% " + note + "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void waitsForAPdfWrittenInTwoHalves() throws Exception {
        // finding 5: a file written in two halves 3 s apart was taken half-written and filed PDF_CORRUPT
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        byte[] pdf = Files.readAllBytes(PROFILE);
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home).property("determina.incomplete-wait-seconds", "30"))) {
            Files.write(inbox.resolve("slow.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
            Thread.sleep(3000);
            Files.write(inbox.resolve("slow.pdf"), Arrays.copyOfRange(pdf, pdf.length / 2, pdf.length), StandardOpenOption.APPEND);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/slow.json")));
            assertThat(names("failed")).isEmpty();
        }
    }

    @Test
    void movesLinksFoldersAndHiddenNamesAsideWithTheirReasonAndNeverReadsThroughALink() throws Exception {
        // finding 14: the drop folder followed a symbolic link out of the inbox and read /etc/passwd
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path outside = Files.copy(PROFILE, home.resolve("outside.pdf"));
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home).property("determina.inbox.grace-seconds", "1"))) {
            Files.createSymbolicLink(inbox.resolve("link.pdf"), outside);
            Files.createSymbolicLink(inbox.resolve("passwd"), Path.of("/etc/passwd"));
            Files.copy(PROFILE, inbox.resolve(".hidden.pdf"));
            Files.createDirectories(inbox.resolve("folder"));

            await().atMost(Duration.ofSeconds(60)).until(() -> RunningApp.files(inbox).isEmpty() && names("failed").size() == 7);

            assertThat(Files.isSymbolicLink(home.resolve("failed/link.pdf"))).isTrue();
            assertThat(error("link.error.json")).isEqualTo("SYMLINK");
            assertThat(error("passwd.error.json")).isEqualTo("SYMLINK");
            assertThat(error("_hidden.error.json")).isEqualTo("HIDDEN_NAME");
            assertThat(error("folder.error.json")).isEqualTo("NOT_A_FILE");
            assertThat(home.resolve("failed/folder")).isDirectory();
            assertThat(names("output")).isEmpty();
            assertThat(names("archive")).isEmpty();
            assertThat(app.get("/observe/metrics")).contains("determina_inbox_set_aside_total{reason=\"SYMLINK\"} 2.0");
        }
    }
}
