package org.plenary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OnFirstUseTest {
    @Test
    void makesNothingUntilAskedThenTheSameOneEveryTime() {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<Object> setUp = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertThat(made).hasValue(0);
        Object first = setUp.get();
        assertThat(setUp.get()).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceGetOneSetUp() throws Exception {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<Object> setUp = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return setUp.get();
                }));
            }
            start.countDown();
            Object first = asked.get(0).get();
            for (Future<Object> each : asked) {
                assertThat(each.get()).isSameAs(first);
            }
            assertThat(made).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A set-up that fails is tried again at the next use: the failure may have been passing. */
    @Test
    void aFailedSetUpIsTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        OnFirstUse<String> setUp = new OnFirstUse<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "made";
        });
        assertThatThrownBy(setUp::get).hasMessage("not yet");
        assertThat(setUp.get()).isEqualTo("made");
    }
}
