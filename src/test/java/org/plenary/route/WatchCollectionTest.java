package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;
import org.plenary.publish.PublishedCollection;

/**
 * End to end through the watcher: the collection page, the catalog and the links between pages
 * follow each drop while the watcher runs, duplicate symbols are flagged, a damaged collection
 * state is made again without stopping anything, and what is left is what the outputs alone give.
 */
class WatchCollectionTest {
    @TempDir
    Path work;

    @Test
    void theCollectionFollowsEachDropAndEndsAsTheOutputsSay() throws Exception {
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.index-interval", "200")).start()) {
            Path index = folder.output.resolve("index.html");
            Path citing = folder.output.resolve("html/A_RES_56_203.html");
            folder.drop("A_RES_56_203.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt")));
            awaitText(index, page -> page.contains("A/RES/56/203"));
            assertThat(Files.readString(citing)).contains("href=\"https://undocs.org/en/A/RES/54/212\"");

            // The cited resolution arrives later: the citing page is pointed at it, the index lists it.
            folder.drop("A_RES_54_212.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt")));
            awaitText(citing, page -> page.contains("href=\"A_RES_54_212.html\" data-symbol=\"A/RES/54/212\""));
            awaitText(index, page -> page.contains("A/RES/54/212"));

            // The same resolution under a second name: both rows say so.
            folder.drop("A_RES_54_212 copy.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt")));
            awaitText(index, page -> page.contains("Duplicate symbol: also"));

            // The state damaged by hand (a line cut short): made again from the outputs at the next drop.
            Path state = folder.output.resolve(".collection.jsonl");
            Files.writeString(state, "{\"published\":\"A_RES", java.nio.file.StandardOpenOption.APPEND);
            folder.drop("A_RES_58_208.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_58_208.txt")));
            folder.drop("notes.txt", "Shopping list\n\nmilk\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            awaitText(index, page -> page.contains("A/RES/58/208") && page.contains("Not converted: notes.txt"));
            WatchedFolder.awaitNonEmpty(folder.failed("notes.txt.error.txt"));
        }
        Path output = work.resolve("output");
        var catalog = org.plenary.JsonNodes.read(output.resolve("catalog.json"));
        assertThat(org.plenary.JsonNodes.values(catalog.get("resolutions"), "name"))
                .containsExactly("A_RES_54_212", "A_RES_54_212 copy", "A_RES_56_203", "A_RES_58_208");
        assertThat(org.plenary.JsonNodes.strings(catalog.get("resolutions").get(0).get("sameSymbolAs"))).containsExactly("A_RES_54_212 copy");

        // The folder read afresh, as by an earlier version's outputs: the same catalog and index.
        Path copy = work.resolve("copy");
        for (String dir : new String[] {"akn", "html", "json", "txt", "errors"}) {
            Files.createDirectories(copy.resolve(dir));
            try (var files = Files.list(output.resolve(dir))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, copy.resolve(dir).resolve(file.getFileName()));
                }
            }
        }
        PublishedCollection.of(copy).writeIndex();
        assertThat(copy.resolve("catalog.json")).hasSameTextualContentAs(output.resolve("catalog.json"));
        assertThat(copy.resolve("index.html")).hasSameTextualContentAs(output.resolve("index.html"));
    }

    @Test
    void stoppingWritesTheIndexNotYetDue() throws Exception {
        Path output = Files.createDirectories(work.resolve("output")); // an index, empty, is written on starting
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.index-interval", "600000")).start()) {
            folder.drop("A_RES_58_208.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_58_208.txt")));
            WatchedFolder.awaitNonEmpty(folder.done("A_RES_58_208.txt"));
            assertThat(Files.readString(output.resolve("index.html"))).as("not due for ten minutes").doesNotContain("A/RES/58/208");
        }
        assertThat(Files.readString(output.resolve("index.html"))).contains("A/RES/58/208");
        assertThat(Files.readString(output.resolve("catalog.json"))).contains("\"name\" : \"A_RES_58_208\"");
    }

    private static void awaitText(Path file, Predicate<String> test) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(Files.exists(file) && test.test(Files.readString(file)))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file + " to change");
            }
            Thread.sleep(50);
        }
    }
}
