package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

/** The watcher as a process: configured by environment and system properties, stopped by SIGTERM. */
class WatchProcessTest {
    @TempDir
    Path work;

    @Test
    void settingsComeFromTheEnvironmentAndAStopFinishesWhatIsInFlight() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path output = work.resolve("out");
        byte[] sample = Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt"));
        for (int i = 0; i < 30; i++) {
            Files.write(input.resolve("res-" + i + ".txt"), sample);
        }
        Path log = work.resolve("watch.log");
        Process watcher = WatcherProcess.start(log, Map.of("PLENARY_INPUT", input.toString(), "PLENARY_OUTPUT", output.toString()),
                List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=100"),
                "--threads", "1");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(input.resolve(".done")) || isEmpty(input.resolve(".done"))) {
            assertThat(System.nanoTime()).as("a first document converted").isLessThan(deadline);
            assertThat(watcher.isAlive()).as("watcher running; see " + log).isTrue();
            Thread.sleep(20);
        }
        watcher.destroy(); // SIGTERM, as a service manager or Ctrl-C sends
        assertThat(watcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(watcher.exitValue()).as("exit code after SIGTERM, as watch --help gives it").isEqualTo(143);

        // Each file is either untouched in the input folder or filed with all four outputs: nothing half-done.
        int filed = 0;
        for (int i = 0; i < 30; i++) {
            String name = "res-" + i;
            boolean done = Files.exists(input.resolve(".done").resolve(name + ".txt"));
            assertThat(done ^ Files.exists(input.resolve(name + ".txt"))).as(name).isTrue();
            for (String out : List.of("akn/" + name + ".xml", "html/" + name + ".html", "json/" + name + ".json", "txt/" + name + ".txt")) {
                assertThat(Files.exists(output.resolve(out))).as(out).isEqualTo(done);
            }
            filed += done ? 1 : 0;
        }
        String logged = Files.readString(log);
        assertThat(logged).containsPattern("converted res-\\d+\\.txt form=markdown preamble=13 operative=9 notes=13 warnings=0 ms=\\d+")
                .contains("stopped; watched for").contains(filed + " converted, 0 failed");
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
