package org.plenary.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.SharedMaterial;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.plenary.pipeline.Stage;

/**
 * Times filing one more document into an output folder with no collection and into one with
 * 10,000 published documents, through the real pipeline and its publish stage (which records the
 * document in the collection and links its page). Not a test: run by {@code make collection-bench}.
 *
 * <p>The 10,000 are copies of the shipped samples' real outputs under distinct names; each copy's
 * JSON gets a symbol of its own; the other outputs are hard links, to spare the disk. Both folders
 * are measured in turn, round after round, so a noisy machine weighs on both alike. Then the same
 * again with the documents the dropped one cites published in both folders, so its page gets
 * links: a folder holding only those against the 10,000 and those.
 *
 * <p>Arguments: documents published (default 10000), measured rounds (default 31).
 */
public final class CollectionBench {
    private static final List<String> SAMPLES = List.of("A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241", "A_C.2_58_L.37");
    /**
     * The document dropped: it cites two of the samples (A/RES/54/212, A/RES/56/203) and none
     * cites it, so no other page changes when it arrives; what changes is its own page's links.
     */
    private static final String DROPPED = "A_RES_58_208.txt";

    private CollectionBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 31;
        Path root = Files.createTempDirectory("plenary-collection-bench");
        try {
            run(root, documents, rounds);
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0); // the index writer's thread is a daemon; Saxon's compiler threads need not be waited for
    }

    private static void run(Path root, int documents, int rounds) throws Exception {
        Pipeline pipeline = Pipelines.standard();
        Stage publish = pipeline.stages().get(pipeline.stages().size() - 1);
        if (!(publish instanceof PublishStage)) {
            throw new IllegalStateException("The standard pipeline no longer ends with publishing: " + publish.name());
        }
        Path sources = root.resolve("sources");
        for (String sample : SAMPLES) {
            pipeline.run(new DocumentJob(sample + ".txt", Files.readAllBytes(SharedMaterial.sample(sample + ".txt")), sources));
        }
        byte[] dropped = Files.readAllBytes(SharedMaterial.sample(DROPPED));

        long start = System.nanoTime();
        Path full = root.resolve("full");
        prepare(sources, full, documents);
        System.out.printf(Locale.ROOT, "prepared %,d published documents in %.1f s%n", documents, seconds(start));
        start = System.nanoTime();
        PublishedCollection.of(full).writeIndex();
        System.out.printf(Locale.ROOT, "collection made from their outputs (a folder without state, once) and index written: %.0f ms%n",
                millis(start));
        Path empty = root.resolve("empty");

        compare(pipeline, publish, empty, full, "drop", dropped, rounds, "empty folder", documents);

        // The cited documents published in both: the dropped page's links are set in both.
        Path small = root.resolve("cited-only");
        for (String sample : SAMPLES) {
            for (Path folder : List.of(small, full)) {
                file(pipeline, publish, folder, sample, Files.readAllBytes(SharedMaterial.sample(sample + ".txt")));
            }
        }
        compare(pipeline, publish, small, full, "linked", dropped, rounds, "the 5 cited documents", documents);

        List<Double> indexEmpty = new ArrayList<>();
        List<Double> indexFull = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Path folder : List.of(empty, full)) {
                file(pipeline, publish, folder, "index-" + round, dropped); // something to write
                long at = System.nanoTime();
                PublishedCollection.of(folder).writeIndex();
                (folder == empty ? indexEmpty : indexFull).add(millis(at));
            }
        }
        report("catalog.json and index.html written whole (at most once per plenary.index-interval)", "the bench's own drops", indexEmpty, indexFull, documents);
    }

    /** Files the document into both folders in turn, round after round, after a warm-up; prints the times. */
    private static void compare(Pipeline pipeline, Stage publish, Path base, Path full, String name, byte[] dropped, int rounds,
            String baseName, int documents) {
        // Warm-up: the JIT and the file system's caches, on both folders.
        for (int i = 0; i < 10; i++) {
            for (Path folder : List.of(base, full)) {
                file(pipeline, publish, folder, name + "-warm-up-" + i, dropped);
            }
        }
        List<Double> publishBase = new ArrayList<>();
        List<Double> publishFull = new ArrayList<>();
        List<Double> wholeBase = new ArrayList<>();
        List<Double> wholeFull = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Path> order = round % 2 == 0 ? List.of(base, full) : List.of(full, base);
            for (Path folder : order) {
                double[] times = file(pipeline, publish, folder, name + "-" + round, dropped);
                (folder == base ? publishBase : publishFull).add(times[0]);
                (folder == base ? wholeBase : wholeFull).add(times[1]);
            }
        }
        report("publish stage (outputs written, document recorded, links set)", baseName, publishBase, publishFull, documents);
        report("whole pipeline (read to publish)", baseName, wholeBase, wholeFull, documents);
    }

    /** Files one document: every stage but publishing untimed, then publishing; returns {publish ms, whole ms}. */
    private static double[] file(Pipeline pipeline, Stage publish, Path folder, String name, byte[] bytes) {
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

    private static void prepare(Path sources, Path folder, int documents) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String dir : List.of("akn", "html", "json", "txt")) {
            Files.createDirectories(folder.resolve(dir));
        }
        for (int i = 0; i < documents; i++) {
            String sample = SAMPLES.get(i % SAMPLES.size());
            String name = String.format(Locale.ROOT, "%s-%05d", sample, i);
            ObjectNode document = (ObjectNode) json.readTree(sources.resolve("json").resolve(sample + ".json").toFile());
            document.put("symbol", document.path("symbol").asText(sample) + "/copy-" + i);
            Files.write(folder.resolve("json").resolve(name + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
            for (String[] output : new String[][] {{"akn", ".xml"}, {"html", ".html"}, {"txt", ".txt"}}) {
                Path target = folder.resolve(output[0]).resolve(name + output[1]);
                Path source = sources.resolve(output[0]).resolve(sample + output[1]);
                try {
                    Files.createLink(target, source);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void report(String what, String baseName, List<Double> base, List<Double> full, int documents) {
        System.out.printf(Locale.ROOT, "%s, ms (min / median / max of %d):%n", what, base.size());
        System.out.printf(Locale.ROOT, "  %-24s %s%n", baseName + ":", summary(base));
        System.out.printf(Locale.ROOT, "  %-24s %s   median %+.1f%%%n", String.format(Locale.ROOT, "%,d documents more:", documents), summary(full),
                100 * (median(full) / median(base) - 1));
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
