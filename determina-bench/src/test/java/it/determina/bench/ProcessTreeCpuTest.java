package it.determina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CPU of real process trees, read from /proc (Linux, as the benchmarks run). */
class ProcessTreeCpuTest {

    /**
     * A shell that runs a busy child and waits for it, as {@code ingest} runs its work in a child JVM: the
     * shell's own CPU is next to none, the tree's holds the child's, after the child has ended too.
     */
    @Test
    void countsTheChildrenAProcessWaitedFor() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "awk 'BEGIN { for (i = 0; i < 3e7; i++) s += i }'; exec sleep 60").start();
        try {
            ProcessTreeCpu meter = new ProcessTreeCpu();
            ProcessTreeCpu.Cpu whileBusy = ProcessTreeCpu.Cpu.ZERO;
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // the shell execs sleep once awk is done: until then it has a child
            while (shell.descendants().findAny().isPresent() || !command(shell.pid()).equals("sleep")) {
                whileBusy = meter.read(shell.pid());
                assertThat(System.nanoTime()).as("awk still running after 60 s").isLessThan(end);
                Thread.sleep(20);
            }
            ProcessTreeCpu.Cpu after = meter.read(shell.pid());
            assertThat(after.total()).as("the awk child's CPU, waited for by the shell").isGreaterThan(0.3);
            assertThat(after.total()).isGreaterThanOrEqualTo(whileBusy.total());
            assertThat(ownCpu(shell.pid())).as("the shell's own CPU").isLessThan(0.1);
            assertThat(after.compiler()).isZero();
        } finally {
            shell.destroyForcibly().waitFor();
        }
    }

    /** A JVM's compiler threads are told apart: this one has compiled the test's own code by now. */
    @Test
    void tellsAJvmsCompilerThreadsApart() {
        ProcessTreeCpu.Cpu cpu = new ProcessTreeCpu().read(List.of(ProcessHandle.current().pid()));
        assertThat(cpu.compiler()).isGreaterThan(0);
        assertThat(cpu.compiler() + cpu.gc()).isLessThanOrEqualTo(cpu.total());
        assertThat(cpu.work()).isGreaterThan(0);
    }

    private static String command(long pid) throws Exception {
        return Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim();
    }

    /** utime + stime of the process alone, in seconds. */
    private static double ownCpu(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }
}
