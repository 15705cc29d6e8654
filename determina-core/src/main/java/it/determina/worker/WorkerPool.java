package it.determina.worker;

import it.determina.DocumentReader;
import it.determina.IngestException;
import it.determina.Limits;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import it.determina.output.WorkerReply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads documents in child JVMs ({@link WorkerMain}), at most {@code size} at once, each with a heap of
 * {@code heapMb} and the time limit of {@code limits} (issue 12, deliverable 3). A worker that passes the
 * time limit is killed and the document fails with TIMEOUT; one that runs out of heap exits
 * ({@code -XX:+ExitOnOutOfMemoryError}) and the document fails with OUT_OF_MEMORY; one that dies otherwise
 * gives WORKER_CRASHED. A killed worker is replaced on the next document; every kill is reported to
 * {@code onKill} with its code. Workers start on demand, and are replaced after {@code maxDocuments} so
 * that nothing a library keeps grows without end. Thread-safe; {@link #close()} ends every worker.
 */
public final class WorkerPool implements DocumentReader, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    /** HotSpot's exit status after -XX:+ExitOnOutOfMemoryError. */
    static final int OOM_EXIT = 3;
    private static final long START_SECONDS = 180;

    private final Limits limits;
    private final int heapMb;
    private final int maxDocuments;
    private final Consumer<String> onKill;
    private final Semaphore slots;
    private final LinkedBlockingDeque<Worker> idle = new LinkedBlockingDeque<>();
    private final List<Worker> all = new ArrayList<>();
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "determina-worker-reply");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    public WorkerPool(int size, int heapMb, int maxDocuments, Limits limits, Consumer<String> onKill) {
        if (size < 1 || heapMb < 16 || maxDocuments < 1) {
            throw new IllegalArgumentException("size, heap and documents per worker must be positive");
        }
        this.limits = Objects.requireNonNull(limits, "limits");
        this.heapMb = heapMb;
        this.maxDocuments = maxDocuments;
        this.onKill = Objects.requireNonNull(onKill, "onKill");
        this.slots = new Semaphore(size, true);
    }

    @Override
    public List<CanonicalStandard> ingest(Path file) throws IngestException {
        String name = file.getFileName().toString();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(ErrorCode.INTERRUPTED, name + ": interrupted while waiting for a worker", e);
        }
        try {
            return ingestIn(takeWorker(name), file, name);
        } finally {
            slots.release();
        }
    }

    private List<CanonicalStandard> ingestIn(Worker worker, Path file, String name) throws IngestException {
        WorkerReply reply;
        try {
            reply = worker.ask(file, limits.timeout().toMillis());
        } catch (TimeoutException e) {
            discard(worker, ErrorCode.TIMEOUT);
            throw new IngestException(ErrorCode.TIMEOUT, name + ": not done within " + limits.timeout().toSeconds()
                    + " s (per-document time limit); its worker was killed", e);
        } catch (IOException e) {
            int exit = worker.exitCode();
            ErrorCode code = exit == OOM_EXIT ? ErrorCode.OUT_OF_MEMORY : ErrorCode.WORKER_CRASHED;
            discard(worker, code);
            throw new IngestException(code, name + (exit == OOM_EXIT
                    ? ": needs more than the worker's heap of " + heapMb + " MB; its worker was stopped"
                    : ": its worker process died (exit status " + exit + ")"), e);
        } catch (InterruptedException e) {
            discard(worker, ErrorCode.INTERRUPTED);
            Thread.currentThread().interrupt();
            throw new IngestException(ErrorCode.INTERRUPTED, name + ": interrupted", e);
        }
        giveBack(worker);
        if (reply.standards() != null) {
            return reply.standards();
        }
        throw new IngestException(Objects.requireNonNull(reply.error()), String.valueOf(reply.message()));
    }

    private Worker takeWorker(String name) throws IngestException {
        Worker w = idle.pollFirst();
        if (w != null && w.isAlive()) {
            return w;
        }
        if (w != null) {
            discard(w, ErrorCode.WORKER_CRASHED);
        }
        try {
            return start();
        } catch (IOException e) {
            throw new IngestException(ErrorCode.WORKER_CRASHED, name + ": no worker process could be started (" + e.getMessage() + ")", e);
        }
    }

    private void giveBack(Worker worker) {
        if (worker.documents() >= maxDocuments || closed) {
            worker.stop();
            forget(worker);
        } else {
            idle.addFirst(worker);
        }
    }

    private void discard(Worker worker, ErrorCode code) {
        worker.kill();
        forget(worker);
        if (code != ErrorCode.INTERRUPTED) {
            LOG.warn("document worker {} stopped: {}", worker.pid(), code);
            onKill.accept(code.name());
        }
    }

    private Worker start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true"));
        String fontCache = System.getProperty("pdfbox.fontcache");
        if (fontCache != null) {
            cmd.add("-Dpdfbox.fontcache=" + fontCache);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(),
                String.valueOf(limits.maxBytes()), String.valueOf(limits.maxPages()),
                // the worker's own limit is a backstop: the pool kills it first
                String.valueOf(limits.timeout().toSeconds() * 2 + 60)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Worker w = new Worker(p);
        synchronized (all) {
            all.add(w);
        }
        try {
            String ready = readers.submit(w::readLine).get(START_SECONDS, TimeUnit.SECONDS);
            if (!WorkerMain.READY.equals(ready)) {
                throw new IOException("the worker answered " + ready + " instead of being ready");
            }
        } catch (Exception e) {
            w.kill();
            forget(w);
            throw new IOException("worker did not start: " + e, e);
        }
        return w;
    }

    private void forget(Worker w) {
        synchronized (all) {
            all.remove(w);
        }
    }

    /** Worker processes alive now. */
    public int alive() {
        synchronized (all) {
            return (int) all.stream().filter(Worker::isAlive).count();
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Worker> workers;
        synchronized (all) {
            workers = new ArrayList<>(all);
            all.clear();
        }
        workers.forEach(Worker::stop);
        readers.shutdownNow();
    }

    /** One child process and its pipes. */
    private final class Worker {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;
        private int documents;

        Worker(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        WorkerReply ask(Path file, long timeoutMillis) throws IOException, TimeoutException, InterruptedException {
            documents++;
            in.write(URLEncoder.encode(file.toAbsolutePath().toString(), StandardCharsets.UTF_8) + "\n");
            in.flush();
            Future<@Nullable String> line = readers.submit(this::readLine);
            try {
                String reply = line.get(timeoutMillis, TimeUnit.MILLISECONDS);
                if (reply == null) {
                    process.waitFor(10, TimeUnit.SECONDS);
                    throw new IOException("the worker ended without answering");
                }
                return WorkerReply.fromLine(reply);
            } catch (java.util.concurrent.ExecutionException e) {
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IOException("the worker's answer could not be read: " + e.getCause(), e.getCause());
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Nullable String readLine() throws IOException {
            return out.readLine();
        }

        int documents() {
            return documents;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        long pid() {
            return process.pid();
        }

        int exitCode() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        void kill() {
            process.destroyForcibly();
        }

        /** Ends the worker: its stdin closed, it exits; killed if it does not within a few seconds. */
        void stop() {
            try {
                in.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
