package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;

/**
 * Inputs built to find quadratic loops and backtracking regular expressions: a paragraph of a
 * megabyte on one line, thousands of candidate note calls, long runs of punctuation and digits,
 * thousands of lines joined into one paragraph. The limit is a hang guard, far above the real
 * cost; speed itself is measured by the benchmark.
 */
class PathologicalInputTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void aMegabyteOnOneLine() {
        String words = IntStream.range(0, 150_000).mapToObj(i -> i % 7 == 0 ? "Assembly," : "development")
                .collect(Collectors.joining(" "));
        DocumentJob job = convert("The General Assembly,\n\nRecalling " + words + ",\n\n1. Decides to act.\n");
        assertThat(job.resolution().preamble()).hasSize(1);
    }

    @Test
    void thousandsOfCandidateCalls() {
        String paragraph = IntStream.range(0, 20_000).mapToObj(i -> "word" + i + "," + (i % 50))
                .collect(Collectors.joining(" "));
        String notes = IntStream.rangeClosed(1, 150).mapToObj(i -> i + " Note " + i + ".").collect(Collectors.joining("\n"));
        DocumentJob job = convert("The General Assembly,\n\nRecalling " + paragraph + ",\n\n1. Decides to act.\n\n" + notes + "\n");
        assertThat(job.resolution().notes()).hasSize(150);
    }

    @Test
    void longRunsOfPunctuationAndDigits() {
        DocumentJob job = convert("The General Assembly,\n\nRecalling " + ",".repeat(50_000) + "\n\n1. Decides "
                + "1".repeat(50_000) + " " + ".".repeat(50_000) + " " + "(a".repeat(20_000) + "\n");
        assertThat(job.resolution().operative()).isNotEmpty();
    }

    @Test
    void thousandsOfLinesJoinedIntoOneParagraph() {
        String lines = IntStream.range(0, 20_000).mapToObj(i -> "and the continuing work of the relevant bodies of the system")
                .collect(Collectors.joining("\n"));
        DocumentJob job = convert("The General Assembly,\n\n1. Decides that the report shall cover\n" + lines + ";\n\n2. Requests a report.\n");
        assertThat(job.resolution().operative()).hasSize(2);
    }

    private static DocumentJob convert(String text) {
        return assertTimeoutPreemptively(HANG, () -> Conversions.convert("pathological.txt", text));
    }
}
