package it.determina.camel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The service's own health check, {@code determina} in {@code /observe/health} (issue 12, deliverable 4):
 * DOWN, with the reasons in the detail {@code reason}, when the drop folder is not running or has not
 * polled for {@code stallAfter}, when a running import's scheduler let its trigger pass by more than
 * {@code stallAfter} without firing (the scheduler is dead or stopped), when an enabled import failed
 * {@code failingRuns} runs in a row, or when the worker pool had to kill more than {@code maxKills}
 * workers in its recent window. The number of
 * current reasons is the gauge {@code determina.health.problems}. Camel's own checks (routes, consumers)
 * stay as they are.
 */
public final class ServiceHealth extends AbstractHealthCheck {

    private static final String DROP_FOLDER = "drop-folder";
    /** The import routes and their Quartz triggers (routes/import.camel.yaml: quartz:determina/NAME). */
    private static final Map<String, String> IMPORT_TRIGGERS = Map.of("import-ftp", "ftp-import", "import-http", "http-import");

    private final PollWatch polls;
    private final List<ImportRuns> imports;
    private final WorkerKills kills;
    private final Duration stallAfter;
    private final int failingRuns;

    public ServiceHealth(PollWatch polls, List<ImportRuns> imports, WorkerKills kills, Duration stallAfter, int failingRuns,
                         MeterRegistry metrics) {
        super("determina", "determina");
        this.polls = Objects.requireNonNull(polls, "polls");
        this.imports = List.copyOf(imports);
        this.kills = Objects.requireNonNull(kills, "kills");
        this.stallAfter = Objects.requireNonNull(stallAfter, "stallAfter");
        this.failingRuns = failingRuns;
        Gauge.builder("determina.health.problems", this, h -> h.reasons().size()).register(metrics);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> reasons = reasons();
        builder.detail("reason", reasons.isEmpty() ? "ok" : String.join("; ", reasons));
        if (reasons.isEmpty()) {
            builder.up();
        } else {
            builder.message(String.join("; ", reasons)).down();
        }
    }

    /** What is wrong now, one sentence each; empty when all is well. */
    public List<String> reasons() {
        List<String> out = new ArrayList<>();
        if (getCamelContext() != null) {
            Route route = getCamelContext().getRoute(DROP_FOLDER);
            ServiceStatus status = route == null ? null : getCamelContext().getRouteController().getRouteStatus(DROP_FOLDER);
            if (status != ServiceStatus.Started) {
                out.add("the drop folder is not running (" + status + ")");
            } else if (polls.idle().compareTo(stallAfter) > 0) {
                out.add("the drop folder has not polled the inbox for " + polls.idle().toSeconds() + " s");
            }
        }
        if (getCamelContext() != null) {
            out.addAll(overdueTriggers());
        }
        for (ImportRuns runs : imports) {
            if (runs.failingRuns() >= failingRuns) {
                out.add("import " + runs.source() + " failed " + runs.failingRuns() + " runs in a row: " + runs.lastError());
            }
        }
        String workers = kills.problem();
        if (workers != null) {
            out.add(workers);
        }
        return out;
    }

    /** Import routes running whose trigger should have fired more than {@code stallAfter} ago. */
    private List<String> overdueTriggers() {
        List<String> out = new ArrayList<>();
        org.apache.camel.component.quartz.QuartzComponent quartz =
                getCamelContext().hasComponent("quartz") instanceof org.apache.camel.component.quartz.QuartzComponent q ? q : null;
        if (quartz == null || quartz.getScheduler() == null) {
            return out;
        }
        IMPORT_TRIGGERS.forEach((route, trigger) -> {
            if (getCamelContext().getRouteController().getRouteStatus(route) != ServiceStatus.Started) {
                return;
            }
            try {
                org.quartz.Trigger t = quartz.getScheduler().getTrigger(org.quartz.TriggerKey.triggerKey(trigger, "determina"));
                java.util.Date next = t == null ? null : t.getNextFireTime();
                if (next != null && System.currentTimeMillis() - next.getTime() > stallAfter.toMillis()) {
                    out.add(route + " has not run since " + next.toInstant() + " (its scheduler is not firing)");
                }
            } catch (org.quartz.SchedulerException e) {
                out.add(route + ": its scheduler cannot be read (" + e.getMessage() + ")");
            }
        });
        return out;
    }
}
