package it.determina.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns canonical documents into JSON, checks them against the shipped JSON Schema (draft 2020-12) and
 * writes files atomically (temporary file, then rename). Thread-safe.
 */
public final class StandardJson {

    public static final String SCHEMA_RESOURCE = "/schema/canonical-standard.schema.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    private final JsonSchema schema;

    public StandardJson() {
        try (InputStream in = StandardJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents as a JSON array tree. */
    public ArrayNode toTree(List<CanonicalStandard> standards) {
        return mapper.valueToTree(standards);
    }

    /** The schema violations of one document; empty when it is valid. */
    public Set<String> violations(JsonNode standard) {
        return schema.validate(standard).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** Validates every document, then writes the array to {@code target}. */
    public void write(List<CanonicalStandard> standards, Path target) throws IOException, InvalidOutputException {
        ArrayNode tree = toTree(standards);
        for (JsonNode node : tree) {
            Set<String> errors = violations(node);
            if (!errors.isEmpty()) {
                throw new InvalidOutputException(node.path("id").asText() + " breaks the schema: " + errors);
            }
        }
        writeAtomically(tree, target);
    }

    /** Validates one document and returns its JSON tree; an invalid document is refused. */
    public JsonNode validTree(CanonicalStandard standard) throws InvalidOutputException {
        JsonNode node = mapper.valueToTree(standard);
        Set<String> errors = violations(node);
        if (!errors.isEmpty()) {
            throw new InvalidOutputException(standard.id() + " breaks the schema: " + errors);
        }
        return node;
    }

    /** Reads a JSON file written by this class. */
    public JsonNode read(Path file) throws IOException {
        return mapper.readTree(file.toFile());
    }

    /** Writes {@code tree} to {@code target} atomically. */
    public void writeTree(JsonNode tree, Path target) throws IOException {
        writeAtomically(tree, target);
    }

    /** Writes a small error record {"file", "error", "message"}. */
    public void writeError(String file, ErrorCode code, String message, Path target) throws IOException {
        Map<String, String> record = new java.util.LinkedHashMap<>();
        record.put("file", file);
        record.put("error", code.name());
        record.put("message", message);
        writeAtomically(mapper.valueToTree(record), target);
    }

    private void writeAtomically(JsonNode tree, Path target) throws IOException {
        AtomicFile.write(target, out -> mapper.writeValue(out, tree));
    }
}
