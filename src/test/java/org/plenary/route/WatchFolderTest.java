package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

/** End to end: a real Camel context watching a real temporary folder. */
class WatchFolderTest {
    @TempDir
    Path work;

    @Test
    void convertsWhatIsThereAndWhatIsDroppedAndKeepsFailedOriginals() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        Files.copy(SharedMaterial.sample("A_RES_56_203.txt"), input.resolve("A_RES_56_203.txt"));

        try (WatchedFolder folder = new WatchedFolder(work, java.util.Map.of("plenary.max-bytes", "100000")).start()) {
            WatchedFolder.awaitNonEmpty(output.resolve("json/A_RES_56_203.json"));
            WatchedFolder.awaitNonEmpty(input.resolve(".done/A_RES_56_203.txt"));

            // Dropped while running: written under a temporary name, then renamed, as copy tools do.
            Path temp = input.resolve("A_RES_58_208.txt.part");
            Files.copy(SharedMaterial.sample("A_RES_58_208.txt"), temp);
            Files.move(temp, input.resolve("A_RES_58_208.txt"));
            Files.writeString(input.resolve("notes.txt"), "Shopping list\n\nmilk\nbread\n");
            Files.writeString(input.resolve("huge.txt"), "The General Assembly,\n" + "x".repeat(150_000));

            WatchedFolder.awaitNonEmpty(output.resolve("html/A_RES_58_208.html"));
            WatchedFolder.awaitNonEmpty(input.resolve(".failed/notes.txt"));
            WatchedFolder.awaitNonEmpty(input.resolve(".failed/notes.txt.error.txt"));
            WatchedFolder.awaitNonEmpty(input.resolve(".failed/huge.txt.error.txt"));
        }
        assertThat(output.resolve("akn/A_RES_58_208.xml")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("index.html"))).contains("A/RES/58/208").contains("A/RES/56/203")
                .contains("Not converted: notes.txt");
        assertThat(output.resolve("txt/A_RES_58_208.txt")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("errors/notes.txt"))).contains("notes.txt").contains("formula");
        assertThat(Files.readString(input.resolve(".failed/notes.txt"))).startsWith("Shopping list");
        assertThat(input.resolve("A_RES_58_208.txt")).doesNotExist();
        assertThat(Files.readString(input.resolve(".failed/huge.txt.error.txt"))).contains("size limit").contains("plenary.max-bytes");
        try (var left = Files.list(output.resolve("json"))) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".json"));
        }
    }
}
