package it.determina.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CPU a process and all its descendants have used so far, read from Linux's {@code /proc}: for the
 * process and every live descendant, its own user + system time ({@code utime + stime} of
 * {@code /proc/PID/stat}) plus that of the children it has waited for ({@code cutime + cstime}), so a
 * command that relaunches itself in a child JVM ({@code ingest}) or runs a pool of child JVMs is counted
 * whole, and a child that ended between two readings is not lost (its parent has waited for it). The
 * JVM's own threads are told apart by name from {@code /proc/PID/task/TID/stat}: the JIT compilers
 * ({@code C1/C2 CompilerThread}) and the garbage collector's threads, so a benchmark can show how much
 * of a run was warm-up or collection rather than the work. HotSpot ends idle compiler threads and starts
 * them again, so a meter remembers every such thread it has seen with its last reading: read the same
 * tree with the same meter, as often as it takes to see a thread that lives a short while. All figures
 * in seconds; zero for a process that is gone. Not thread-safe.
 */
public final class ProcessTreeCpu {

    /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /**
     * CPU seconds: {@code total} over the tree (ended children included), and of that the JVMs'
     * {@code compiler} threads and {@code gc} threads (G1's and the parallel/serial collectors', and the
     * VM thread that runs the pauses).
     */
    public record Cpu(double total, double compiler, double gc) {
        public static final Cpu ZERO = new Cpu(0, 0, 0);

        public Cpu plus(Cpu o) {
            return new Cpu(total + o.total, compiler + o.compiler, gc + o.gc);
        }

        public Cpu minus(Cpu o) {
            return new Cpu(total - o.total, compiler - o.compiler, gc - o.gc);
        }

        /** What is neither compiling nor collecting: the work itself, the libraries and the JVM's other threads. */
        public double work() {
            return total - compiler - gc;
        }
    }

    /** Of each tree read (by its root's pid): the last reading of every compiler and collector thread seen in it. */
    private final Map<Long, Threads> trees = new HashMap<>();

    /** Ticks of a tree's compiler and collector threads, by "pid/tid/start time". */
    private record Threads(Map<String, Long> compiler, Map<String, Long> collector) {
    }

    /** The CPU of {@code pids} and their descendants so far; zero where /proc is missing (not Linux). */
    public Cpu read(List<Long> pids) {
        long total = 0;
        long compiler = 0;
        long collector = 0;
        for (long pid : pids) {
            Threads threads = trees.computeIfAbsent(pid, k -> new Threads(new HashMap<>(), new HashMap<>()));
            List<Long> tree = new ArrayList<>();
            tree.add(pid);
            ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> tree.add(d.pid())));
            for (long p : tree) {
                total += process(p, threads);
            }
            compiler += sum(threads.compiler());
            collector += sum(threads.collector());
        }
        return new Cpu(total / TICKS, compiler / TICKS, collector / TICKS);
    }

    /** The CPU of process {@code pid} and its descendants so far. */
    public Cpu read(long pid) {
        return read(List.of(pid));
    }

    private static long sum(Map<String, Long> threads) {
        return threads.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One process's and its waited-for children's ticks; its compiler and collector threads remembered. */
    private static long process(long pid, Threads threads) {
        Path dir = Path.of("/proc", String.valueOf(pid));
        long @Nullable [] own = ticks(dir.resolve("stat"));
        if (own == null) {
            return 0;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread has just ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                long @Nullable [] t = fields(stat);
                if (t == null) {
                    continue;
                }
                String key = pid + "/" + task.getFileName() + "/" + t[4];
                if (isCompiler(name)) {
                    threads.compiler().put(key, t[0] + t[1]);
                } else if (isCollector(name)) {
                    threads.collector().put(key, t[0] + t[1]);
                }
            }
        } catch (IOException e) {
            // the process has just ended: its threads keep their last reading
        }
        return own[0] + own[1] + own[2] + own[3];
    }

    /** HotSpot's compiler threads: "C1 CompilerThre", "C2 CompilerThre" (names are cut at 15 characters). */
    static boolean isCompiler(String thread) {
        return thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler");
    }

    /** HotSpot's collector threads (G1, parallel, serial) and the VM thread that runs the pauses. */
    static boolean isCollector(String thread) {
        return thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread");
    }

    private static long @Nullable [] ticks(Path stat) {
        try {
            return fields(Files.readString(stat));
        } catch (IOException e) {
            return null;
        }
    }

    /** utime, stime, cutime, cstime and start time of a {@code stat} text, in ticks; null when it is not one. */
    private static long @Nullable [] fields(String stat) {
        try {
            // "1234 (java) S 1 ...": after the name's closing parenthesis come state (field 3), ppid (4), ...,
            // utime (14), stime (15), cutime (16), cstime (17), ..., starttime (22): indexes 11-14 and 19 of the tail
            String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
                    Long.parseLong(f[19])};
        } catch (RuntimeException e) {
            return null;
        }
    }
}
