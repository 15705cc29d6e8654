package it.determina.output.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.determina.model.CanonicalStandard;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.StandardJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes the outcome of one input document to PostgreSQL in one transaction: its standards upserted by
 * id (JSONB plus {@link StandardColumns}), a version row for each standard that changed, the flags of the
 * current version, and the document row ({@code ok} or {@code failed}, with its failure). A crash never
 * leaves half a document.
 *
 * <p>Idempotent: a standard whose JSON equals its current version, or a version that the same content
 * brought before, makes no new version, so the same input twice adds nothing, whatever came between. Writers of the same content are serialised by an advisory lock on its sha256, and
 * writers of the same standard by its row lock, so any number of processes may write at once.
 * Thread-safe.
 */
public final class DatabaseSink {

    /** More SQL to run in the document's transaction (e.g. removing the stored input); none by default. */
    @FunctionalInterface
    public interface SameTransaction {
        SameTransaction NONE = connection -> { };

        void run(Connection connection) throws SQLException;
    }

    /** What a delivery changed: how many standards it brought and how many of them got a new version. */
    public record Delivered(int standards, int newVersions) {
    }

    private final DataSource dataSource;
    private final StandardJson json;
    private final Clock clock;
    private final ObjectMapper compact = new ObjectMapper().enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

    public DatabaseSink(DataSource dataSource, StandardJson json, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the standards found in {@code file} (content {@code sha256}), and clears an earlier failure
     * of that content.
     *
     * @throws InvalidOutputException when a standard breaks the schema (nothing is written)
     * @throws DeliveryException when the database cannot be written (nothing is written; retry)
     */
    public Delivered deliver(String file, String sha256, List<CanonicalStandard> standards, SameTransaction also)
            throws InvalidOutputException, DeliveryException {
        List<JsonNode> trees = new ArrayList<>();
        for (CanonicalStandard s : standards) {
            trees.add(json.validTree(s));
        }
        return deliverTrees(file, sha256, trees, also);
    }

    /**
     * Writes standards given as their JSON trees (as {@code by-file/NAME.json} holds them), each checked
     * against the schema first.
     *
     * @throws InvalidOutputException when a standard breaks the schema (nothing is written)
     * @throws DeliveryException when the database cannot be written (nothing is written; retry)
     */
    public Delivered deliverTrees(String file, String sha256, List<JsonNode> standards, SameTransaction also)
            throws InvalidOutputException, DeliveryException {
        for (JsonNode s : standards) {
            java.util.Set<String> errors = json.violations(s);
            if (!errors.isEmpty()) {
                throw new InvalidOutputException(s.path("id").asText() + " breaks the schema: " + errors);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return inTransaction(c, () -> {
                lock(c, sha256, 0);
                for (String id : new java.util.TreeSet<>(standards.stream().map(s -> s.path("id").asText()).toList())) {
                    lock(c, id, 1);
                }
                int changed = 0;
                for (JsonNode s : standards) {
                    changed += upsert(c, s, file, sha256) ? 1 : 0;
                }
                document(c, sha256, file, "ok", standards.size());
                update(c, "delete from failure where sha256 = ?", sha256);
                also.run(c);
                return new Delivered(standards.size(), changed);
            });
        } catch (SQLException e) {
            throw new DeliveryException("cannot write the standards of " + file + " to the database: " + e.getMessage(), e);
        }
    }

    /**
     * Records that {@code file} failed with {@code code}; the same content failing again replaces its
     * failure, so it stays one row. {@code sha256} is null when the file could not even be read.
     *
     * @throws DeliveryException when the database cannot be written
     */
    public void fail(String file, @Nullable String sha256, String code, String message, SameTransaction also)
            throws DeliveryException {
        try (Connection c = dataSource.getConnection()) {
            inTransaction(c, () -> {
                if (sha256 != null) {
                    lock(c, sha256, 0);
                    document(c, sha256, file, "failed", 0);
                }
                try (PreparedStatement st = c.prepareStatement("insert into failure (sha256, file, code, message, failed_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (sha256) do update set file = excluded.file,"
                        + " code = excluded.code, message = excluded.message, failed_at = excluded.failed_at")) {
                    st.setString(1, sha256);
                    st.setString(2, file);
                    st.setString(3, code);
                    st.setString(4, message);
                    st.setTimestamp(5, now());
                    st.executeUpdate();
                }
                also.run(c);
                return Boolean.TRUE;
            });
        } catch (SQLException e) {
            throw new DeliveryException("cannot record the failure of " + file + " in the database: " + e.getMessage(), e);
        }
    }

    /** Whether content {@code sha256} was processed already (its standards or its failure are in place). */
    public boolean isDone(String sha256) throws DeliveryException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select 1 from document where sha256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new DeliveryException("cannot read the database: " + e.getMessage(), e);
        }
    }

