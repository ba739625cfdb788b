package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;
import org.plenary.cli.WatchCommand;

/**
 * One watcher per folder: a second one, in this process or another, refuses to start and names the
 * holder; a lock left by a killed watcher is taken over; a stopped watcher leaves no lock file.
 */
@Tag("reliability")
class OneWatcherPerFolderTest {
    @TempDir
    Path work;

    @Test
    void aSecondCamelContextOnTheSameFolderIsRefusedAndTheFirstGoesOn() throws Exception {
        byte[] sample = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        try (WatchedFolder first = new WatchedFolder(work, Map.of()).start()) {
            Path lock = first.input.resolve(FolderLock.FILE_NAME);
            assertThat(Files.readString(lock).strip()).startsWith(ProcessHandle.current().pid() + "@");
            assertThatThrownBy(() -> new WatchedFolder(work, Map.of())).satisfies(e -> {
                Throwable held = e;
                while (held != null && !(held instanceof FolderLock.HeldException)) {
                    held = held.getCause();
                }
                assertThat(held).as("a refusal, in %s", e).isNotNull();
                assertThat(held.getMessage()).contains("is already watched by process " + ProcessHandle.current().pid() + " on ");
            });
            first.drop("res.txt", sample);
            WatchedFolder.await(first.done("res.txt"));
            assertThat(lock).exists();
        }
        assertThat(work.resolve("input").resolve(FolderLock.FILE_NAME)).doesNotExist();
        try (WatchedFolder again = new WatchedFolder(work, Map.of()).start()) {
            assertThat(again.input.resolve(FolderLock.FILE_NAME)).exists();
        }
    }

    @Test
    void aLockWhosePidNoLongerRunsIsTakenOver() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(input.resolve(FolderLock.FILE_NAME), gone.pid() + "@" + host + "\n");
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            assertThat(Files.readString(input.resolve(FolderLock.FILE_NAME)).strip())
                    .isEqualTo(ProcessHandle.current().pid() + "@" + host);
        }
        assertThat(input.resolve(FolderLock.FILE_NAME)).doesNotExist();
    }

    @Test
    void twoWatcherProcessesOnOneFolder() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path output = work.resolve("out");
        List<String> fast = List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=200");
        Process first = WatcherProcess.start(work.resolve("first.log"), Map.of(), fast,
                "--input", input.toString(), "--output", output.toString(), "--threads", "1");
        Path lock = input.resolve(FolderLock.FILE_NAME);
        awaitContent(lock, first.pid() + "@", first);

        // The second refuses at once, in one line naming the first, with the documented exit code.
        Path secondLog = work.resolve("second.log");
        Process second = WatcherProcess.start(secondLog, Map.of(), fast, "--input", input.toString(), "--output", output.toString());
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(WatchCommand.HELD);
        List<String> refusal = Files.readAllLines(secondLog).stream().filter(l -> !l.isBlank()).toList();
        assertThat(refusal).hasSize(1);
        assertThat(refusal.get(0)).startsWith("plenary watch: ").contains("already watched by process " + first.pid() + " on ");
        assertThat(Files.readString(secondLog)).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(lock).strip()).startsWith(first.pid() + "@");

        // Killed, the first leaves its lock; the next watcher finds its pid gone and takes the folder over.
        first.destroyForcibly().waitFor();
        assertThat(lock).exists();
        Path thirdLog = work.resolve("third.log");
        Process third = WatcherProcess.start(thirdLog, Map.of(), fast, "--input", input.toString(), "--output", output.toString());
        awaitContent(lock, third.pid() + "@", third);
        Files.copy(SharedMaterial.sample("A_RES_56_203.txt"), input.resolve("res.txt"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(input.resolve(".done/res.txt"))) {
            assertThat(System.nanoTime()).as("converted by the third watcher; see " + thirdLog).isLessThan(deadline);
            assertThat(third.isAlive()).isTrue();
            Thread.sleep(50);
        }
        third.destroy();
        assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(thirdLog)).contains("took over the lock of").contains("process " + first.pid() + " on ")
                .contains("is no longer running");
        assertThat(lock).doesNotExist();
    }

    private static void awaitContent(Path file, String content, Process process) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(file) && Files.readString(file).contains(content))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("No " + content + " in " + file + (process.isAlive() ? "" : "; the process exited"));
            }
            Thread.sleep(50);
        }
    }
}
