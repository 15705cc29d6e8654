package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a running {@code run} with SIGKILL in the middle of a batch, restarts it, and checks that every
 * input ends processed exactly once: archived once, its output written, recorded once.
 */
class CrashRecoveryIT {

    private static final int INPUTS = 24;

    @TempDir
    Path home;

    @Test
    void everyInputIsProcessedExactlyOnceAcrossAKill() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<String> names = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (int i = 0; i < INPUTS; i++) {
            String name = "input-" + i + ".pdf";
            Path target = inbox.resolve(name);
            Files.copy(samples.get(i % samples.size()), target);
            Files.writeString(target, "\n% copy " + i + "\n", StandardOpenOption.APPEND);
            names.add(name);
        }

        Process first = start();
        await().atMost(Duration.ofSeconds(120)).until(() -> archived().size() >= 4);
        first.destroyForcibly().waitFor();
        assertThat(archived().size()).as("killed mid-batch").isLessThan(INPUTS);

        Process second = start();
        try {
            await().atMost(Duration.ofSeconds(240)).until(() -> pdfsIn(inbox) == 0 && archived().size() == INPUTS);
        } finally {
            second.destroy();
            second.waitFor();
        }

        assertThat(archived()).containsExactlyInAnyOrderElementsOf(names);
        for (String name : names) {
            assertThat(home.resolve("output/by-file/" + name.replace(".pdf", ".json"))).exists();
        }
        List<String> recorded = Files.readAllLines(home.resolve("state/processed-sha256.txt"));
        assertThat(recorded).hasSize(INPUTS);
        assertThat(new HashSet<>(recorded)).hasSize(INPUTS);
        assertThat(RunningApp.files(home.resolve("failed"))).isEmpty();
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "it.determina.Main", "run",
                "--home", home.toString(), "--routes", "routes", "--workers", "1", "--port", String.valueOf(RunningApp.freePort()),
                "-Ddetermina.poll-delay=200", "-Ddetermina.read-lock-min-age=300");
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("run-" + System.nanoTime() + ".log").toFile()).start();
    }

    private List<String> archived() {
        return RunningApp.files(home.resolve("archive")).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static long pdfsIn(Path inbox) {
        File[] files = inbox.toFile().listFiles((d, n) -> n.endsWith(".pdf"));
        return files == null ? 0 : files.length;
    }
}
