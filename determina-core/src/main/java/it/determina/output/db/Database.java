package it.determina.output.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool of connections to determina's PostgreSQL database, whose schema is brought to the newest
 * migration ({@code classpath:db/migration}) when it opens. Close it to close the pool.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final String schemaVersion;

    private Database(HikariDataSource pool, String schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Connects to {@code jdbcUrl} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) and
     * migrates its schema; several processes may do so at once (Flyway locks the schema history).
     *
     * @param maxConnections the pool's size: one per document written at once, plus one
     * @throws DatabaseException when the database cannot be reached or a migration fails
     */
    public static Database open(String jdbcUrl, int maxConnections) throws DatabaseException {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(Math.max(2, maxConnections));
        config.setPoolName("determina-db");
        config.setAutoCommit(true);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            String version = current == null ? "0" : current.getVersion().getVersion();
            LOG.info("database schema at version {} ({} migration(s) applied now)", version, result.migrationsExecuted);
            return new Database(pool, version);
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseException("cannot migrate the schema of " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The version of the newest migration applied, e.g. "2". */
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        pool.close();
    }
}
