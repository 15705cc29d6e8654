package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar a user runs ({@code java -jar target/determina.jar}, built by {@code package} before failsafe runs
 * this), as a separate process: what it prints on stdout is the command's output and nothing else, whatever
 * the libraries on its class path log when they start.
 */
class ShippedJarIT {

    private static final Path JAR = Path.of("target", "determina.jar");

    @TempDir
    Path dir;

    @Test
    void tablesOfOneFilePrintsOnlyItsJsonOnStdout() throws Exception {
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "tables", "src/test/resources/icdar/us/us-035a.pdf"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(stdout).startsWith("{");
        assertThat(new ObjectMapper().readTree(stdout).path("tables").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void ingestWithoutOutWritesToOutputInTheWorkingFolder() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"), in.resolve("atto.pdf"));
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString(), "ingest", "in"))
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();

        assertThat(new ObjectMapper().readTree(dir.resolve("output/atto.json").toFile()).size()).isEqualTo(1);
        assertThat(Files.readString(err)).contains("output in output");
    }

    @Test
    void aBatchStopsWhenTheCommandIsKilledOutright() throws Exception {
        // ingest runs its batch in a child JVM (cli.ShortRunJvm): a kill -9 of the command must not leave it running
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 150; i++) {
            Path copy = in.resolve("copy-" + i + ".pdf");
            Files.copy(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"), copy);
            // another content each, so that none is skipped as a duplicate
            Files.writeString(copy, "\n% copy " + i + "\n", java.nio.file.StandardOpenOption.APPEND);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "ingest", in.toString(), "--out", dir.resolve("out").toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = null;
        for (int i = 0; i < 300 && child == null; i++) {
            child = p.toHandle().children().findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertThat(child).as("the batch's child JVM").isNotNull();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(child.onExit().get(6, TimeUnit.SECONDS).isAlive()).as("child after the parent was killed").isFalse();
    }
}
