package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.determina.DocumentReader;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.camel.queue.QueueBeans;
import it.determina.family.FamilyRegistry;
import it.determina.inbox.InboxWriter;
import it.determina.output.StandardJson;
import it.determina.output.StandardStore;
import it.determina.worker.WorkerPool;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.jspecify.annotations.Nullable;

/** The beans the routes call, built from the folders and sources named in application.properties. */
public class RouteBeans implements CamelConfiguration {

    @PropertyInject("determina.output")
    private String output;

    @PropertyInject("determina.failed")
    private String failed;

    @PropertyInject("determina.archive")
    private String archive;

    @PropertyInject("determina.inbox")
    private String inbox;

    @PropertyInject("determina.state")
    private String state;

    @PropertyInject("determina.work")
    private String work;

    @PropertyInject("determina.import.http.url")
    private String importPage;

    @PropertyInject("determina.import.http.allowed-hosts")
    private String allowedHosts;

    @PropertyInject("determina.db.enabled")
    private boolean databaseEnabled;

    @PropertyInject("determina.import.max-size-mb")
    private long importMaxSizeMb;

    @PropertyInject("determina.incomplete-wait-seconds")
    private long incompleteWaitSeconds;

    @PropertyInject("determina.inbox.grace-seconds")
    private long graceSeconds;

    @PropertyInject("determina.workers")
    private int workers;

    @PropertyInject("determina.worker.isolated")
    private boolean isolated;

    @PropertyInject("determina.worker.heap-mb")
    private int workerHeapMb;

    @PropertyInject("determina.worker.max-documents")
    private int workerMaxDocuments;

    @PropertyInject("determina.health.stall-seconds")
    private long stallSeconds;

    @PropertyInject("determina.health.failing-runs")
    private int failingRuns;

    @PropertyInject("determina.health.max-worker-kills")
    private int maxWorkerKills;

    @PropertyInject("determina.max-size-mb")
    private long maxSizeMb;

    @PropertyInject("determina.max-pages")
    private int maxPages;

    @PropertyInject("determina.timeout-seconds")
    private long timeoutSeconds;

