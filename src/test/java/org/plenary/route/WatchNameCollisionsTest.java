package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

/**
 * Reports never overwrite originals, and no two inputs share outputs: an input named like another's
 * error report, and X.txt then X.md, in a real Camel context on a real folder.
 */
@Tag("reliability")
class WatchNameCollisionsTest {
    private static final byte[] NOT_A_RESOLUTION = "Shopping list\n\nmilk\nbread\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path work;

    @Test
    void anInputNamedLikeAnErrorReportIsNeverReplacedByTheReport() throws Exception {
        byte[] other = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            // Before the failure and after it: neither original is touched by the other's report.
            folder.drop("Y.txt.error.txt", other);
            folder.drop("Y.txt", NOT_A_RESOLUTION);
            WatchedFolder.awaitNonEmpty(folder.failed("Y.txt.error.txt"));
            folder.drop("Z.txt", NOT_A_RESOLUTION);
            WatchedFolder.awaitNonEmpty(folder.failed("Z.txt.error.txt"));
            folder.drop("Z.txt.error.txt", other);
            Thread.sleep(1500); // polls enough for either to be taken, were it to be
        }
        assertThat(Files.readString(work.resolve("input/.failed/Y.txt.error.txt"))).startsWith("Y.txt").contains("formula");
        assertThat(Files.readString(work.resolve("input/.failed/Z.txt.error.txt"))).startsWith("Z.txt").contains("formula");
        assertThat(work.resolve("input/Y.txt.error.txt")).hasBinaryContent(other);
        assertThat(work.resolve("input/Z.txt.error.txt")).hasBinaryContent(other);
        assertThat(work.resolve("input/.failed/Y.txt")).hasBinaryContent(NOT_A_RESOLUTION);
    }

    @Test
    void aSecondInputOfTheSameStemIsRefusedUntilTheFirstIsTakenAway() throws Exception {
        byte[] first = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        byte[] second = Files.readAllBytes(SharedMaterial.sample("A_RES_58_208.txt"));
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            folder.drop("X.txt", first);
            WatchedFolder.await(folder.done("X.txt"));
            Path json = folder.output.resolve("json/X.json");
            String symbol = JsonNodes.read(json).get("symbol").asText();

            folder.drop("X.md", second);
            WatchedFolder.awaitNonEmpty(folder.failed("X.md.error.txt"));
            assertThat(Files.readString(folder.failed("X.md.error.txt"))).startsWith("X.md: Not converted")
                    .contains("X.txt").contains("was converted earlier").contains("What to do");
            assertThat(folder.failed("X.md")).hasBinaryContent(second);
            assertThat(JsonNodes.read(json).get("symbol").asText()).isEqualTo(symbol);
            assertThat(folder.output.resolve("errors/X.txt")).doesNotExist();

            // The same bytes again: refused again, not skipped as an unchanged failure, while X.txt holds the name ...
            WatchedFolder.awaitGone(folder.input.resolve("X.md"));
            Files.delete(folder.failed("X.md.error.txt"));
            folder.drop("X.md", second);
            WatchedFolder.awaitNonEmpty(folder.failed("X.md.error.txt"));
            // Its report is written before the original is filed: the same bytes dropped while it is
            // still in the folder would be filed with it, as the bytes converted.
            WatchedFolder.awaitGone(folder.input.resolve("X.md"));
            // ... and converted once X.txt is taken out of .done.
            Files.delete(folder.done("X.txt"));
            folder.drop("X.md", second);
            WatchedFolder.await(folder.done("X.md"));
            assertThat(JsonNodes.read(json).get("symbol").asText()).isNotEqualTo(symbol);
        }
    }

    @Test
    void twoInputsOfOneStemDroppedTogetherGiveOneConvertedAndOneRefused() throws Exception {
        byte[] first = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        byte[] second = Files.readAllBytes(SharedMaterial.sample("A_RES_58_208.txt"));
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            folder.drop("W.txt", first);
            folder.drop("W.md", second);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (countIn(folder.input.resolve(".done")) + countIn(folder.input.resolve(".failed")) < 3) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(50);
            }
            boolean txtWon = Files.exists(folder.done("W.txt"));
            String winner = txtWon ? "W.txt" : "W.md";
            String loser = txtWon ? "W.md" : "W.txt";
            assertThat(folder.done(loser)).doesNotExist();
            assertThat(folder.failed(loser)).exists();
            assertThat(Files.readString(folder.failed(loser + ".error.txt"))).contains(winner);
            String expected = txtWon ? "A/RES/56/203" : "A/RES/58/208";
            assertThat(JsonNodes.read(folder.output.resolve("json/W.json")).get("symbol").asText()).isEqualTo(expected);
        }
    }

    private static long countIn(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }
}