    /** Upserts one standard; false when its current version is the same JSON (nothing written). */
    private boolean upsert(Connection c, JsonNode s, String file, String sha256) throws SQLException {
        String id = s.path("id").asText();
        String document = text(s);
        if (isRecorded(c, id, sha256, document)) {
            return false;
        }
        Integer version = null;
        try (PreparedStatement st = c.prepareStatement(
                "select version, document = ?::jsonb from standard where id = ? for update")) {
            st.setString(1, document);
            st.setString(2, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    if (rs.getBoolean(2)) {
                        return false;
                    }
                    version = rs.getInt(1);
                }
            }
        }
        int next = version == null ? 1 : version + 1;
        StandardColumns.of(s, file, sha256).write(c, next, now(), document);
        try (PreparedStatement st = c.prepareStatement("insert into standard_version"
                + " (standard_id, version, source_file, source_sha256, recorded_at, document) values (?, ?, ?, ?, ?, ?::jsonb)")) {
            st.setString(1, id);
            st.setInt(2, next);
            st.setString(3, file);
            st.setString(4, sha256);
            st.setTimestamp(5, now());
            st.setString(6, document);
            st.executeUpdate();
        }
        flags(c, id, s.path("flags"));
        return true;
    }

    /** Whether this content already brought this very JSON for {@code id}, current or not: nothing new then. */
    private static boolean isRecorded(Connection c, String id, String sha256, String document) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from standard_version"
                + " where standard_id = ? and source_sha256 = ? and document = ?::jsonb")) {
            st.setString(1, id);
            st.setString(2, sha256);
            st.setString(3, document);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void flags(Connection c, String id, JsonNode flags) throws SQLException {
        update(c, "delete from flag where standard_id = ?", id);
        try (PreparedStatement st = c.prepareStatement("insert into flag"
                + " (standard_id, ordinal, code, severity, field, page, message) values (?, ?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (JsonNode f : flags) {
                st.setString(1, id);
                st.setInt(2, ++ordinal);
                st.setString(3, f.path("code").asText());
                st.setString(4, f.path("severity").asText());
                st.setString(5, f.path("field").asText());
                st.setObject(6, f.path("page").isInt() ? f.path("page").asInt() : null);
                st.setString(7, f.path("message").asText());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void document(Connection c, String sha256, String file, String status, int standards) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into document (sha256, file, status, standards, processed_at)"
                + " values (?, ?, ?, ?, ?) on conflict (sha256) do update set file = excluded.file, status = excluded.status,"
                + " standards = excluded.standards, processed_at = excluded.processed_at")) {
            st.setString(1, sha256);
            st.setString(2, file);
            st.setString(3, status);
            st.setInt(4, standards);
            st.setTimestamp(5, now());
            st.executeUpdate();
        }
    }

    /**
     * Serialises the writers of one content (space 0) or one standard id (space 1) until the transaction
     * ends; ids are locked in sorted order, so two documents sharing ids cannot deadlock.
     */
    private static void lock(Connection c, String key, int space) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, ?))")) {
            st.setString(1, key);
            st.setLong(2, space);
            st.execute();
        }
    }

    private static void update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            st.executeUpdate();
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private String text(JsonNode tree) {
        try {
            return compact.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
