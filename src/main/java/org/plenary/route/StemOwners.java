package org.plenary.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.plenary.pipeline.DocumentJob;

/**
 * Which input owns the outputs of each name stem: X.txt and X.md would both publish akn/X.xml, so
 * the first to be converted owns "X" (its original is in INPUT/.done/), and while one is being
 * converted no other input of that stem may start. A second input of a taken stem is refused with
 * a report rather than replacing the first one's outputs, as {@code convert} refuses it in a batch.
 */
final class StemOwners {
    private final Path done;
    private final Map<String, String> converted = new HashMap<>();
    private final Map<String, String> inFlight = new HashMap<>();

    StemOwners(Path input) {
        this.done = input.resolve(".done");
        if (Files.isDirectory(done)) {
            try (Stream<Path> files = Files.list(done)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                        .forEach(n -> converted.putIfAbsent(DocumentJob.baseNameOf(n), n));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not list " + done + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Takes the file's stem for its conversion. Returns null when it may go on, or the name of the
     * other input that holds the stem.
     */
    synchronized String claim(String fileName) {
        String stem = DocumentJob.baseNameOf(fileName);
        String flying = inFlight.get(stem);
        if (flying != null && !flying.equals(fileName)) {
            return flying;
        }
        String owner = converted.get(stem);
        if (owner != null && !owner.equals(fileName)) {
            if (Files.exists(done.resolve(owner))) {
                return owner;
            }
            converted.remove(stem); // its original was taken out of .done: the stem is free again
        }
        inFlight.put(stem, fileName);
        return null;
    }

    /** The conversion ended; a converted input owns its stem from now on. */
    synchronized void release(String fileName, boolean nowConverted) {
        String stem = DocumentJob.baseNameOf(fileName);
        inFlight.remove(stem, fileName);
        if (nowConverted) {
            converted.put(stem, fileName);
        }
    }
}
