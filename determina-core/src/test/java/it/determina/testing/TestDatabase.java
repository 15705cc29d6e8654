package it.determina.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the real PostgreSQL for one test class or run (never H2, never a mock), created
 * empty and dropped on close, so tests and reruns never see each other's rows. The server is
 * {@code DETERMINA_TEST_PG} (a JDBC URL to an existing database), by default the local one with trust
 * authentication: {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String SERVER = System.getenv().getOrDefault("DETERMINA_TEST_PG",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Creates {@code determina_<purpose>_<random>}. */
    public static TestDatabase create(String purpose) throws SQLException {
        String name = "determina_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return new TestDatabase(name);
    }

    /** The JDBC URL of this database, with the server's parameters. */
    public String url() {
        int q = SERVER.indexOf('?');
        String base = q < 0 ? SERVER : SERVER.substring(0, q);
        String params = q < 0 ? "" : SERVER.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
