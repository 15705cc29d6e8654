package it.determina.output;

import com.fasterxml.jackson.databind.JsonNode;
import it.determina.model.CanonicalStandard;
import it.determina.normalize.StandardIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The output folder of unattended runs: {@code by-file/NAME.json} (the whole file's array) and
 * {@code standards/<id>.json} (the current version of each standard). A new version of a standard
 * replaces the current one, which is kept under {@code history/<id>/}. Every write is atomic.
 *
 * <p>Which standard is a new version, and which only meets another on its id, follows issue 11, item 3
 * ("Ids that cannot collide silently") and the rule written in {@link StandardIds}. A standard whose id is
 * held, in the store or earlier in the same delivery, replaces the holder only when it is the same
 * standard: the same part of the same file (same sha256, annex and first page: the file read again), or,
 * from another file, when both ids are the contract's id made from a title that names the standard
 * (same region, kind and title: another determination of it). Otherwise it is a different standard and
 * takes the first of {@link StandardIds#fromSource} that is free or holds that same part, flagged
 * {@code ID_COLLISION}; the by-file array carries the id given. A standard whose id was made from its
 * source is therefore never replaced by another file.
 *
 * <p>Safe for concurrent use: deliveries are serialised, so an id is never placed twice at once.
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
     * Writes the standards of input {@code baseName}, each under the id it is given here; every document
     * is placed and validated before anything is written.
     *
     * @return the standards as delivered: those that met a different standard on their id carry another id
     * @throws IdCollisionException when a standard can take no id (nothing is written then)
     * @throws InvalidOutputException when a document breaks the schema (a bug); nothing is written then
     * @throws DeliveryException when the output folder cannot be written (transient: retry)
     */
    public synchronized List<CanonicalStandard> deliver(String baseName, List<CanonicalStandard> standards)
            throws DeliveryException, InvalidOutputException, IdCollisionException {
        try {
            List<CanonicalStandard> placed = place(standards);
            List<JsonNode> trees = new ArrayList<>();
            for (CanonicalStandard s : placed) {
                trees.add(json.validTree(s));
            }
            for (int i = 0; i < placed.size(); i++) {
                store(placed.get(i).id(), trees.get(i));
            }
            // the file's array last: once it is there, every standard of the file is in place
            json.write(placed, root.resolve("by-file").resolve(baseName + ".json"));
            return placed;
        } catch (IOException e) {
            throw new DeliveryException("cannot write the output of " + baseName + " under " + root + ": " + e, e);
        }
    }

    private List<CanonicalStandard> place(List<CanonicalStandard> standards) throws IOException, IdCollisionException {
        Map<String, Holder> delivered = new HashMap<>();
        List<CanonicalStandard> out = new ArrayList<>();
        for (CanonicalStandard s : standards) {
            CanonicalStandard placed = place(s, delivered);
            delivered.put(placed.id(), Holder.of(placed));
            out.add(placed);
        }
        return List.copyOf(out);
    }

    private CanonicalStandard place(CanonicalStandard s, Map<String, Holder> delivered) throws IOException, IdCollisionException {
        Holder incoming = Holder.of(s);
        Holder holder = holder(s.id(), delivered);
        if (holder == null || holder.isSameStandardAs(incoming)) {
            return s;
        }
        for (String id : StandardIds.fromSource(s)) {
            Holder there = holder(id, delivered);
            if (there == null || there.isSamePartAs(incoming)) {
                return StandardIds.renamed(s, id, "another standard (" + holder.describe() + ")");
            }
        }
        throw new IdCollisionException(incoming.describe() + ": the id " + s.id()
                + " and every id made from its source are held by different standards; not stored");
    }

    private @Nullable Holder holder(String id, Map<String, Holder> delivered) throws IOException {
        Holder now = delivered.get(id);
        if (now != null) {
            return now;
        }
        Path current = current(id);
        return Files.exists(current) ? Holder.of(json.read(current)) : null;
    }

    private Path current(String id) {
        return root.resolve("standards").resolve(id + ".json");
    }

    private void store(String id, JsonNode tree) throws IOException {
        Path current = current(id);
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

    /** What tells a standard apart: its id, what the contract's id is made of, and where it sits. */
    private record Holder(String id, @Nullable String region, String kind, String title, String file,
                          @Nullable String sha256, @Nullable String annex, int pageStart, int pageEnd) {

        static Holder of(CanonicalStandard s) {
            return new Holder(s.id(), s.region(), s.kind().toString(), s.title(), s.source().file(),
                    s.source().sha256(), s.source().annex(), s.source().pageStart(), s.source().pageEnd());
        }

        static Holder of(JsonNode tree) {
            JsonNode src = tree.path("source");
            return new Holder(tree.path("id").asText(), text(tree.path("region")), tree.path("kind").asText(),
                    tree.path("title").asText(), src.path("file").asText(), text(src.path("sha256")),
                    text(src.path("annex")), src.path("pageStart").asInt(), src.path("pageEnd").asInt());
        }

        private static @Nullable String text(JsonNode node) {
            return node.isTextual() ? node.asText() : null;
        }

        boolean isSamePartAs(Holder other) {
            return Objects.equals(sha256, other.sha256) && Objects.equals(annex, other.annex) && pageStart == other.pageStart;
        }

        /** The same part of one file, or another file's version of a standard both name by its title. */
        boolean isSameStandardAs(Holder other) {
            if (Objects.equals(sha256, other.sha256)) {
                return isSamePartAs(other);
            }
            return isNamedByTitle() && other.isNamedByTitle();
        }

        private boolean isNamedByTitle() {
            return id.equals(StandardIds.of(region, kind, title)) && StandardIds.doubt(title) == null;
        }

        String describe() {
            return "file " + file + ", " + StandardIds.place(annex, pageStart, pageEnd);
        }
    }
}
