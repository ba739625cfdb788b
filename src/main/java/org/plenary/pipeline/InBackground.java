package org.plenary.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Costly one-time set-up (compiling stylesheets and schemas, building the JAXB context) started on
 * a thread of its own, so that a cold start reads the first document meanwhile, and awaited where
 * it is first needed.
 */
public final class InBackground {
    private InBackground() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}; returns at once. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The work's result, waiting for it if need be; its failure is thrown as it was thrown. */
    public static <T> T await(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
