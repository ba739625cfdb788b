package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;

/**
 * Updating the collection one document at a time ends where reading the whole folder ends: after
 * any sequence of documents added, replaced by others (their symbols moving or duplicated) and
 * failing, catalog.json and index.html are those made from the outputs alone, and every page is
 * the page a fresh folder gives when its documents arrive at once.
 */
class CollectionEquivalenceProperties {
    private static final List<String> NAMES = List.of("A_RES_54_212", "A_RES_56_203", "b", "copy", "z");
    private static final List<DocumentJob> DOCUMENTS = new ArrayList<>();

    /** One step: the document (an index into DOCUMENTS) published under the name, or, for -1, the name failing. */
    record Step(String name, int document) {
        @Override
        public String toString() {
            return document < 0 ? name + " fails" : name + " <- " + DOCUMENTS.get(document).fileName();
        }
    }

    @BeforeContainer
    static void convert() throws IOException {
        // 56/203 cites 54/212 and 52/189; 58/208 and 59/241 cite others of these; so links come and go.
        for (String sample : List.of("A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt", "A_RES_59_241.txt")) {
            DOCUMENTS.add(Conversions.convertSample(sample));
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.integers().between(-1, DOCUMENTS.size() - 1)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 25)
    void incrementalEqualsRebuiltAndFresh(@ForAll("steps") List<Step> steps) throws IOException {
        Path work = Files.createTempDirectory("plenary-collection");
        try {
            Path incremental = work.resolve("incremental");
            Map<String, Integer> last = new TreeMap<>();
            Map<String, String> failures = new TreeMap<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.document() < 0) {
                    String report = step.name() + ".txt: not converted (step " + i + ")\n  What to do: nothing.\n";
                    Publishing.fail(incremental, step.name(), report);
                    failures.put(step.name(), report);
                } else {
                    Publishing.publish(incremental, step.name(), DOCUMENTS.get(step.document()));
                    last.put(step.name(), step.document());
                    failures.remove(step.name());
                }
                if (i % 4 == 3) {
                    PublishedCollection.of(incremental).writeIndex(); // a quiet moment in the middle
                }
            }
            PublishedCollection.of(incremental).writeIndex();

            // The same outputs, without the state: read from the folder.
            Path rebuilt = work.resolve("rebuilt");
            copyOutputs(incremental, rebuilt);
            PublishedCollection.of(rebuilt).writeIndex();
            assertThat(rebuilt.resolve("catalog.json")).hasSameTextualContentAs(incremental.resolve("catalog.json"));
            assertThat(rebuilt.resolve("index.html")).hasSameTextualContentAs(incremental.resolve("index.html"));

            // The final documents arriving at once, in another order.
            Path fresh = work.resolve("fresh");
            List<String> reversed = new ArrayList<>(last.keySet());
            java.util.Collections.reverse(reversed);
            for (String name : reversed) {
                Publishing.publish(fresh, name, DOCUMENTS.get(last.get(name)));
            }
            failures.forEach((name, report) -> Publishing.fail(fresh, name, report));
            PublishedCollection.of(fresh).writeIndex();
            assertThat(fresh.resolve("catalog.json")).hasSameTextualContentAs(incremental.resolve("catalog.json"));
            for (String name : last.keySet()) {
                assertThat(fresh.resolve("html/" + name + ".html")).as(name).hasSameTextualContentAs(incremental.resolve("html/" + name + ".html"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copyOutputs(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to.resolve(relative.toString()));
                } else if (relative.getNameCount() > 1) { // the outputs' folders only: no state, catalog or index
                    Files.copy(file, to.resolve(relative.toString()));
                }
            }
        }
    }
}
