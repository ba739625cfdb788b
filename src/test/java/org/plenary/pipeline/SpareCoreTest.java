package org.plenary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpareCoreTest {
    /** A helper thread of its own, for the tests that need work begun on one. */
    private final ExecutorService helper = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopHelper() {
        helper.shutdownNow();
    }

    @Test
    void workNoHelperTakesIsDoneByTheCallerOnce() {
        SpareCore busy = new SpareCore(task -> { }); // every helper busy for ever: the task is never run there
        AtomicInteger runs = new AtomicInteger();

        SpareCore.Offered<String> offered = busy.submit(() -> runs.incrementAndGet() + " on " + Thread.currentThread().getName());

        assertThat(offered.get()).isEqualTo("1 on " + Thread.currentThread().getName());
        assertThat(offered.get()).startsWith("1 on ");
        assertThat(runs).hasValue(1);
    }

    @Test
    void workAHelperHasDoneIsNotDoneAgain() {
        AtomicInteger runs = new AtomicInteger();
        SpareCore.Offered<Integer> offered = new SpareCore(Runnable::run).submit(runs::incrementAndGet);

        assertThat(runs).hasValue(1);
        assertThat(offered.get()).isEqualTo(1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theCallerWaitsForWorkAHelperHasBegun() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        SpareCore.Offered<String> offered = new SpareCore(helper).submit(() -> {
            begun.countDown();
            assertThat(mayFinish.await(10, TimeUnit.SECONDS)).isTrue();
            return Thread.currentThread().getName();
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        new Thread(mayFinish::countDown).start();

        assertThat(offered.get()).isNotEqualTo(Thread.currentThread().getName());
    }

    /** A caller interrupted while it waits (a document over its time budget) interrupts the helper's work too. */
    @Test
    void aCallerInterruptedWhileWaitingInterruptsTheHelper() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch helperInterrupted = new CountDownLatch(1);
        SpareCore.Offered<String> offered = new SpareCore(helper).submit(() -> {
            begun.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                helperInterrupted.countDown();
            }
            return "late";
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.currentThread().interrupt();

        assertThatThrownBy(offered::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("Interrupted");
        assertThat(Thread.interrupted()).as("the caller's interrupt kept").isTrue();
        assertThat(helperInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void failuresAreThrownAsThrown() {
        SpareCore inline = new SpareCore(Runnable::run);

        assertThatThrownBy(() -> inline.submit(() -> { throw new IllegalArgumentException("bad page"); }).get())
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad page");
        assertThatThrownBy(() -> inline.submit(() -> { throw new java.io.IOException("disk gone"); }).get())
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("disk gone")
                .hasCauseExactlyInstanceOf(java.io.IOException.class);
    }

    @Test
    void theApplicationsHelpersAnswer() {
        assertThat(SpareCore.offer(() -> 6 * 7).get()).isEqualTo(42);
    }
}
