package org.plenary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plenary.SharedMaterial;

/** One pipeline shared by several threads gives, for every document, exactly one thread's outputs. */
class ConcurrencyTest {
    private static final List<String> SAMPLES = List.of("A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt",
            "A_C.2_58_L.37.txt", "A_RES_59_241.txt");

    @Test
    void fourThreadsGiveTheOutputsOfOne() throws Exception {
        Pipeline pipeline = Pipelines.inMemory();
        Map<String, String> single = SAMPLES.stream().collect(Collectors.toMap(s -> s, s -> outputs(pipeline, s)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> runs = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String sample : SAMPLES) {
                    runs.add(pool.submit(() -> new String[] {sample, outputs(pipeline, sample)}));
                }
            }
            for (Future<String[]> run : runs) {
                String[] result = run.get();
                assertThat(result[1]).as(result[0]).isEqualTo(single.get(result[0]));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String outputs(Pipeline pipeline, String sample) {
        try {
            DocumentJob job = pipeline.run(new DocumentJob(sample, Files.readAllBytes(SharedMaterial.sample(sample)), Path.of("unused")));
            return Stream.of(job.aknXml(), job.renditions().html(), job.renditions().json(), job.renditions().text())
                    .collect(Collectors.joining("\n\u0000\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
