package org.plenary.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.plenary.validate.SchemaValidator;
import org.plenary.validate.ValidationProblem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Samples damaged at random (lines deleted, duplicated and shuffled, characters flipped, the
 * text truncated) go through every stage but publishing. Whatever the damage, the result is a
 * document valid against our profile and the official schema, or a ConversionException that
 * tells the user what to do; never another exception, never a hang.
 */
class MutatedSamplesProperties {
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(20);
    private static final Pipeline PIPELINE = Pipelines.inMemory();
    private static List<String> samples;
    private static SchemaValidator official;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeContainer
    static void load() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            samples = files.sorted().map(MutatedSamplesProperties::read).toList();
        }
        official = org.plenary.validate.OfficialSchema.validator();
    }

    @Property(tries = 400)
    void aDamagedSampleConvertsToAValidDocumentOrFailsClearly(@ForAll("damagedSamples") String text) throws Exception {
        DocumentJob job = new DocumentJob("damaged.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("unused"));
        try {
            assertTimeoutPreemptively(PER_DOCUMENT, () -> PIPELINE.run(job));
        } catch (ConversionException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.advice()).isNotBlank();
            return;
        }
        List<ValidationProblem> problems = official.validate(job.aknXml(), "damaged.xml");
        assertThat(problems).as("valid against the official schema").isEmpty();
        assertThat(job.renditions().html()).contains("<html");
        assertThat(JSON.readTree(job.renditions().json()).get("operative").size()).isEqualTo(job.resolution().operative().size());
    }

    @Provide
    Arbitrary<String> damagedSamples() {
        Arbitrary<String> sample = Arbitraries.of(samples);
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(Mutation.values()).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(sample, mutations, seeds).as(MutatedSamplesProperties::damage);
    }

    enum Mutation { DELETE_LINE, DUPLICATE_LINE, SHUFFLE_LINES, FLIP_CHARACTERS, TRUNCATE }

    /** Applies the mutations in order; the seed makes each damaged text reproducible and shrinkable. */
    static String damage(String text, List<Mutation> mutations, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (Mutation mutation : mutations) {
            if (lines.isEmpty()) {
                break;
            }
            int at = random.nextInt(lines.size());
            switch (mutation) {
                case DELETE_LINE -> lines.remove(at);
                case DUPLICATE_LINE -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                case SHUFFLE_LINES -> {
                    int to = Math.min(lines.size(), at + 1 + random.nextInt(10));
                    Collections.shuffle(lines.subList(at, to), random);
                }
                case FLIP_CHARACTERS -> lines.set(at, flip(lines.get(at), random));
                case TRUNCATE -> lines.subList(at, lines.size()).clear();
            }
        }
        return String.join("\n", lines);
    }

    private static final String NOISE = "0123456789.,;:()[]*/-–’\"IlO|abc \t\u00A0\u00AD\u2028é";

    private static String flip(String line, Random random) {
        if (line.isEmpty()) {
            return String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        char[] chars = line.toCharArray();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            chars[random.nextInt(chars.length)] = NOISE.charAt(random.nextInt(NOISE.length()));
        }
        return new String(chars);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
