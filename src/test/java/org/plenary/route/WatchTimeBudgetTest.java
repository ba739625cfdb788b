package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.plenary.pipeline.Stage;

/** Each document's time budget: over it, a clear report, the original in .failed/, the worker free for the next. */
@Tag("reliability")
class WatchTimeBudgetTest {
    @TempDir
    Path work;

    @Test
    void aTinyBudgetFailsADocumentWithAClearReport() throws Exception {
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.time-budget", "1")).start()) {
            byte[] sample = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
            folder.drop("res.txt", sample);
            WatchedFolder.awaitNonEmpty(folder.failed("res.txt.error.txt"));
            assertThat(Files.readString(folder.failed("res.txt.error.txt"))).startsWith("res.txt: Not converted")
                    .contains("longer than the time budget of 1 ms").contains("plenary.time-budget").contains("What to do");
            assertThat(folder.failed("res.txt")).hasBinaryContent(sample);
            assertThat(folder.output.resolve("json/res.json")).doesNotExist();
            assertThat(folder.output.resolve("errors/res.txt")).exists();
        }
    }

    @Test
    void aRunawayDocumentFreesTheOnlyWorkerAndPublishesNothing() throws Exception {
        AtomicBoolean stillRunning = new AtomicBoolean();
        Stage runaway = new Stage() {
            @Override
            public String name() {
                return "runaway";
            }

            @Override
            public Input input() {
                return Input.ANY;
            }

            @Override
            public void apply(DocumentJob job) {
                if (job.fileName().startsWith("slow")) {
                    // Deaf to interruption, as a runaway regular expression is: ten seconds of work.
                    stillRunning.set(true);
                    long end = System.nanoTime() + 10_000_000_000L;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                    stillRunning.set(false);
                }
            }
        };
        List<Stage> stages = new ArrayList<>(Pipelines.standard().stages());
        stages.add(0, runaway);
        byte[] sample = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.time-budget", "3000", "plenary.threads", "1"),
                new Pipeline(stages)).start()) {
            folder.drop("warm-up.txt", sample); // the first conversion of a JVM compiles the stylesheets
            WatchedFolder.await(folder.done("warm-up.txt"));
            long dropped = System.nanoTime();
            folder.drop("slow.txt", sample);
            WatchedFolder.awaitNonEmpty(folder.failed("slow.txt.error.txt"));
            long failedMs = (System.nanoTime() - dropped) / 1_000_000;
            assertThat(stillRunning).as("the runaway stage is still at it: the worker did not wait for it").isTrue();
            folder.drop("next.txt", sample);
            WatchedFolder.await(folder.done("next.txt"));
            long nextMs = (System.nanoTime() - dropped) / 1_000_000;
            System.out.printf("runaway document failed after %d ms (budget 3000 ms); the next one filed %d ms after the first drop%n",
                    failedMs, nextMs);
            assertThat(failedMs).isLessThan(7_000);
            assertThat(Files.readString(folder.failed("slow.txt.error.txt"))).contains("time budget of 3 s").contains("runaway");
            while (stillRunning.get()) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            assertThat(folder.output.resolve("json/slow.json")).as("nothing published once over budget").doesNotExist();
            assertThat(folder.failed("slow.txt")).hasBinaryContent(sample);
        }
    }
}
