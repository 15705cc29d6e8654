package it.determina.camel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The persistent record of processed contents (SHA-256), for Camel's idempotent consumer. A key is
 * held in memory while its file is in flight and written to disk (forced) only when the file's
 * processing is confirmed: a process killed mid-file leaves no record, so the file is processed again
 * on restart, and a file whose record is on disk is never processed twice, whatever its name.
 */
public final class ProcessedLedger extends ServiceSupport implements IdempotentRepository {

    private final Path file;
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public ProcessedLedger(Path file) {
        this.file = file;
    }

    @Override
    protected void doStart() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    done.add(line.trim());
                }
            }
        }
    }

    @Override
    public boolean add(String key) {
        return !done.contains(key) && inFlight.add(key);
    }

    @Override
    public boolean contains(String key) {
        return done.contains(key) || inFlight.contains(key);
    }

    @Override
    public boolean remove(String key) {
        return inFlight.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        synchronized (this) {
            if (done.add(key)) {
                append(key);
            }
        }
        inFlight.remove(key);
        return true;
    }

    @Override
    public void clear() {
        inFlight.clear();
    }

    /** How many contents are recorded as processed. */
    public int size() {
        return done.size();
    }

    private void append(String key) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + key + " in " + file, e);
        }
    }
}
