package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

/** A file renamed into the watched folder as soon as it is written: a real Camel context on a real folder. */
class WatchRenamedInTest {
    @TempDir
    Path work;

    /**
     * Renamed in as soon as written, its times as a same-tick rename leaves them (modified no earlier
     * than its status changed): only the folder's events tell it came in whole, and with an hour's
     * settle period it is converted at once; a file written in place beside it waits.
     */
    @Test
    void aFileRenamedInAtOnceIsNotHeldForTheSettlePeriod() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "folder events are inotify's on Linux alone");
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.settle-time", "3600000")).start()) {
            Path temporary = Files.write(folder.input.resolve(".res.txt.part"), bytes);
            Files.setLastModifiedTime(temporary, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000L));
            Files.move(temporary, folder.input.resolve("res.txt"));
            Files.write(folder.input.resolve("in-place.txt"), bytes);

            WatchedFolder.await(folder.done("res.txt"));
            assertThat(JsonNodes.read(folder.output.resolve("json/res.json")).get("operative").size()).isEqualTo(12);
            Thread.sleep(500);
            assertThat(folder.input.resolve("in-place.txt")).as("written in place: waits for the settle period").exists();
            assertThat(folder.done("in-place.txt")).doesNotExist();
        }
    }

    private static String sample() throws Exception {
        return Files.readString(SharedMaterial.sample("A_RES_56_203.txt"));
    }
}
