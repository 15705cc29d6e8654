package it.determina.output;

import com.fasterxml.jackson.databind.JsonNode;
import it.determina.model.CanonicalStandard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The output folder of unattended runs: {@code by-file/NAME.json} (the whole file's array) and
 * {@code standards/<id>.json} (the current version of each standard). A new version of a standard
 * replaces the current one, which is kept under {@code history/<id>/}. Every write is atomic.
 * Safe for concurrent use: writes of one standard id are serialised.
 */
public final class StandardStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final StandardJson json;
    private final Clock clock;

    public StandardStore(Path root, StandardJson json, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the standards of input {@code baseName}; every document is validated before anything is written.
     *
     * @throws InvalidOutputException when a document breaks the schema (a bug); nothing is written then
     * @throws DeliveryException when the output folder cannot be written (transient: retry)
     */
    public void deliver(String baseName, List<CanonicalStandard> standards) throws DeliveryException, InvalidOutputException {
        List<JsonNode> trees = new java.util.ArrayList<>();
        for (CanonicalStandard s : standards) {
            trees.add(json.validTree(s));
        }
        try {
            json.write(standards, root.resolve("by-file").resolve(baseName + ".json"));
            for (int i = 0; i < standards.size(); i++) {
                store(standards.get(i).id(), trees.get(i));
            }
        } catch (IOException e) {
            throw new DeliveryException("cannot write the output of " + baseName + " under " + root + ": " + e, e);
        }
    }

    private void store(String id, JsonNode tree) throws IOException {
        Path current = root.resolve("standards").resolve(id + ".json");
        synchronized (id.intern()) {
            if (Files.exists(current)) {
                JsonNode previous = json.read(current);
                if (previous.equals(tree)) {
                    return;
                }
                Path history = Files.createDirectories(root.resolve("history").resolve(id));
                Files.move(current, history.resolve(STAMP.format(clock.instant()) + ".json"), StandardCopyOption.ATOMIC_MOVE);
            }
            json.writeTree(tree, current);
        }
    }
}
