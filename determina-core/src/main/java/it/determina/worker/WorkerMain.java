package it.determina.worker;

import it.determina.IngestException;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import it.determina.output.WorkerReply;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link WorkerPool}: {@code WorkerMain MAX_BYTES MAX_PAGES TIMEOUT_SECONDS}. It
 * answers {@value #READY} once ready, then reads one URL-encoded path per line on stdin and answers one
 * {@link WorkerReply} line per path on stdout; it ends at the end of stdin (the pool closed it, or died).
 * Anything else the libraries print goes to stderr, so stdout carries only replies.
 */
public final class WorkerMain {

    static final String READY = "determina-worker-ready";

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream replies = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Limits limits = new Limits(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Duration.ofSeconds(Long.parseLong(args[2])));
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard(), limits);
        replies.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            Path file = Path.of(URLDecoder.decode(line, StandardCharsets.UTF_8));
            replies.println(answer(pipeline, file).toLine());
        }
        System.exit(0);
    }

    private static WorkerReply answer(Pipeline pipeline, Path file) {
        try {
            return WorkerReply.of(pipeline.ingest(file));
        } catch (IngestException | RuntimeException e) {
            return WorkerReply.failed(ErrorCode.of(e), ErrorCode.message(e));
        }
    }
}
