package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

class TimeBudgetTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private TimeBudget budget;

    @AfterEach
    void stop() {
        if (budget != null) {
            budget.stop();
        }
    }

    @Test
    void aDocumentsStagesRunInTurnOnOneThreadOfTheirOwn() {
        budget = new TimeBudget(Duration.ofSeconds(10));

        budget.run(job(), List.of(stage("read", job -> { }), stage("parse", job -> { }), stage("render", job -> { })));

        assertThat(ran).containsExactly("read", "parse", "render");
        assertThat(threads).hasSize(3).doesNotContain(Thread.currentThread());
        assertThat(threads.stream().distinct()).as("one handover a document, not one a stage").hasSize(1);
    }

    @Test
    void overBudgetTheStageIsNamedAndTheLaterStagesNeverRun() throws Exception {
        budget = new TimeBudget(Duration.ofMillis(200));
        Stage slow = stage("layout", job -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThatThrownBy(() -> budget.run(job(), List.of(stage("read", job -> { }), slow, stage("parse", job -> { }))))
                .isInstanceOf(ConversionException.class).hasMessageContaining("in its layout stage");
        Thread.sleep(300);

        assertThat(ran).containsExactly("read", "layout");
    }

    @Test
    void aStageThatSwallowsTheInterruptionIsStillTheLastToRun() throws Exception {
        budget = new TimeBudget(Duration.ofMillis(200));
        Stage deaf = stage("layout", job -> {
            long end = System.nanoTime() + 500_000_000L;
            while (System.nanoTime() < end) {
                Thread.interrupted(); // as a library that catches InterruptedException and goes on
            }
        });

        assertThatThrownBy(() -> budget.run(job(), List.of(deaf, stage("parse", job -> { }))))
                .isInstanceOf(ConversionException.class).hasMessageContaining("in its layout stage");
        Thread.sleep(600);

        assertThat(ran).containsExactly("layout");
    }

    @Test
    void withoutABudgetTheStagesRunHere() {
        budget = new TimeBudget(Duration.ZERO);

        budget.run(job(), List.of(stage("read", job -> { }), stage("parse", job -> { })));

        assertThat(threads).containsOnly(Thread.currentThread());
    }

    private DocumentJob job() {
        return new DocumentJob("res.txt", new byte[0], Path.of("out"));
    }

    private Stage stage(String name, Consumer<DocumentJob> work) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Input input() {
                return Input.ANY;
            }

            @Override
            public void apply(DocumentJob job) {
                ran.add(name);
                threads.add(Thread.currentThread());
                work.accept(job);
            }
        };
    }
}
