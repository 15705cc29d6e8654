package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Workers killed by the pool (time or memory exceeded, or crashed), counted in
 * {@code determina.workers.killed{reason}}; more than {@code max} within {@code window} is a health problem
 * (issue 12, deliverable 4: "a worker pool that keeps being killed"). Thread-safe.
 */
public final class WorkerKills {

    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration window;
    private final int max;
    private final Deque<Long> recent = new ArrayDeque<>();

    public WorkerKills(MeterRegistry metrics, Clock clock, Duration window, int max) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        this.max = max;
    }

    /** Notes one worker killed for {@code reason} (TIMEOUT, OUT_OF_MEMORY, WORKER_CRASHED). */
    public synchronized void killed(String reason) {
        metrics.counter("determina.workers.killed", "reason", reason).increment();
        recent.addLast(clock.millis());
        trim();
    }

    /** The problem to report, or null when kills are within bounds. */
    public synchronized @Nullable String problem() {
        trim();
        return recent.size() > max ? recent.size() + " document workers killed in the last " + window.toMinutes()
                + " min (time, memory or crash)" : null;
    }

    private void trim() {
        long oldest = clock.millis() - window.toMillis();
        while (!recent.isEmpty() && recent.peekFirst() < oldest) {
            recent.removeFirst();
        }
    }
}
