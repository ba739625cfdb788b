package org.plenary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipelines;

/** A resolution made long keeps its form and structure, and only its longest paragraph grows. */
class LongTextTest {
    @TempDir
    Path out;

    @Test
    void growsTheLongestParagraphToTheSizeAsked() {
        String text = "The General Assembly,\n\n1. Decides that\n   the work goes on;\n\n2. Requests a report.\n";

        String stretched = LongText.of(text, 2_000);

        assertThat(stretched.length()).isBetween(2_000, 2_100);
        assertThat(stretched).startsWith("The General Assembly,\n\n1. Decides that\n   the work goes on;\n");
        assertThat(stretched).endsWith("\n\n2. Requests a report.\n");
        assertThat(stretched.split("\n\n")).hasSize(3);
        assertThat(Arrays.stream(stretched.split("\n")).mapToInt(String::length).max().getAsInt()).isLessThanOrEqualTo(40);
    }

    @Test
    void aRealResolutionMadeLongConvertsWithItsStructure() throws Exception {
        Path sample = Path.of("..", "samples", "A_RES_54_212.txt");
        String text = Files.readString(sample);
        DocumentJob original = Pipelines.standard().run(new DocumentJob("short.txt", Files.readAllBytes(sample), out));

        String stretched = LongText.of(text, 1_000_000);
        DocumentJob grown = Pipelines.standard().run(new DocumentJob("long.txt", stretched.getBytes(java.nio.charset.StandardCharsets.UTF_8), out));

        assertThat(stretched.length()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(grown.laidOut().form()).isEqualTo(original.laidOut().form());
        assertThat(grown.resolution().preamble()).hasSameSizeAs(original.resolution().preamble());
        assertThat(grown.resolution().operative()).hasSameSizeAs(original.resolution().operative());
    }
}
