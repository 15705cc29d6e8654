package it.determina.camel.queue;

import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.output.StandardJson;
import it.determina.output.db.Database;
import it.determina.output.db.DatabaseException;
import it.determina.output.db.DatabaseSink;
import it.determina.output.db.StoredFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.retry.ImmediateRequeueMessageRecoverer;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;

/**
 * The beans of the database route and of the scanner and worker roles, from the {@code determina.db.*} and
 * {@code determina.broker.*} properties. All are made on first use, so {@code run} without a database or a
 * broker never connects to one.
 */
public class QueueBeans implements CamelConfiguration {

    @PropertyInject("determina.db.url")
    private String databaseUrl;

    @PropertyInject("determina.broker.uri")
    private String brokerUri;

    @PropertyInject("determina.broker.consumers")
    private int consumers;

    @PropertyInject("determina.state")
    private String state;

    @PropertyInject("determina.max-size-mb")
    private long maxSizeMb;

    @PropertyInject("determina.max-pages")
    private int maxPages;

    @PropertyInject("determina.timeout-seconds")
    private long timeoutSeconds;

    /** The registry name of the pooled PostgreSQL {@link DataSource} (made on first use). */
    public static final String DATA_SOURCE = "determinaDataSource";

    private @Nullable Database database;

    /** The pool of {@code determina.db.url}, for the imports' JDBC idempotent repositories. */
    @BindToRegistry(value = DATA_SOURCE, lazy = true)
    public DataSource dataSource() throws DatabaseException {
        return database().dataSource();
    }

    /** The connection to RabbitMQ; publishes wait for the broker's confirm, so a file is archived only once queued. */
    @BindToRegistry(value = "rabbitConnectionFactory", lazy = true, destroyMethod = "destroy")
    public CachingConnectionFactory rabbitConnectionFactory() {
        CachingConnectionFactory factory = new CachingConnectionFactory(URI.create(brokerUri));
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        return factory;
    }

    /**
     * What a worker does when converting a work item throws (the database refused the commit): one try,
     * then the message goes back to the queue, which counts the delivery towards the dead-letter limit.
     * Spring's default would drop it.
     */
    @BindToRegistry(value = "requeueOnFailure", lazy = true)
    public RetryOperationsInterceptor requeueOnFailure() {
        return RetryInterceptorBuilder.stateless().maxAttempts(1).recoverer(new ImmediateRequeueMessageRecoverer()).build();
    }

    /** The contents the scanners have published, shared by every scanner through PostgreSQL. */
    @BindToRegistry(value = "scannedFiles", lazy = true)
    public JdbcMessageIdRepository scannedFiles() throws DatabaseException {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database().dataSource(), "determina-scanner");
        repository.setCreateTableIfNotExists(false);
        return repository;
    }

    /** The output files the database route of run has written to the database (name, time and size). */
    @BindToRegistry(value = "databaseFiles", lazy = true)
    public JdbcMessageIdRepository databaseFiles() throws DatabaseException {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database().dataSource(), "determina-database-outbox");
        repository.setCreateTableIfNotExists(false);
        return repository;
    }

    @BindToRegistry(value = "scanner", lazy = true)
    public Scanner scanner() throws DatabaseException {
        return new Scanner(new StoredFiles(database().dataSource(), Clock.systemUTC()));
    }

    @BindToRegistry(value = "worker", lazy = true)
    public Worker worker() throws DatabaseException {
        Limits limits = new Limits(maxSizeMb * 1024 * 1024, maxPages, Duration.ofSeconds(timeoutSeconds));
        return new Worker(new Pipeline(FamilyRegistry.standard(), limits), sink(),
                new StoredFiles(database().dataSource(), Clock.systemUTC()), Path.of(state, "work"));
    }

    @BindToRegistry(value = "databaseOutbox", lazy = true)
    public DatabaseOutbox databaseOutbox() throws DatabaseException {
        return new DatabaseOutbox(sink());
    }

    private DatabaseSink sink() throws DatabaseException {
        return new DatabaseSink(database().dataSource(), new StandardJson(), Clock.systemUTC());
    }

    /** The one pool of this process, its schema migrated on first use. */
    private synchronized Database database() throws DatabaseException {
        if (database == null) {
            database = Database.open(databaseUrl, consumers + 3);
        }
        return database;
    }
}
