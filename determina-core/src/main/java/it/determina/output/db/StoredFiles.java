package it.determina.output.db;

import it.determina.output.DeliveryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * The storage the scanner and the workers share: each file taken in, by content (sha256), as a PostgreSQL
 * large object with its name in table {@code stored_file}. Every node already reaches the database, so a
 * worker machine needs no shared mount; the bytes and their row are committed together, so a work item
 * never points to half a file. Thread-safe.
 */
public final class StoredFiles {

    private final DataSource dataSource;
    private final Clock clock;

    public StoredFiles(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores {@code file} under {@code sha256}, unless that content is stored already.
     *
     * @throws DeliveryException when the file cannot be read or the database written (nothing is stored)
     */
    public void store(Path file, String sha256) throws DeliveryException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lock(c, sha256);
                if (!isStored(c, sha256)) {
                    insert(c, file, sha256);
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new DeliveryException("cannot store " + file.getFileName() + " in the database: " + e.getMessage(), e);
        }
    }

    /**
     * Copies the content {@code sha256} to {@code target}; empty when it is not stored (processed and
     * removed already).
     *
     * @throws DeliveryException when the database or the target cannot be read or written
     */
    public Optional<Path> fetch(String sha256, Path target) throws DeliveryException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("select content from stored_file where sha256 = ?")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    LargeObject lo = largeObjects(c).open(rs.getLong(1), LargeObjectManager.READ);
                    try (InputStream in = lo.getInputStream()) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        lo.close();
                    }
                }
                return Optional.of(target);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new DeliveryException("cannot fetch " + sha256 + " from the database: " + e.getMessage(), e);
        }
    }

    /** Removes the content {@code sha256} in the caller's transaction (e.g. the one writing its output). */
    public static void remove(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("with gone as (delete from stored_file where sha256 = ? returning content)"
                + " select lo_unlink(content) from gone")) {
            st.setString(1, sha256);
            st.execute();
        }
    }

    /** How many files wait for a worker. */
    public long waiting() throws DeliveryException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from stored_file");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DeliveryException("cannot read the database: " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, Path file, String sha256) throws SQLException, IOException {
        LargeObjectManager objects = largeObjects(c);
        long oid = objects.createLO(LargeObjectManager.READWRITE);
        LargeObject lo = objects.open(oid, LargeObjectManager.WRITE);
        long size;
        try (OutputStream out = lo.getOutputStream()) {
            size = Files.copy(file, out);
        } finally {
            lo.close();
        }
        try (PreparedStatement st = c.prepareStatement(
                "insert into stored_file (sha256, file, content, size, stored_at) values (?, ?, ?, ?, ?)")) {
            st.setString(1, sha256);
            st.setString(2, file.getFileName().toString());
            st.setLong(3, oid);
            st.setLong(4, size);
            st.setTimestamp(5, Timestamp.from(clock.instant()));
            st.executeUpdate();
        }
    }

    private static boolean isStored(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from stored_file where sha256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void lock(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 2))")) {
            st.setString(1, sha256);
            st.execute();
        }
    }

    private static LargeObjectManager largeObjects(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getLargeObjectAPI();
    }
}
