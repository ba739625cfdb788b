package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

/**
 * A file is read once it is complete, and the bytes converted are the bytes filed: a real Camel
 * context on a real folder, with a slow writer and a file saved again while it is converted.
 */
@Tag("reliability")
class WatchSnapshotTest {
    @TempDir
    Path work;

    private static String sample() throws Exception {
        return Files.readString(SharedMaterial.sample("A_RES_56_203.txt"));
    }

    @Test
    void aFileAppendedInChunksHalfASecondApartIsReadOnceWhole() throws Exception {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.settle-time", "1000")).start()) {
            Path file = folder.input.resolve("slow.txt");
            int piece = bytes.length / 8 + 1;
            for (int at = 0; at < bytes.length; at += piece) {
                // As `cat piece >> slow.txt` does: open, append, close, each half a second apart.
                byte[] part = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + piece));
                Files.write(file, part, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Thread.sleep(500);
                assertThat(folder.done("slow.txt")).as("not filed before the writer ended").doesNotExist();
                assertThat(folder.failed("slow.txt")).doesNotExist();
            }
            WatchedFolder.await(folder.done("slow.txt"));
            assertThat(folder.done("slow.txt")).hasBinaryContent(bytes);
            assertThat(folder.failed("slow.txt")).doesNotExist();
            assertThat(JsonNodes.read(folder.output.resolve("json/slow.json")).get("operative").size()).isEqualTo(12);
        }
    }

    @Test
    void aFileOverwrittenInPlaceWhileInFlightIsConvertedAgain() throws Exception {
        savedAgainWhileInFlight(false);
    }

    @Test
    void aFileSavedOverByRenameWhileInFlightIsConvertedAgain() throws Exception {
        savedAgainWhileInFlight(true);
    }

    private void savedAgainWhileInFlight(boolean byRename) throws Exception {
        String first = sample();
        String second = first.replace("Takes note of the report", "Takes note with interest of the report");
        Gate gate = new Gate("res.txt");
        try (WatchedFolder folder = new WatchedFolder(work, Map.of(), gate.before()).start()) {
            folder.drop("res.txt", first.getBytes(StandardCharsets.UTF_8));
            gate.awaitReached(); // read, not yet converted
            if (byRename) {
                folder.drop("res.txt", second.getBytes(StandardCharsets.UTF_8));
            } else {
                Files.writeString(folder.input.resolve("res.txt"), second); // same file, truncated and rewritten
            }
            gate.open();

            Path json = folder.output.resolve("json/res.json");
            awaitContent(json, "with interest");
            awaitGone(folder.input.resolve("res.txt"));
            // The new bytes were converted, and are what is filed beside the outputs made from them.
            assertThat(folder.done("res.txt")).hasContent(second);

            // Dropped once more, the same new bytes are recognised as filed: converted, not skipped wrongly.
            FileTime before = FileTime.fromMillis(1_000_000_000L);
            Files.setLastModifiedTime(json, before);
            folder.drop("res.txt", second.getBytes(StandardCharsets.UTF_8));
            awaitGone(folder.input.resolve("res.txt"));
            Thread.sleep(300);
            assertThat(Files.getLastModifiedTime(json)).isEqualTo(before);
            // And the first version dropped again is not "unchanged": it replaces the outputs.
            folder.drop("res.txt", first.getBytes(StandardCharsets.UTF_8));
            awaitGone(folder.input.resolve("res.txt"));
            awaitNotContent(json, "with interest");
            assertThat(folder.done("res.txt")).hasContent(first);
            assertThat(work.resolve("input").resolve(FolderWatchRoute.FILING_FOLDER)).isEmptyDirectory();
        }
    }

    static void awaitContent(Path file, String content) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(Files.exists(file) && Files.readString(file).contains(content))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + content + " in " + file);
            }
            Thread.sleep(25);
        }
    }

    static void awaitNotContent(Path file, String content) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.readString(file).contains(content)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + content + " to leave " + file);
            }
            Thread.sleep(25);
        }
    }

    static void awaitGone(Path file) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file + " to be filed");
            }
            Thread.sleep(25);
        }
    }
}
