package it.determina.camel;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * The drop folder's poll strategy ({@code pollStrategy=#dropFolderPolls}): notes when each poll begins and
 * ends, so health can tell a poller that stopped polling (issue 12, finding 8: its scheduler was killed
 * while the process stayed up) from one that is busy. Failed polls are left to Camel's default handling
 * (logged, tried again on the next poll). Thread-safe.
 */
public final class PollWatch implements PollingConsumerPollStrategy {

    private final Clock clock;
    private volatile long lastEnded;
    private volatile boolean polling;

    public PollWatch(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastEnded = clock.millis();
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        polling = true;
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        ended();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        ended();
        return false;
    }

    private void ended() {
        lastEnded = clock.millis();
        polling = false;
    }

    /** How long since a poll last ended, when none is running now; zero while one runs. */
    public Duration idle() {
        return polling ? Duration.ZERO : Duration.ofMillis(clock.millis() - lastEnded);
    }
}
