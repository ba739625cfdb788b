package org.plenary.route;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.plenary.pipeline.Stage;

/**
 * A first stage that holds the first conversion of one file name until the test opens it: the
 * document is then certainly in flight, read but not yet published.
 */
final class Gate implements Stage {
    private final String fileName;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicBoolean passed = new AtomicBoolean();

    Gate(String fileName) {
        this.fileName = fileName;
    }

    /** The standard pipeline behind this gate. */
    Pipeline before() {
        List<Stage> stages = new ArrayList<>();
        stages.add(this);
        stages.addAll(Pipelines.standard().stages());
        return new Pipeline(stages);
    }

    @Override
    public String name() {
        return "gate";
    }

    @Override
    public Input input() {
        return Input.ANY;
    }

    @Override
    public void apply(DocumentJob job) {
        if (job.fileName().equals(fileName) && passed.compareAndSet(false, true)) {
            reached.countDown();
            try {
                open.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void awaitReached() throws InterruptedException {
        if (!reached.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The conversion of " + fileName + " never started");
        }
    }

    void open() {
        open.countDown();
    }
}
