package it.determina.cli;

import it.determina.Version;
import it.determina.intake.IncomingFile;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.NdjsonExport;
import it.determina.output.StandardJson;
import it.determina.output.db.Database;
import it.determina.output.db.DatabaseException;
import it.determina.output.db.DatabaseSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The outputs of {@code ingest} beside the JSON files, each optional: PostgreSQL ({@code --db}), written
 * as each file is done, and NDJSON with its manifest ({@code --ndjson}), written once the batch is done in
 * the order of the inputs. Thread-safe; close it to close the database.
 */
final class BatchOutputs implements AutoCloseable {

    private final @Nullable Database database;
    private final @Nullable DatabaseSink sink;
    private final @Nullable Path ndjson;
    private final Map<Path, NdjsonExport.Entry> entries = new ConcurrentHashMap<>();

    private BatchOutputs(@Nullable Database database, @Nullable Path ndjson) {
        this.database = database;
        this.sink = database == null ? null : new DatabaseSink(database.dataSource(), new StandardJson(), Clock.systemUTC());
        this.ndjson = ndjson;
    }

    /** Opens the database of {@code jdbcUrl} (migrating its schema) when given. */
    static BatchOutputs open(@Nullable String jdbcUrl, @Nullable Path ndjson, int workers) throws DatabaseException {
        return new BatchOutputs(jdbcUrl == null ? null : Database.open(jdbcUrl, workers + 1), ndjson);
    }

    /** Records the standards of {@code file}; in the database, in one transaction. */
    void delivered(Path file, List<CanonicalStandard> standards) throws DeliveryException, InvalidOutputException {
        String sha256 = standards.stream().map(s -> s.source().sha256()).filter(java.util.Objects::nonNull)
                .findFirst().orElseGet(() -> sha256(file));
        String name = file.getFileName().toString();
        if (sink != null && sha256 != null) {
            sink.deliver(name, sha256, standards, DatabaseSink.SameTransaction.NONE);
        }
        entries.put(file, new NdjsonExport.Entry(name, sha256, standards, null, null));
    }

    /** Records that {@code file} failed with {@code code}. */
    void failed(Path file, ErrorCode code, String message) throws DeliveryException {
        String sha256 = sha256(file);
        String name = file.getFileName().toString();
        if (sink != null) {
            sink.fail(name, sha256, code.name(), message, DatabaseSink.SameTransaction.NONE);
        }
        entries.put(file, new NdjsonExport.Entry(name, sha256, List.of(), code.name(), message));
    }

    /** Writes the NDJSON file and its manifest, the files in the order given; nothing without {@code --ndjson}. */
    void finish(List<Path> files) throws IOException, InvalidOutputException {
        if (ndjson == null) {
            return;
        }
        List<NdjsonExport.Entry> ordered = new ArrayList<>();
        for (Path f : files) {
            NdjsonExport.Entry e = entries.get(f);
            if (e != null) {
                ordered.add(e);
            }
        }
        new NdjsonExport(new StandardJson(), Clock.systemUTC())
                .write(ordered, ndjson, Version.of(), database == null ? null : database.schemaVersion());
    }

    /** The content hash, or null when the file cannot be read (it then failed for that reason). */
    private static @Nullable String sha256(Path file) {
        try {
            return IncomingFile.of(file).sha256();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
