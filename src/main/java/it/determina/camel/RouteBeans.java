package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.determina.Limits;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.output.StandardJson;
import it.determina.output.StandardStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/** The beans the routes call, built from the folders and sources named in application.properties. */
public class RouteBeans implements CamelConfiguration {

    @PropertyInject("determina.output")
    private String output;

    @PropertyInject("determina.failed")
    private String failed;

    @PropertyInject("determina.inbox")
    private String inbox;

    @PropertyInject("determina.state")
    private String state;

    @PropertyInject("determina.import.http.url")
    private String importPage;

    @PropertyInject("determina.import.ftp.uri")
    private String remoteFolder;

    @BindToRegistry("processedFiles")
    public ProcessedLedger processedFiles() {
        return new ProcessedLedger(Path.of(state, "processed-sha256.txt"));
    }

    @BindToRegistry("importedFiles")
    public FileIdempotentRepository importedFiles() {
        return (FileIdempotentRepository) FileIdempotentRepository.fileIdempotentRepository(
                Path.of(state, "imported-ftp.txt").toFile(), 100_000);
    }

    private BatchReports reports;

    @PropertyInject("determina.max-size-mb")
    private long maxSizeMb;

    @PropertyInject("determina.max-pages")
    private int maxPages;

    @PropertyInject("determina.timeout-seconds")
    private long timeoutSeconds;

    @BindToRegistry("dropFolder")
    public DropFolder dropFolder(CamelContext context) {
        StandardStore store = new StandardStore(Path.of(output), new StandardJson(), Clock.systemUTC());
        Limits limits = new Limits(maxSizeMb * 1024 * 1024, maxPages, java.time.Duration.ofSeconds(timeoutSeconds));
        return new DropFolder(new Pipeline(FamilyRegistry.standard(), limits), store, metrics(context), reports());
    }

    @BindToRegistry("failures")
    public FailedFiles failures(CamelContext context) {
        return new FailedFiles(Path.of(failed), new StandardJson(), metrics(context), reports());
    }

    /** The one daily report both the drop folder and the failures write to. */
    private synchronized BatchReports reports() {
        if (reports == null) {
            reports = new BatchReports(Path.of(output, "reports"), Clock.systemDefaultZone());
        }
        return reports;
    }

    /** Camel's Prometheus registry when metrics are on, so /observe/metrics shows determina's counters too. */
    private static MeterRegistry metrics(CamelContext context) {
        MeterRegistry found = context.getRegistry().findSingleByType(MeterRegistry.class);
        return found == null ? new SimpleMeterRegistry() : found;
    }

    @BindToRegistry("remoteFolder")
    public RemoteFolderImporter remoteFolder(CamelContext context) {
        String idempotent = (remoteFolder.contains("?") ? "&" : "?") + "idempotent=true&idempotentRepository=#importedFiles";
        return new RemoteFolderImporter(context, remoteFolder + idempotent, Path.of(inbox));
    }

    @BindToRegistry("webImporter")
    public WebImporter webImporter() {
        return new WebImporter(URI.create(importPage), Path.of(inbox), Path.of(state, "imported-http.txt"));
    }
}
