package org.plenary.route;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Service;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each document's time budget (plenary.time-budget, in milliseconds; 0 for none), counted from the
 * moment it was read. The stages run on a thread of their own while the worker waits for them at
 * most what is left of the budget; over it, the worker is freed at once with a clear report and the
 * document fails (its original kept in .failed/). The stage's thread is interrupted and its results
 * are dropped: nothing is published for a document over budget. A stage that runs out of memory
 * fails its document the same way, and the watcher goes on.
 */
final class TimeBudget implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(TimeBudget.class);
    static final Duration DEFAULT = Duration.ofSeconds(60);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration budget;
    private ExecutorService stages;

    TimeBudget(Duration budget) {
        this.budget = budget;
    }

    @Override
    public synchronized void start() {
        if (stages == null) {
            stages = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "plenary-stage-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public synchronized void stop() {
        if (stages != null) {
            stages.shutdownNow();
            stages = null;
        }
    }

    /**
     * Runs the stages in turn within what is left of the job's budget, all on one thread of their
     * own: one handover a document, as each is a wait the worker's core may sit idle through.
     */
    void run(DocumentJob job, List<Stage> stages) {
        if (stages.isEmpty()) {
            return;
        }
        AtomicReference<Stage> current = new AtomicReference<>(stages.get(0));
        // Set once the worker gave up on the job: a stage deaf to interruption (or one that swallows
        // it) must not be followed by the rest.
        AtomicBoolean dropped = new AtomicBoolean();
        if (!limited()) {
            runInTurn(job, stages, current, dropped);
            return;
        }
        long leftNanos = leftNanos(job);
        if (leftNanos <= 0) {
            throw overBudget(job, current.get());
        }
        Future<?> running = executor().submit(() -> runInTurn(job, stages, current, dropped));
        try {
            running.get(leftNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            dropped.set(true);
            running.cancel(true);
            throw overBudget(job, current.get());
        } catch (InterruptedException e) {
            dropped.set(true);
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConversionException("The conversion was interrupted (the watcher is stopping).",
                    "Drop the file again once the watcher runs.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                Stage stage = current.get();
                LOG.warn("{} ran out of memory in stage {}", FiledNames.printable(job.fileName()), stage.name());
                throw new ConversionException("Not converted: the converter ran out of memory on this file (in its "
                        + stage.name() + " stage, with " + (Runtime.getRuntime().maxMemory() >> 20) + " MB of memory at most).",
                        "Give the watcher more memory (PLENARY_JAVA_OPTS=-Xmx…) or split the file, and drop it again; "
                                + "please report it with the file attached, as a resolution should never need that much."
                                + "\n" + ErrorReport.TRY_AGAIN_LINE);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Runs a stage that must never be cut off half-way (writing the outputs) here and now, if any
     * of the job's budget is left.
     */
    void runUnbounded(DocumentJob job, Stage stage) {
        if (!stage.appliesTo(job)) {
            return;
        }
        if (limited() && leftNanos(job) <= 0) {
            throw overBudget(job, stage);
        }
        stage.run(job);
    }

    /** Whether documents have a budget at all (0 or less: none). */
    private boolean limited() {
        return !budget.isZero() && !budget.isNegative();
    }

    /** What is left of the job's budget, counted from when it was read. */
    private long leftNanos(DocumentJob job) {
        return job.startedNanos() + budget.toNanos() - System.nanoTime();
    }

    /** Each stage that serves the job, as the earlier ones left it; none once the job is dropped. */
    private static void runInTurn(DocumentJob job, List<Stage> stages, AtomicReference<Stage> current, AtomicBoolean dropped) {
        for (Stage stage : stages) {
            if (dropped.get() || Thread.currentThread().isInterrupted()) {
                return;
            }
            if (stage.appliesTo(job)) {
                current.set(stage);
                stage.run(job);
            }
        }
    }

    private synchronized ExecutorService executor() {
        if (stages == null) {
            start();
        }
        return stages;
    }

    private ConversionException overBudget(DocumentJob job, Stage stage) {
        long ms = (System.nanoTime() - job.startedNanos()) / 1_000_000;
        LOG.warn("{} is over its time budget of {} ms (in stage {}, after {} ms); it is failed and the worker goes on",
                FiledNames.printable(job.fileName()), budget.toMillis(), stage.name(), ms);
        return new ConversionException("Not converted: the conversion took longer than the time budget of "
                + formatted(budget) + " a document (it was in its " + stage.name() + " stage after " + ms + " ms).",
                "A resolution converts in well under a second: please report this file with the file attached. "
                        + "To allow more time, raise plenary.time-budget (milliseconds; watch --set plenary.time-budget=120000) "
                        + "and drop the file again.\n" + ErrorReport.TRY_AGAIN_LINE);
    }

    private static String formatted(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
