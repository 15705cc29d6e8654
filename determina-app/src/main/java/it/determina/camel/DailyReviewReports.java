package it.determina.camel;

import it.determina.report.FileResult;
import it.determina.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The review report of the drop folder, one batch per day: {@code output/reports/YYYY-MM-DD.html} is
 * rewritten after every file with all the files of the day seen by this process. A file's section,
 * page pictures included, is drawn once while the file is still at hand. Thread-safe.
 */
public final class DailyReviewReports {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DailyReviewReports.class);

    private final Path dir;
    private final Clock clock;
    private final ReportWriter writer = new ReportWriter();
    private final Map<FileResult, String> sections = new IdentityHashMap<>();
    private final List<FileResult> results = new ArrayList<>();
    private @Nullable LocalDate day;
    private long millis;

    public DailyReviewReports(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds one file's outcome; a report that cannot be written is logged, never fails the file. The page
     * pictures are drawn here, in the service's own JVM: a picture too large for its heap is given up (the
     * one allocation that failed is released) rather than letting the error stop the route's thread.
     */
    public void addQuietly(FileResult result) {
        try {
            add(result);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.warn("{}: the review report could not be updated ({})", it.determina.SafeText.of(result.fileName()), e.toString());
        }
    }

    /** Adds one file's outcome and rewrites the day's report. */
    public synchronized void add(FileResult result) throws IOException {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            results.clear();
            sections.clear();
            millis = 0;
        }
        if (!result.failed()) {
            sections.put(result, writer.section(result));
        }
        results.add(result);
        millis += result.millis();
        writer.write(List.copyOf(results), millis / 1000.0, dir.resolve(day + ".html"),
                r -> sections.getOrDefault(r, ""));
    }
}
