package it.determina.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as its own process and measures it: wall time, peak resident memory read from
 * Linux's {@code /proc/PID/status} (VmHWM, the high-water mark, summed over the process and its descendants)
 * while it runs, and the CPU time it and the
 * processes it waited for used (user + system), read as the growth of this process's children's times
 * ({@code cutime + cstime} in {@code /proc/self/stat}) across the run. Runs must not overlap. Output goes
 * to a log file.
 */
public final class ProcessMeter {

    // "VmHWM:	  123456 kB"
    private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+)\\s+kB");
    /** How often the memory high-water mark is read. */
    private static final long POLL_MILLIS = 20;

    /** Clock ticks per second of {@code /proc/self/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /**
     * What one run cost: wall seconds, peak resident memory in MB (0 when not measurable), exit code, and
     * CPU seconds (user + system; NaN when not measurable).
     */
    public record Measured(double seconds, double peakMb, int exitCode, double cpuSeconds) {
        public Measured(double seconds, double peakMb, int exitCode) {
            this(seconds, peakMb, exitCode, Double.NaN);
        }
    }

    private ProcessMeter() {
    }

    /**
     * Runs {@code command} in {@code dir}, stdout and stderr to {@code log}.
     *
     * @throws IOException when the command cannot be started
     */
    public static Measured run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        double cpuBefore = childrenCpu();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        long peakKb = 0;
        while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            // a command may run its work in a child JVM (ingest: cli.ShortRunJvm): their peaks are added
            long kb = highWater(status) + p.descendants().mapToLong(d -> highWater(Path.of("/proc", String.valueOf(d.pid()), "status"))).sum();
            peakKb = Math.max(peakKb, kb);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = p.exitValue();
        // the JVM's reaper thread has waited for the child once exitValue is known: its times are counted
        double cpu = childrenCpu() - cpuBefore;
        return new Measured(seconds, peakKb / 1024.0, exit, Double.isNaN(cpu) ? Double.NaN : cpu);
    }

    /** CPU seconds of this process's children that were waited for (user + system); NaN off Linux. */
    static double childrenCpu() {
        try {
            // "1234 (java) S 1 ...": the fields after the command's closing parenthesis are state(3), ppid(4), ...
            // utime(14), stime(15), cutime(16), cstime(17): indexes 13 and 14 of the tail
            String stat = Files.readString(Path.of("/proc/self/stat")).trim();
            String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long highWater(Path status) {
        try {
            Matcher m = HIGH_WATER.matcher(Files.readString(status));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process has just ended
        }
    }

    /** The command that starts this JVM's java with {@code args}. */
    public static List<String> java(List<String> args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        return cmd;
    }
}
