package org.plenary.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Stage;

/**
 * Times every stage of the real pipeline on a set of documents: throughput (documents/s and MB/s),
 * mean and 99th percentile per document, and bytes allocated per document. The set runs for at
 * least five seconds (and once at least) to warm the JIT before the measured rounds.
 */
public final class StageBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One named input. */
    public record Input(String name, byte[] bytes) {
    }

    /** Figures for one stage, or for the whole pipeline. */
    public record Figures(String stage, int documents, double seconds, long bytes, double meanMs, double p99Ms,
                          long allocatedPerDocument) {
        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1048576.0 / seconds;
        }
    }

    private final Pipeline pipeline;

    public StageBenchmark(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** How long the set runs before it is measured, at least one pass: the JIT compiles the hot code in that time. */
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    /**
     * Times every stage of every document. The warm-up writes into one folder, over and over;
     * each measured round writes new outputs into a folder of its own, as a batch of new documents
     * does (replacing outputs costs the file system more, which the throughput measures apart).
     */
    public Map<String, Figures> run(List<Input> inputs, int rounds, Path outputDir) {
        Path warmUp = outputDir.resolve("warm-up");
        long start = System.nanoTime();
        do {
            measure(inputs, 1, warmUp, round -> warmUp);
        } while (System.nanoTime() - start < WARM_UP_NANOS);
        return measure(inputs, rounds, warmUp, round -> outputDir.resolve("round-" + round));
    }

    private Map<String, Figures> measure(List<Input> inputs, int rounds, Path checkDir, java.util.function.IntFunction<Path> roundDir) {
        // The inputs are resolutions as text: the stages that read Akoma Ntoso input never run for them.
        List<Stage> stages = pipeline.stages().stream().filter(stage -> stage.input() != Stage.Input.AKOMA_NTOSO).toList();
        List<Input> convertible = new java.util.ArrayList<>();
        for (Input input : inputs) {
            try {
                pipeline.run(new DocumentJob(input.name(), input.bytes(), checkDir));
                convertible.add(input);
            } catch (org.plenary.pipeline.ConversionException notAResolution) {
                // Measured documents are those the pipeline converts; the others get error reports.
            }
        }
        inputs = convertible;
        int n = inputs.size() * rounds;
        long[][] nanos = new long[stages.size() + 1][n];
        long[] allocated = new long[stages.size() + 1];
        long totalBytes = 0;
        int k = 0;
        for (int round = 0; round < rounds; round++) {
            Path outputDir = roundDir.apply(round);
            for (Input input : inputs) {
                DocumentJob job = new DocumentJob(input.name(), input.bytes(), outputDir);
                totalBytes += input.bytes().length;
                long whole = 0;
                for (int s = 0; s < stages.size(); s++) {
                    long took = timed(stages.get(s), job, allocated, s);
                    nanos[s][k] = took;
                    whole += took;
                }
                nanos[stages.size()][k] = whole;
                k++;
            }
        }
        for (int s = 0; s < stages.size(); s++) {
            allocated[stages.size()] += allocated[s];
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (int s = 0; s <= stages.size(); s++) {
            String name = s < stages.size() ? stages.get(s).name() : "pipeline";
            figures.put(name, figures(name, nanos[s], totalBytes, allocated[s] / n));
        }
        return figures;
    }

    private static Figures figures(String stage, long[] nanos, long bytes, long allocatedPerDocument) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum() / 1e9;
        double mean = total * 1000 / sorted.length;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        return new Figures(stage, sorted.length, total, bytes, mean, p99, allocatedPerDocument);
    }

    /**
     * One stage on its own, over the inputs {@code rounds} times: each document is brought up to
     * the stage untimed, then only the stage is timed. Quieter than the stage's column in the
     * tables, where every stage of a document runs in turn and each finds the caches the others
     * left. Returns the figures of that stage.
     */
    public Figures alone(List<Input> inputs, String stageName, int rounds, Path outputDir) {
        List<Stage> stages = pipeline.stages().stream().filter(stage -> stage.input() != Stage.Input.AKOMA_NTOSO).toList();
        int target = stages.stream().map(Stage::name).toList().indexOf(stageName);
        if (target < 0) {
            throw new IllegalArgumentException("No stage named " + stageName);
        }
        long[] nanos = new long[inputs.size() * rounds];
        long bytes = 0;
        long[] allocated = new long[1];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
            for (Input input : inputs) {
                DocumentJob job = new DocumentJob(input.name(), input.bytes(), outputDir);
                try {
                    stages.subList(0, target).forEach(stage -> stage.apply(job));
                    nanos[k++] = timed(stages.get(target), job, allocated, 0);
                    bytes += input.bytes().length;
                } catch (org.plenary.pipeline.ConversionException notAResolution) {
                    // as in the tables, only the documents the pipeline converts are measured
                }
            }
        }
        return figures(stageName, Arrays.copyOf(nanos, k), bytes, allocated[0] / Math.max(1, k));
    }

    /** Applies the stage and returns the nanoseconds it took; adds the bytes it allocated to {@code allocated[slot]}. */
    private static long timed(Stage stage, DocumentJob job, long[] allocated, int slot) {
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        stage.apply(job);
        long took = System.nanoTime() - start;
        allocated[slot] += THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        return took;
    }

    /** Where a throughput run writes: as a batch of new documents does, or over an earlier run's outputs. */
    public enum Outputs { NEW, OVERWRITTEN }

    /**
     * Whole-pipeline throughput with the given number of worker threads, each converting the
     * next document of the list until every one is done, the list gone through {@code rounds}
     * times (one pass first to warm up). Returns documents per second and processor time per document.
     * With {@link Outputs#NEW} each pass writes into a folder of its own, as a batch of new
     * documents would (about 90 MB a pass of the corpus); with {@link Outputs#OVERWRITTEN} every
     * pass replaces the outputs of the one before, as a second run over the same input does.
     * The outputs stay until the caller removes {@code outputDir}: removing them between
     * measurements would slow the next one on a file system that keeps freed inodes from reuse for
     * minutes (ext4 without a journal, where each new file then skips over every inode freed
     * recently). Replacing outputs frees one inode per file, so {@link Outputs#OVERWRITTEN} is
     * measured last.
     */
    public Throughput throughput(List<Input> inputs, int rounds, int threads, Path outputDir, Outputs outputs)
            throws InterruptedException {
        Path runDir = outputDir.resolve(outputs + "-" + threads);
        runConcurrently(inputs, 1, threads, pass -> runDir.resolve("warm-up"));
        long start = System.nanoTime();
        Throughput measured = runConcurrently(inputs, rounds, threads,
                pass -> outputs == Outputs.NEW ? runDir.resolve("pass-" + pass) : runDir.resolve("warm-up"))
                .over(System.nanoTime() - start);
        return measured;
    }

    /**
     * Documents per second, and the worker threads' processor time per document, split into the
     * application's own (user) and the kernel's: reading input is done before, so the kernel's part
     * is mostly creating and writing the output files.
     */
    public record Throughput(int documents, double documentsPerSecond, double userMsPerDocument, double kernelMsPerDocument) {
        Throughput over(long nanos) {
            return new Throughput(documents, documents / (nanos / 1e9), userMsPerDocument, kernelMsPerDocument);
        }
    }

    private Throughput runConcurrently(List<Input> inputs, int rounds, int threads, java.util.function.IntFunction<Path> passDir)
            throws InterruptedException {
        int total = inputs.size() * rounds;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger converted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong userNanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long user = THREADS.getCurrentThreadUserTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    Input input = inputs.get(i % inputs.size());
                    try {
                        pipeline.run(new DocumentJob(input.name(), input.bytes(), passDir.apply(i / inputs.size())));
                        converted.incrementAndGet();
                    } catch (org.plenary.pipeline.ConversionException notAResolution) {
                        // counted out, as in the stage tables
                    }
                }
                userNanos.addAndGet(THREADS.getCurrentThreadUserTime() - user);
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        int documents = converted.get();
        return new Throughput(documents, 0, userNanos.get() / 1e6 / documents, (cpuNanos.get() - userNanos.get()) / 1e6 / documents);
    }

    public static void print(String title, Map<String, Figures> figures, PrintStream out) {
        out.println(title);
        out.printf("  %-10s %10s %8s %9s %9s %12s%n", "stage", "docs/s", "MB/s", "mean ms", "p99 ms", "alloc/doc");
        figures.values().forEach(f -> out.printf("  %-10s %10.0f %8.2f %9.2f %9.2f %10.0f KB%n", f.stage(),
                f.documentsPerSecond(), f.megabytesPerSecond(), f.meanMs(), f.p99Ms(), f.allocatedPerDocument() / 1024.0));
    }
}
