package org.plenary.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part of one document's work split off (one of its renderings): offered to a helper thread, which
 * takes it if a core is idle, and done by the caller itself if no helper has begun it by the time
 * the caller needs it. So a large document converted alone uses both cores, while a batch, whose
 * workers already hold every core, never waits for a helper busy with another document's part.
 */
public final class SpareCore {
    private static final SpareCore SHARED = new SpareCore(helpers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
    private final Executor helpers;

    SpareCore(Executor helpers) {
        this.helpers = helpers;
    }

    /** Offers {@code work} to the application's helpers and returns at once. */
    public static <T> Offered<T> offer(Callable<T> work) {
        return SHARED.submit(work);
    }

    <T> Offered<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        helpers.execute(task);
        return new Offered<>(task);
    }

    /** Work offered to a helper, whose result {@link #get()} gives, doing the work itself if still untaken. */
    public static final class Offered<T> {
        private final FutureTask<T> task;

        private Offered(FutureTask<T> task) {
            this.task = task;
        }

        /** The result; the work's unchecked failure is thrown as it was thrown. */
        public T get() {
            task.run(); // does nothing if a helper has begun or done it
            try {
                return task.get();
            } catch (InterruptedException e) {
                // The caller gave up (a document over its time budget): so does the helper.
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a helper thread", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static Executor helpers(int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "plenary-helper-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
