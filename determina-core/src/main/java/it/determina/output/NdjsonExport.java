package it.determina.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A batch as NDJSON: one canonical standard per line (compact JSON, validated against the schema), in the
 * order of the inputs, and {@code manifest.json} beside it describing the batch: each file with its
 * sha256 and standards or error, the flags by code, and the versions of determina, of the canonical schema
 * and of the database schema (null without a database). Both files are written atomically.
 */
public final class NdjsonExport {

    /** One input of the batch: its standards, or the code and message it failed with. */
    public record Entry(String file, @Nullable String sha256, List<CanonicalStandard> standards,
                        @Nullable String errorCode, @Nullable String errorMessage) {

        public Entry {
            Objects.requireNonNull(file, "file");
            standards = List.copyOf(standards);
        }
    }

    public static final String MANIFEST = "manifest.json";

    private final StandardJson json;
    private final ObjectMapper compact = new ObjectMapper().enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    private final ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;

    public NdjsonExport(StandardJson json, Clock clock) {
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes {@code entries} to {@code ndjson} and the manifest to {@code manifest.json} in the same folder.
     *
     * @throws InvalidOutputException when a standard breaks the schema (nothing is written)
     * @throws IOException when a file cannot be written
     */
    public void write(List<Entry> entries, Path ndjson, String determinaVersion, @Nullable String databaseSchema)
            throws IOException, InvalidOutputException {
        AtomicFile.write(ndjson, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            for (Entry e : entries) {
                for (CanonicalStandard s : e.standards()) {
                    out.write(compact.writeValueAsString(json.validTree(s)));
                    out.write('\n');
                }
            }
            out.flush();
        });
        Path dir = Objects.requireNonNull(ndjson.toAbsolutePath().getParent(), "a file has a folder");
        json.writeTree(manifest(entries, ndjson, determinaVersion, databaseSchema), dir.resolve(MANIFEST));
    }

    private ObjectNode manifest(List<Entry> entries, Path ndjson, String determinaVersion, @Nullable String databaseSchema) {
        ObjectNode m = pretty.createObjectNode();
        m.put("ndjson", ndjson.getFileName().toString());
        m.put("created", clock.instant().toString());
        ObjectNode versions = m.putObject("versions");
        versions.put("determina", determinaVersion);
        versions.put("schema", CanonicalStandard.SCHEMA_VERSION);
        versions.put("database", databaseSchema);
        ArrayNode files = m.putArray("files");
        ArrayNode errors = pretty.createArrayNode();
        Map<String, Integer> flagsByCode = new TreeMap<>();
        int standards = 0;
        for (Entry e : entries) {
            ObjectNode f = files.addObject();
            f.put("file", e.file());
            f.put("sha256", e.sha256());
            f.put("standards", e.standards().size());
            f.put("error", e.errorCode());
            standards += e.standards().size();
            for (CanonicalStandard s : e.standards()) {
                for (Flag flag : s.flags()) {
                    flagsByCode.merge(flag.code().name(), 1, Integer::sum);
                }
            }
            if (e.errorCode() != null) {
                errors.addObject().put("file", e.file()).put("code", e.errorCode()).put("message", e.errorMessage());
            }
        }
        m.put("standards", standards);
        ObjectNode flags = m.putObject("flagsByCode");
        flagsByCode.forEach(flags::put);
        m.set("errors", errors);
        return m;
    }
}
