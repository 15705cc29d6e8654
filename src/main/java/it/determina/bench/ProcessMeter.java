package it.determina.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as its own process and measures it: wall time, and peak resident memory read from
 * Linux's {@code /proc/PID/status} (VmHWM, the high-water mark) while it runs. Output goes to a log file.
 */
public final class ProcessMeter {

    // "VmHWM:	  123456 kB"
    private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+)\\s+kB");
    /** How often the memory high-water mark is read. */
    private static final long POLL_MILLIS = 20;

    /** What one run cost: seconds, peak resident memory in MB (0 when not measurable), exit code. */
    public record Measured(double seconds, double peakMb, int exitCode) {
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
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        long peakKb = 0;
        while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWater(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(seconds, peakKb / 1024.0, p.exitValue());
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
