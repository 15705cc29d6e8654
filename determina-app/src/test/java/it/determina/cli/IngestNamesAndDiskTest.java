package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ingest} under issue 12: inputs never share an output name, and a disk that refuses one output stops only that file. */
class IngestNamesAndDiskTest {

    private static final Path PROFILE = Path.of("samples/profilo_addetto-al-servizio-clienti.pdf");
    private static final Path LAZIO = Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf");

    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void givesEachInputItsOwnOutputAcrossFoldersCaseAndErrorNames() throws Exception {
        // finding 3: 2024/a.pdf, 2025/a.pdf and a.PDF printed three OK lines and left one a.json;
        // atto.pdf failing overwrote the output of atto.error.pdf
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(PROFILE, Files.createDirectories(in.resolve("2024")).resolve("a.pdf"));
        Files.copy(LAZIO, Files.createDirectories(in.resolve("2025")).resolve("a.pdf"));
        Files.copy(PROFILE, in.resolve("a.PDF"));
        Files.copy(LAZIO, in.resolve("atto.error.pdf"));
        Files.writeString(in.resolve("atto.pdf"), "not a pdf");
        Path out = tmp.resolve("out");

        StringWriter err = new StringWriter();
        assertThat(run(err, "ingest", in.toString(), "--out", out.toString(), "--workers", "1")).isEqualTo(1);

        assertThat(RunningFiles.names(out)).containsExactlyInAnyOrder("a.json", "a~2.json", "a~3.json",
                "atto.error.json", "atto~2.error.json");
        assertThat(new ObjectMapper().readTree(out.resolve("atto.error.json").toFile()).get(0).path("source").path("file").asText())
                .isEqualTo("atto.error.pdf");
        assertThat(new ObjectMapper().readTree(out.resolve("atto~2.error.json").toFile()).path("error").asText()).isEqualTo("NOT_A_PDF");
    }

    @Test
    void keepsGoingWhenOneOutputCannotBeWrittenAndSaysSoInItsExitStatus() throws Exception {
        // finding 6: an output that could not be written aborted the batch with a stack trace
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(PROFILE, in.resolve("a.pdf"));
        Files.copy(LAZIO, in.resolve("b.pdf"));
        Files.copy(PROFILE, in.resolve("c.pdf"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve("b.json").resolve("taken"));

        StringWriter err = new StringWriter();
        int status = run(err, "ingest", in.toString(), "--out", out.toString(), "--workers", "1");

        assertThat(status).isEqualTo(IngestCommand.EXIT_OUTPUT_UNWRITABLE);
        assertThat(err.toString()).contains("OK    " + in.resolve("a.pdf"), "OK    " + in.resolve("c.pdf"),
                "FAIL  " + in.resolve("b.pdf") + ": OUTPUT_UNWRITABLE", "3 file(s): 2 ok, 1 failed").doesNotContain("\tat ");
        assertThat(out.resolve("a.json")).isRegularFile();
        assertThat(out.resolve("c.json")).isRegularFile();
        assertThat(new ObjectMapper().readTree(out.resolve("b.error.json").toFile()).path("error").asText())
                .isEqualTo("OUTPUT_UNWRITABLE");
    }

    @Test
    void aWholeOutputFolderRefusedStillTriesEveryInputAndSummarises() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(PROFILE, in.resolve("a.pdf"));
        Files.copy(LAZIO, in.resolve("b.pdf"));
        Path out = tmp.resolve("out");
        Files.writeString(out, "a file where the output folder should be");

        StringWriter err = new StringWriter();
        int status = run(err, "ingest", in.toString(), "--out", out.toString(), "--workers", "1");

        assertThat(status).isEqualTo(IngestCommand.EXIT_OUTPUT_UNWRITABLE);
        assertThat(err.toString()).contains("FAIL  " + in.resolve("a.pdf") + ": OUTPUT_UNWRITABLE",
                "FAIL  " + in.resolve("b.pdf") + ": OUTPUT_UNWRITABLE", "2 file(s): 0 ok, 2 failed").doesNotContain("\tat ");
    }

    /** File names directly in a folder. */
    static final class RunningFiles {
        static java.util.List<String> names(Path dir) throws java.io.IOException {
            try (var s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
    }
}
