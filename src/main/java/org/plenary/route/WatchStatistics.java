package org.plenary.route;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the watcher did since it started; logged as one summary line when Camel stops, and counted as metrics when served. */
public final class WatchStatistics implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(WatchStatistics.class);

    private final AtomicInteger converted = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger postponed = new AtomicInteger();
    private long startedNanos = System.nanoTime();

    /** The counts as Prometheus' plenary_documents_total{outcome="converted|failed|unchanged|postponed"}. */
    public void bindTo(MeterRegistry registry) {
        java.util.Map.of("converted", converted, "failed", failed, "unchanged", unchanged, "postponed", postponed)
                .forEach((outcome, count) -> FunctionCounter.builder("plenary.documents", count, AtomicInteger::get)
                        .description("Documents the watcher handled since it started, by outcome "
                                + "(unchanged: re-dropped with the same bytes; postponed: outputs could not be written)")
                        .tag("outcome", outcome).register(registry));
    }

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
