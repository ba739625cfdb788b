package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files known to have come into the watched folder whole, by the kernel's events, however soon after their last write. */
class WholeArrivalsTest {
    private static final byte[] TEXT = "The General Assembly,\nRecalling its resolution 53/199,".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private WholeArrivals arrivals;

    @BeforeEach
    void watch() {
        // Only Linux's watch service is inotify's; elsewhere no arrival is ever known whole.
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "folder events are inotify's on Linux alone");
        arrivals = WholeArrivals.of(folder);
    }

    @AfterEach
    void stop() {
        arrivals.stop();
    }

    @Test
    void aFileRenamedInAtOnceAfterItsLastWriteCameInWhole() throws Exception {
        Path file = renamedIn(folder.resolve("res.txt"));

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isTrue();
        assertThat(arrivals.arrivedWhole(file, Files.size(file))).as("asked again").isTrue();
    }

    @Test
    void aFileMovedInFromAnotherFolderCameInWhole() throws Exception {
        Path outside = Files.write(elsewhere.resolve("res.txt"), TEXT);
        Path file = Files.move(outside, folder.resolve("res.txt"));

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isTrue();
    }

    @Test
    void aFileWrittenInPlaceDidNot() throws Exception {
        Path file = Files.write(folder.resolve("res.txt"), TEXT);

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
    }

    @Test
    void aFileStillOpenByItsWriterDidNot() throws Exception {
        Path file = folder.resolve("res.txt");
        try (FileChannel writer = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThat(arrivals.arrivedWhole(file, Files.size(file))).as("created, nothing written yet").isFalse();
            writer.write(ByteBuffer.wrap(TEXT, 0, 10));
            assertThat(arrivals.arrivedWhole(file, Files.size(file))).as("half written").isFalse();
        }
    }

    @Test
    void aFileKnownWrittenInPlaceIsCheckedAgainWithoutABarrier() throws Exception {
        Path file = Files.write(folder.resolve("res.txt"), TEXT);
        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
        long raised = arrivals.barriers();

        for (int poll = 0; poll < 10; poll++) {
            assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
        }
        assertThat(arrivals.barriers()).as("a copy in progress costs no barrier a poll").isEqualTo(raised);
        renamedIn(file);
        awaitTrue(() -> arrivals.arrivedWhole(file, Files.size(file)));
    }

    @Test
    void aFileRenamedInThenWrittenToIsNoLongerWhole() throws Exception {
        Path file = renamedIn(folder.resolve("res.txt"));
        Files.write(file, TEXT, StandardOpenOption.APPEND);

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
    }

    @Test
    void aFileSavedOverByRenameIsWholeAgain() throws Exception {
        Path file = Files.write(folder.resolve("res.txt"), TEXT);
        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();

        renamedIn(file);

        awaitTrue(() -> arrivals.arrivedWhole(file, Files.size(file)));
    }

    @Test
    void anEmptyFileIsNeverKnownWhole() throws Exception {
        Path empty = Files.createFile(elsewhere.resolve("res.txt"));
        Path file = Files.move(empty, folder.resolve("res.txt"));

        assertThat(arrivals.arrivedWhole(file, 0)).as("a writer may have just opened it").isFalse();
    }

    @Test
    void aFileThereBeforeTheWatchBeganIsNotKnown() throws Exception {
        Path file = renamedIn(folder.resolve("res.txt"));
        arrivals.stop();
        arrivals = WholeArrivals.of(folder);

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
    }

    @Test
    void elsewhereNoFileIsKnownWhole() throws Exception {
        WholeArrivals none = WholeArrivals.none(folder);
        Path file = renamedIn(folder.resolve("res.txt"));

        assertThat(none.arrivedWhole(file, Files.size(file))).isFalse();
    }

    @Test
    void aFileOutsideTheFolderIsNotKnown() throws Exception {
        Path file = Files.write(elsewhere.resolve("res.txt"), TEXT);

        assertThat(arrivals.arrivedWhole(file, Files.size(file))).isFalse();
    }

    /**
     * Writers in place racing the check: asked right after each write, with the size just read,
     * the answer is never "whole", though the kernel's report of the write may still be on its way
     * (what the barrier is for); files renamed in among them are all known whole.
     */
    @Test
    void noFileWrittenInPlaceIsEverTakenForWhole() throws Exception {
        int renamed = 0;
        for (int i = 0; i < 300; i++) {
            Path file = folder.resolve("res-" + i + ".txt");
            if (i % 3 == 0) {
                renamedIn(file);
                assertThat(arrivals.arrivedWhole(file, Files.size(file))).as("renamed in: %s", file).isTrue();
                renamed++;
            } else {
                Files.write(file, TEXT);
                assertThat(arrivals.arrivedWhole(file, Files.size(file))).as("written in place: %s", file).isFalse();
            }
        }
        assertThat(renamed).isEqualTo(100);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith(WholeArrivals.BARRIER_PREFIX))).as("barriers removed").isEmpty();
        }
    }

    @Test
    void aBarrierLeftByACrashIsRemovedAtStart() throws Exception {
        Path barrier = Files.write(folder.resolve(WholeArrivals.BARRIER_PREFIX + "7"), new byte[0]);

        assertThat(Leftovers.remove(folder, elsewhere)).isEqualTo(1);
        assertThat(barrier).doesNotExist();
    }

    @Test
    void theSettleCheckTakesAFileRenamedInAtOnceWithoutWaiting() throws Exception {
        AtomicLong clock = new AtomicLong();
        SettledFiles settled = new SettledFiles(Duration.ofHours(1), arrivals, file -> true, clock::get);
        Path renamed = renamedIn(folder.resolve("res.txt"));
        Path written = Files.write(folder.resolve("other.txt"), TEXT);

        assertThat(settled.isSettled(renamed)).isTrue();
        assertThat(settled.isSettled(written)).as("written in place: the settle period").isFalse();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** A later poll sees what the last did not: an arrival whose event was still on its way. */
    private static void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("still not known whole").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Written under a dot-name beside it and renamed at once, as browsers and atomic savers do. */
    private static Path renamedIn(Path file) throws java.io.IOException {
        Path temporary = Files.write(file.resolveSibling("." + file.getFileName() + ".part"), TEXT);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
