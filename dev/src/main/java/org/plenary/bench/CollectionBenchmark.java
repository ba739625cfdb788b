package org.plenary.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Stage;
import org.plenary.publish.PublishStage;
import org.plenary.publish.PublishedCollection;

/**
 * Times filing one more document into an output folder with no collection and into one with
 * thousands of published documents, through the real pipeline and its publish stage (which records
 * the document in the collection and links its page).
 *
 * <p>The published documents are copies of the given resolutions' real outputs
 * ({@link PublishedCopies}). Both folders are measured in turn, round after round, so a noisy
 * machine weighs on both alike. Then the same again with the given resolutions published in both
 * folders, so the dropped one's page gets links to those it cites: a folder holding only those
 * against the thousands and those.
 */
public final class CollectionBenchmark {
    private final Pipeline pipeline;
    private final Stage publish;
    private final PrintStream out;

    public CollectionBenchmark(Pipeline pipeline, PrintStream out) {
        this.pipeline = pipeline;
        this.publish = pipeline.stages().get(pipeline.stages().size() - 1);
        if (!(publish instanceof PublishStage)) {
            throw new IllegalStateException("The pipeline does not end with publishing: " + publish.name());
        }
        this.out = out;
    }

    /**
     * @param published the resolutions copied into the large collection (and cited by the dropped one)
     * @param dropped the resolution filed again and again
     */
    public void run(Path root, List<Path> published, Path dropped, int documents, int rounds) throws IOException {
        Path sources = root.resolve("sources");
        List<String> names = new ArrayList<>();
        for (Path file : published) {
            pipeline.run(new DocumentJob(file.getFileName().toString(), Files.readAllBytes(file), sources));
            names.add(DocumentJob.baseNameOf(file.getFileName().toString()));
        }
        byte[] droppedBytes = Files.readAllBytes(dropped);

        long start = System.nanoTime();
        Path full = root.resolve("full");
        PublishedCopies.write(sources, names, full, documents);
        out.printf(Locale.ROOT, "prepared %,d published documents in %.1f s%n", documents, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        PublishedCollection.of(full).writeIndex();
        out.printf(Locale.ROOT, "collection made from their outputs (a folder without state, once) and index written: %.0f ms%n",
                millis(start));
        Path empty = root.resolve("empty");

        compare(empty, full, "drop", droppedBytes, rounds, "empty folder", documents);

        // The cited documents published in both: the dropped page's links are set in both.
        Path small = root.resolve("cited-only");
        for (Path file : published) {
            for (Path folder : List.of(small, full)) {
                file(folder, DocumentJob.baseNameOf(file.getFileName().toString()), Files.readAllBytes(file));
            }
        }
        compare(small, full, "linked", droppedBytes, rounds, "the " + published.size() + " cited documents", documents);

        List<Double> indexEmpty = new ArrayList<>();
        List<Double> indexFull = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Path folder : List.of(empty, full)) {
                file(folder, "index-" + round, droppedBytes); // something to write
                long at = System.nanoTime();
                PublishedCollection.of(folder).writeIndex();
                (folder == empty ? indexEmpty : indexFull).add(millis(at));
            }
        }
        report("catalog.json and index.html written whole (at most once per plenary.index-interval)", "the bench's own drops",
                indexEmpty, indexFull, documents);
    }

    /** Files the document into both folders in turn, round after round, after a warm-up; prints the times. */
    private void compare(Path base, Path full, String name, byte[] dropped, int rounds, String baseName, int documents) {
        // Warm-up: the JIT and the file system's caches, on both folders.
        for (int i = 0; i < 10; i++) {
            for (Path folder : List.of(base, full)) {
                file(folder, name + "-warm-up-" + i, dropped);
            }
        }
        List<Double> publishBase = new ArrayList<>();
        List<Double> publishFull = new ArrayList<>();
        List<Double> wholeBase = new ArrayList<>();
        List<Double> wholeFull = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Path> order = round % 2 == 0 ? List.of(base, full) : List.of(full, base);
            for (Path folder : order) {
                double[] times = file(folder, name + "-" + round, dropped);
                (folder == base ? publishBase : publishFull).add(times[0]);
                (folder == base ? wholeBase : wholeFull).add(times[1]);
            }
        }
        report("publish stage (outputs written, document recorded, links set)", baseName, publishBase, publishFull, documents);
        report("whole pipeline (read to publish)", baseName, wholeBase, wholeFull, documents);
    }

    /** Files one document: every stage but publishing untimed, then publishing; returns {publish ms, whole ms}. */
    private double[] file(Path folder, String name, byte[] bytes) {
        DocumentJob job = new DocumentJob(name + ".txt", bytes, folder);
        long start = System.nanoTime();
        for (Stage stage : pipeline.stages()) {
            if (stage != publish) {
                stage.run(job);
            }
        }
        long published = System.nanoTime();
        publish.run(job);
        return new double[] {millis(published), millis(start)};
    }

    private void report(String what, String baseName, List<Double> base, List<Double> full, int documents) {
        out.printf(Locale.ROOT, "%s, ms (min / median / max of %d):%n", what, base.size());
        out.printf(Locale.ROOT, "  %-24s %s%n", baseName + ":", summary(base));
        out.printf(Locale.ROOT, "  %-24s %s   median %+.1f%%%n", String.format(Locale.ROOT, "%,d documents more:", documents),
                summary(full), 100 * (median(full) / median(base) - 1));
    }

    private static String summary(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%7.2f / %7.2f / %7.2f", sorted.get(0), median(times), sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
