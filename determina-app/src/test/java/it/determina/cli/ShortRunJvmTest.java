package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain command line runs ingest in a child JVM set for a short run, with the same outcome and exit status. */
class ShortRunJvmTest {

    @TempDir
    Path tmp;

    @Test
    void ingestInAChildJvmGivesTheOutputAndExitStatusOfOneRunInPlace() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"), in.resolve("profilo.pdf"));
        Files.writeString(in.resolve("not-a-pdf.pdf"), "plain text");
        Process child = main(false, "ingest", in.toString(), "--out", tmp.resolve("child").toString(), "--workers", "1");
        Process same = main(true, "ingest", in.toString(), "--out", tmp.resolve("same").toString(), "--workers", "1");
        boolean ranInAChild = false;
        while (child.isAlive()) {
            ranInAChild |= child.descendants().findAny().isPresent();
            Thread.sleep(10);
        }
        assertThat(ranInAChild).as("a child JVM ran the batch").isTrue();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(same.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String childErr = new String(child.getErrorStream().readAllBytes());
        assertThat(child.exitValue()).as(childErr).isEqualTo(1).isEqualTo(same.exitValue());
        assertThat(childErr).contains("OK    ").contains("NOT_A_PDF");
        assertThat(Files.readString(tmp.resolve("child/profilo.json"))).isEqualTo(Files.readString(tmp.resolve("same/profilo.json")));
        assertThat(tmp.resolve("child/not-a-pdf.error.json")).exists();
    }

    /** A queue worker moves to a C1 JVM like a batch; the scanner and the daemon stay where they are. */
    @Test
    void aQueueWorkerIsMovedAndTheOtherRolesAreNot() {
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"run", "--home", "w", "--role", "worker", "--db", "x"})).isTrue();
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"run", "--role=WORKER"})).isTrue();
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"run", "--role", "scanner"})).isFalse();
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"run", "--home", "worker"})).isFalse();
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"run"})).isFalse();
        assertThat(ShortRunJvm.isWorkerRole(new String[] {"ingest", "--role", "worker"})).isFalse();
    }

    /** {@code java it.determina.Main ARGS} on this class path, in the JVM it starts or ({@code sameJvm}) kept there. */
    private static Process main(boolean sameJvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "it.determina.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (sameJvm) {
            pb.environment().put(ShortRunJvm.SAME_JVM, "1");
        } else {
            pb.environment().remove(ShortRunJvm.SAME_JVM);
        }
        return pb.start();
    }
}
