package org.plenary.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary files a killed process left behind. Every output is written as ".NAME…tmp" and
 * renamed into place; after a crash the half-written temporaries stay (and, rarely, a watcher's
 * barrier file in the input folder). They are removed when the watcher starts, before anything new
 * is written (one watcher per folder pair).
 */
public final class Leftovers {
    private static final List<String> OUTPUT_FOLDERS = List.of("", "akn", "html", "json", "txt", "errors", "reports");

    private Leftovers() {
    }

    /** Deletes the temporaries and returns how many there were. */
    public static int remove(Path inputDir, Path outputDir) {
        int removed = 0;
        for (String folder : OUTPUT_FOLDERS) {
            removed += removeIn(outputDir.resolve(folder));
        }
        // A barrier of WholeArrivals lives for a moment; a crash in that moment leaves it.
        return removed + removeIn(inputDir.resolve(".failed")) + removeIn(inputDir.resolve(".done"))
                + removeIn(inputDir, name -> name.startsWith(WholeArrivals.BARRIER_PREFIX));
    }

    /**
     * Originals a killed watcher had moved aside to check them before removal: each goes back into
     * the input folder, to be converted again (or found unchanged), unless a newer file of its name
     * is there already. Returns how many went back.
     */
    public static int restoreFiling(Path filing, Path inputDir) {
        if (!Files.isDirectory(filing)) {
            return 0;
        }
        int restored = 0;
        try (Stream<Path> files = Files.list(filing)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path back = inputDir.resolve(file.getFileName().toString());
                if (Files.exists(back, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file); // saved again since: the newer one is converted
                } else {
                    Files.move(file, back, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    restored++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not put back the originals in " + filing + ": " + e.getMessage(), e);
        }
        return restored;
    }

    private static int removeIn(Path folder) {
        return removeIn(folder, name -> name.startsWith(".") && name.endsWith(".tmp"));
    }

    private static int removeIn(Path folder, java.util.function.Predicate<String> isLeftover) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (isLeftover.test(name) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not clean temporary files from " + folder + ": " + e.getMessage(), e);
        }
        return removed;
    }
}
