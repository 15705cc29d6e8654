package it.determina;

import it.determina.model.CanonicalStandard;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one document file into its standards: in this process ({@link Pipeline}) or in a pool of child
 * processes ({@code it.determina.worker.WorkerPool}, issue 12, deliverable 3).
 */
public interface DocumentReader {

    /**
     * The standards in {@code file}, in document order, flags included.
     *
     * @throws IngestException with a stable code (see {@link it.determina.model.ErrorCode}) when the file cannot be processed
     */
    List<CanonicalStandard> ingest(Path file) throws IngestException;
}