    private @Nullable DailyReviewReports reports;
    private @Nullable InputNames names;
    private @Nullable ImportRuns ftpRuns;
    private @Nullable ImportRuns httpRuns;
    private @Nullable WorkerKills kills;
    private @Nullable ServiceHealth health;
    private final PollWatch polls = new PollWatch(Clock.systemUTC());

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RouteBeans.class);

    /**
     * Logs determina's settings with every credential masked (issue 12, finding 12): Camel's own summary,
     * which printed an FTP address with its password, is off in application.properties.
     */
    @Override
    public void configure(CamelContext context) {
        java.util.Properties all = context.getPropertiesComponent().loadProperties(k -> k.startsWith("determina."));
        new java.util.TreeMap<>(all).forEach((k, v) -> LOG.info("setting {} = {}", k, masked(String.valueOf(k), String.valueOf(v))));
    }

    /** A setting's value as it may be logged: none for a key naming a secret, passwords masked in an address. */
    static String masked(String key, String value) {
        if (key.matches("(?i).*(password|passphrase|secret|token).*")) {
            return "xxxxxx";
        }
        return RemoteFolderImporter.masked(value);
    }

    @BindToRegistry("processedFiles")
    public ProcessedLedger processedFiles() {
        return new ProcessedLedger(Path.of(state, "processed-sha256.txt"));
    }

    /** The FTP import's idempotent repository (started and stopped by its endpoint). */
    @BindToRegistry(value = "importedFiles", lazy = true)
    public IdempotentRepository importedFiles(CamelContext context) {
        return importLedger(context, "ftp");
    }

    @BindToRegistry("inputNames")
    public synchronized InputNames inputNames() {
        if (names == null) {
            names = new InputNames(Path.of(state, "input-names.tsv"), Path.of(archive), Path.of(failed),
                    Path.of(output, "by-file"));
        }
        return names;
    }

    @BindToRegistry("completeFiles")
    public CompleteFiles completeFiles() {
        return new CompleteFiles(Duration.ofSeconds(incompleteWaitSeconds), Clock.systemUTC());
    }

    @BindToRegistry("dropFolderPolls")
    public PollWatch dropFolderPolls() {
        return polls;
    }

    /** Sweeps the inbox; built first thing, it puts back what a stopped process was working on. */
    @BindToRegistry("inboxSweeper")
    public InboxSweeper inboxSweeper(CamelContext context) throws IOException {
        InboxSweeper sweeper = new InboxSweeper(Path.of(inbox), Path.of(work), Path.of(failed), inputNames(),
                inboxWriter(), new StandardJson(), metrics(context), Duration.ofSeconds(graceSeconds), Clock.systemUTC());
        sweeper.recoverWork();
        return sweeper;
    }

    @BindToRegistry("dropFolder")
    public DropFolder dropFolder(CamelContext context) throws Exception {
        StandardStore store = new StandardStore(Path.of(output), new StandardJson(), Clock.systemUTC());
        Limits limits = new Limits(maxSizeMb * 1024 * 1024, maxPages, Duration.ofSeconds(timeoutSeconds));
        DocumentReader reader = new Pipeline(FamilyRegistry.standard(), limits);
        if (isolated) {
            WorkerPool pool = new WorkerPool(Math.max(1, workers), workerHeapMb, workerMaxDocuments, limits,
                    kills(context)::killed);
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    pool.close();
                }
            });
            reader = pool;
        }
        return new DropFolder(reader, store, metrics(context), reports());
    }

    @BindToRegistry("failures")
    public FailedFiles failures(CamelContext context) {
        return new FailedFiles(Path.of(failed), new StandardJson(), metrics(context), reports());
    }

    @BindToRegistry("serviceHealth")
    public synchronized ServiceHealth serviceHealth(CamelContext context) {
        if (health == null) {
            health = new ServiceHealth(polls, importRuns(context), kills(context), Duration.ofSeconds(stallSeconds), failingRuns,
                    metrics(context));
            health.setCamelContext(context);
        }
        return health;
    }

    /** The one daily report both the drop folder and the failures write to. */
    private synchronized DailyReviewReports reports() {
        if (reports == null) {
            reports = new DailyReviewReports(Path.of(output, "reports"), Clock.systemDefaultZone());
        }
        return reports;
    }

    private synchronized WorkerKills kills(CamelContext context) {
        if (kills == null) {
            kills = new WorkerKills(metrics(context), Clock.systemUTC(), Duration.ofMinutes(10), maxWorkerKills);
        }
        return kills;
    }

    private synchronized List<ImportRuns> importRuns(CamelContext context) {
        if (ftpRuns == null) {
            ftpRuns = new ImportRuns("ftp", metrics(context), Clock.systemUTC());
            httpRuns = new ImportRuns("http", metrics(context), Clock.systemUTC());
        }
        return List.of(ftpRuns, httpRuns);
    }

    private InboxWriter inboxWriter() {
        return new InboxWriter(Path.of(inbox), Path.of(state, "partial"), importMaxSizeMb * 1024 * 1024);
    }

    /** Camel's Prometheus registry when metrics are on, so /observe/metrics shows determina's counters too. */
    private static MeterRegistry metrics(CamelContext context) {
        MeterRegistry found = context.getRegistry().findSingleByType(MeterRegistry.class);
        return found == null ? new SimpleMeterRegistry() : found;
    }

    /** The FTP import route's bean, filter and poll strategy. */
    @BindToRegistry("remoteFolder")
    public RemoteFolderImporter remoteFolder(CamelContext context) {
        return new RemoteFolderImporter(inboxWriter(), importRuns(context).get(0));
    }

    @BindToRegistry(value = "webImporter", lazy = true)
    public WebImporter webImporter(CamelContext context) throws Exception {
        Set<String> hosts = Arrays.stream(allowedHosts.split(",")).map(String::trim).filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
        IdempotentRepository links = importLedger(context, "http");
        context.addService(links, true, true);
        return new WebImporter(URI.create(importPage), links, inboxWriter(), hosts, importRuns(context).get(1));
    }

    /**
     * What an import has taken, so that each remote file or link is fetched once: a file under
     * {@code state/} ({@code imported-ftp.txt}, {@code imported-http.txt}: one key a line), or, when the
     * database sink is on ({@code determina.db.enabled}), Camel's JDBC repository in PostgreSQL (processor
     * {@code determina-import-ftp} or {@code determina-import-http}), shared by every service of that database.
     */
    private IdempotentRepository importLedger(CamelContext context, String source) {
        if (databaseEnabled) {
            DataSource database = context.getRegistry().lookupByNameAndType(QueueBeans.DATA_SOURCE, DataSource.class);
            JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database, "determina-import-" + source);
            repository.setCreateTableIfNotExists(false);
            return repository;
        }
        return FileIdempotentRepository.fileIdempotentRepository(Path.of(state, "imported-" + source + ".txt").toFile(), 100_000);
    }
}
