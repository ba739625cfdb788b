package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

/**
 * SIGTERM during a batch, to the real application started as a process: it takes no new file,
 * finishes those in flight, writes the index, leaves no lock file and logs its summary, well
 * within the shutdown timeout; every file not started is still in the input folder as it was.
 */
@Tag("reliability")
class WatchStopTest {
    private static final int FILES = 80;

    @TempDir
    Path work;

    @Test
    void sigtermStopsTakingFilesAndFinishesThoseInFlight() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path output = work.resolve("out");
        byte[] sample = Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt"));
        for (int i = 0; i < FILES; i++) {
            Files.write(input.resolve(String.format("res-%02d.txt", i)), sample);
        }
        Path log = work.resolve("watch.log");
        Process watcher = WatcherProcess.start(log, Map.of(), List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=100"),
                "--input", input.toString(), "--output", output.toString(), "--threads", "2");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count(input.resolve(".done")) < 2) {
            assertThat(System.nanoTime()).as("first documents converted; see " + log).isLessThan(deadline);
            assertThat(watcher.isAlive()).as("watcher running; see " + log).isTrue();
            Thread.sleep(20);
        }
        long signalled = System.nanoTime();
        watcher.destroy(); // SIGTERM
        assertThat(watcher.waitFor(30, TimeUnit.SECONDS)).as("stopped within the shutdown timeout").isTrue();
        long stopMs = (System.nanoTime() - signalled) / 1_000_000;

        int filed = 0;
        for (int i = 0; i < FILES; i++) {
            String name = String.format("res-%02d", i);
            boolean done = Files.exists(input.resolve(".done").resolve(name + ".txt"));
            boolean waiting = Files.exists(input.resolve(name + ".txt"));
            assertThat(done ^ waiting).as("%s either filed or untouched", name).isTrue();
            if (waiting) {
                assertThat(input.resolve(name + ".txt")).hasBinaryContent(sample);
            }
            for (String out : List.of("akn/" + name + ".xml", "html/" + name + ".html", "json/" + name + ".json", "txt/" + name + ".txt")) {
                assertThat(Files.exists(output.resolve(out))).as(out).isEqualTo(done);
            }
            filed += done ? 1 : 0;
        }
        System.out.printf("SIGTERM: %d of %d filed, the rest left in place; stopped in %d ms%n", filed, FILES, stopMs);
        assertThat(filed).as("the queue was not worked through after the signal").isLessThan(FILES / 2);
        assertThat(JsonNodes.read(output.resolve("catalog.json")).get("resolutions").size()).isEqualTo(filed);
        try (Stream<Path> all = Files.walk(work)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".camelLock") || n.equals(FolderLock.FILE_NAME));
        }
        assertThat(count(input.resolve(FolderWatchRoute.FILING_FOLDER))).isZero();
        String logged = Files.readString(log);
        assertThat(logged).contains("stopping: no new file is started").contains("stopped; watched for")
                .contains(filed + " converted, 0 failed").doesNotContain("Forcing shutdown").doesNotContain("\tat ");
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }
}
