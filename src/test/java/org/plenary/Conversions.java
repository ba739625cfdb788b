package org.plenary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;

/** Runs the real pipeline (every stage but publishing) in memory; one instance for all tests. */
public final class Conversions {
    /** The five shipped samples: real resolutions, each in a form of its own. */
    public static final java.util.List<String> SAMPLES =
            java.util.List.of("A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt", "A_C.2_58_L.37.txt", "A_RES_59_241.txt");

    private static final Pipeline PIPELINE = Pipelines.inMemory();

    /** The samples, for parameterised tests: {@code @MethodSource("org.plenary.Conversions#samples")}. */
    public static java.util.stream.Stream<String> samples() {
        return SAMPLES.stream();
    }

    private Conversions() {
    }

    public static DocumentJob convert(String fileName, String text) {
        return convert(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    public static DocumentJob convert(String fileName, byte[] bytes) {
        return PIPELINE.run(new DocumentJob(fileName, bytes, Path.of("unused")));
    }

    public static DocumentJob convertSample(String fileName) throws IOException {
        return convert(fileName, Files.readAllBytes(SharedMaterial.sample(fileName)));
    }
}
