package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a file in the watched folder is complete: settled for the period, old already, or renamed in once written. */
class SettledFilesTest {
    @TempDir
    Path folder;

    private final AtomicLong clock = new AtomicLong();
    private SettledFiles settled;

    @org.junit.jupiter.api.BeforeEach
    void knowingNoArrivalWhole() {
        settled = new SettledFiles(Duration.ofHours(1), WholeArrivals.none(folder), file -> true, clock::get);
    }

    @Test
    void aFileJustWrittenWaitsForTheSettlePeriod() throws Exception {
        Path file = folder.resolve("res.txt");
        Files.writeString(file, "The General Assembly,");

        assertThat(settled.isSettled(file)).isFalse();
        clock.addAndGet(Duration.ofMinutes(59).toNanos());
        assertThat(settled.isSettled(file)).isFalse();
        clock.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(settled.isSettled(file)).as("unchanged for the whole period").isTrue();
    }

    @Test
    void aFileRenamedInAfterItsLastWriteIsCompleteAtOnce() throws Exception {
        Path file = renamedInOnceWritten();

        assertThat(settled.isSettled(file)).isTrue();
    }

    @Test
    void aFileWrittenToAgainAfterItsRenameWaitsAgain() throws Exception {
        Path file = renamedInOnceWritten();
        awaitNextTimestamp(file);
        Files.writeString(file, "\nRecalling its resolution 53/199,", StandardOpenOption.APPEND);

        assertThat(settled.isSettled(file)).as("a write after the rename: the writer may not be done").isFalse();
    }

    /** A file written under a temporary name and renamed in a tick of the file system's clock later, as a careful copy does. */
    private Path renamedInOnceWritten() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "the file system gives no status-change time");
        Path temporary = folder.resolve("res.txt.part");
        Files.writeString(temporary, "The General Assembly,");
        awaitNextTimestamp(temporary);
        return Files.move(temporary, folder.resolve("res.txt"));
    }

    /** Waits until the file system's clock for timestamps has moved on, so that the next change gets a later one. */
    private static void awaitNextTimestamp(Path file) throws Exception {
        Path probe = file.resolveSibling(".probe");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            Thread.sleep(5);
            Files.writeString(probe, "");
        } while (Files.getLastModifiedTime(probe).compareTo(Files.getLastModifiedTime(file)) <= 0 && System.nanoTime() < deadline);
        Files.delete(probe);
    }
}
