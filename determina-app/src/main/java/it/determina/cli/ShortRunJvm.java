package it.determina.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a batch command ({@code ingest}, {@code tables}) in a child JVM set for a run of seconds to minutes
 * (issue 14). On 2 cores the C2 compiler takes one core for the first tens of seconds of a fresh JVM, and a
 * batch ends before its code pays that back: C1 alone ({@code -XX:TieredStopAtLevel=1}) measured half the
 * CPU of a 246-page batch and a third less on one 1000-page determination (bench-speed). The child also maps
 * the class-data-sharing archive {@code determina.jsa} beside the jar when one newer than the jar is there
 * ({@code mvn package} writes it by a training ingest of the samples; {@code scripts/determina} when it is
 * missing). A JVM option cannot be written into a jar's manifest, so this is how
 * the plain {@code java -jar determina.jar ingest ...} gets them. The child inherits the standard streams
 * and this JVM's options; its exit status is returned; stopping this JVM stops the child, and the child
 * stops itself when this JVM is gone without stopping it ({@code kill -9}). Not done when
 * {@value #SAME_JVM} is set in the environment, when this JVM is the child, or when it was started with
 * its own JIT or archive settings. A queue worker ({@code run --role worker}) moves too, see
 * {@link #isWorkerRole}; {@code run} otherwise and the benchmarks are never moved.
 */
public final class ShortRunJvm {

    /** System property marking the child; its value is the parent's process id. */
    static final String CHILD = "determina.short-run-child";
    /** Environment variable that keeps every command in the JVM it was started in. */
    static final String SAME_JVM = "DETERMINA_SAME_JVM";

    private static final Set<String> COMMANDS = Set.of("ingest", "tables");
    /** Options of the caller's own that this class would otherwise set. */
    private static final List<String> TUNED = List.of("-XX:TieredStopAtLevel", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:-TieredCompilation", "-Xint", "-agentlib", "-javaagent");

    private ShortRunJvm() {
    }

    /**
     * Runs {@code args} in a child JVM when they name a batch command; the child's exit status, or empty
     * when the command is to run in this JVM (or the child cannot be started).
     */
    public static OptionalInt run(String[] args) {
        String parent = System.getProperty(CHILD);
        if (parent != null) {
            stopWithParent(parent);
            return OptionalInt.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (args.length == 0 || !(COMMANDS.contains(args[0]) || isWorkerRole(args)) || System.getenv(SAME_JVM) != null
                || jvmOptions.stream().anyMatch(o -> TUNED.stream().anyMatch(o::startsWith))) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(archive());
        command.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "it.determina.Main"));
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /**
     * Whether {@code args} start a queue worker ({@code run --role worker}, issue 13): it converts documents
     * as a batch does, in a JVM of its own per process, and several share a machine. bench-queue measured,
     * on 2 cores, C2 still compiling 13-30 % of a worker's CPU after 280 documents (55-60 % after 7-70),
     * each further worker JVM compiling the same code again, so that 2 and 3 workers gave less throughput
     * than 1; with C1 alone the JIT was under 5 % after 35-60 documents and a document cost about 125 ms of
     * CPU from then on. C2's code, once compiled, is cheaper (about 80 ms a document besides the compiling,
     * after 240-280 documents), which pays its warm-up back after roughly 900 documents per worker JVM: a
     * worker meant for a long backfill may keep C2 by giving a JIT option of its own
     * ({@code -XX:TieredStopAtLevel=4}) or {@value #SAME_JVM}.
     */
    static boolean isWorkerRole(String[] args) {
        if (!"run".equals(args[0])) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--role=worker") || args[i].equals("--role") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("worker")) {
                return true;
            }
        }
        return false;
    }

    /**
     * In the child: ends this JVM when the parent (process id {@code parentPid}) is gone however it ended
     * (a {@code kill -9} runs no shutdown hook), so that no batch goes on unseen after the command the user
     * stopped. The parent is named by its id, not found as this process's parent: one killed before this
     * JVM got here has left it to another parent already. Outputs are written atomically: the file being
     * written when it stops is simply not there.
     */
    private static void stopWithParent(String parentPid) {
        ProcessHandle parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(parentPid)).orElse(null);
        } catch (NumberFormatException e) {
            return;
        }
        if (parent == null || !parent.isAlive()) {
            Runtime.getRuntime().halt(EXIT_PARENT_GONE);
            return;
        }
        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(EXIT_PARENT_GONE));
    }

    /** Exit status of a child whose parent is gone: 128 + SIGTERM, as if it had been stopped with it. */
    private static final int EXIT_PARENT_GONE = 143;

    /** The options mapping {@code determina.jsa} beside the jar, when it is there and newer than the jar. */
    private static List<String> archive() {
        String classpath = System.getProperty("java.class.path");
        if (classpath.contains(File.pathSeparator) || !classpath.endsWith(".jar")) {
            return List.of();
        }
        Path jar = Path.of(classpath).toAbsolutePath();
        Path jsa = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
        try {
            if (Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                // an archive the JVM finds stale is ignored; its warning is not the user's concern
                return List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.of();
    }
}
