package org.plenary.route;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the watcher did since it started; logged as one summary line when Camel stops. */
public final class WatchStatistics implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(WatchStatistics.class);

    private final AtomicInteger converted = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger postponed = new AtomicInteger();
    private long startedNanos = System.nanoTime();

    public void converted() { converted.incrementAndGet(); }
    public void failed() { failed.incrementAndGet(); }
    public void unchanged() { unchanged.incrementAndGet(); }
    public void postponed() { postponed.incrementAndGet(); }

    public String summary() {
        Duration up = Duration.ofNanos(System.nanoTime() - startedNanos);
        return String.format("watched for %ds: %d converted, %d failed, %d unchanged re-drops skipped, %d postponed for lack of output",
                up.toSeconds(), converted.get(), failed.get(), unchanged.get(), postponed.get());
    }

    @Override
    public void start() {
        startedNanos = System.nanoTime();
    }

    @Override
    public void stop() {
        LOG.info("stopped; {}", summary());
    }
}
