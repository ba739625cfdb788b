package org.plenary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.pipeline.Pipelines;

class CollectionBenchmarkTest {
    /** The project's shipped samples, beside the developer module. */
    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void aSmallCollectionIsMadeFiledIntoAndReported(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Path> published = List.of(SAMPLES.resolve("A_RES_54_212.txt"), SAMPLES.resolve("A_RES_56_203.txt"));

        new CollectionBenchmark(Pipelines.standard(), new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(dir, published, SAMPLES.resolve("A_RES_58_208.txt"), 12, 1);

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("prepared 12 published documents").contains("publish stage")
                .contains("12 documents more:").contains("the 2 cited documents").contains("catalog.json and index.html written whole");
        try (var pages = Files.list(dir.resolve("full/html"))) {
            // 12 copies, the 2 cited, 2 × 1 measured and 20 warm-up drops, and 5 for the index rounds.
            assertThat(pages.count()).isEqualTo(12 + 2 + 2 + 20 + 5);
        }
    }
}
