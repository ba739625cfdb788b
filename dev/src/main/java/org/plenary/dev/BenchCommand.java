package org.plenary.dev;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.bench.ApplicationBenchmark;
import org.plenary.bench.StageBenchmark;
import org.plenary.corpus.AknReader;
import org.plenary.corpus.CorpusCheck;
import org.plenary.corpus.PagedLayout;
import org.plenary.corpus.ReferenceDocument;
import org.plenary.pipeline.Pipelines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures each stage of the pipeline; see BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time each pipeline stage (documents/s, MB/s, mean and p99 per document, allocation) "
                + "on the given resolutions, on documents printed from an Akoma Ntoso corpus and on real PDFs, the whole pipeline's "
                + "throughput and heap, and with --launcher the application itself (cold convert, drop-to-outputs latency; "
                + "a cold convert of one PDF; one convert of a folder of PDFs, of each folder of texts and of the printed corpus, "
                + "each with its peak memory).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Akoma Ntoso resolutions to print (paged layout) and convert.")
    Path corpus;

    @Option(names = "--documents", description = "How many corpus documents (default ${DEFAULT-VALUE}).")
    int documents = 1000;

    @Option(names = "--rounds", description = "Measured rounds over the given files (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Option(names = "--threads", description = "Also measure whole-pipeline throughput with this many worker threads, against one (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--throughput-rounds", description = "Passes over the corpus documents for the throughput figures (default ${DEFAULT-VALUE}).")
    int throughputRounds = 3;

    @Option(names = "--launcher", paramLabel = "FILE", description = "Also time the real application through this launcher "
            + "(bin/plenary): a one-file convert from a cold JVM, and the latency from a drop into a watched folder to its four outputs.")
    Path launcher;

    @Option(names = "--sample", paramLabel = "FILE", description = "The resolution the application timings convert (default: the first given file).")
    Path sample;

    @Option(names = "--cold-runs", description = "Cold one-file conversions to time (default ${DEFAULT-VALUE}).")
    int coldRuns = 5;

    @Option(names = "--drops", description = "Drops into the watched folder to time, after two not counted (default ${DEFAULT-VALUE}).")
    int drops = 20;

    @Option(names = "--published", description = "Documents already published in the output folder of a last series of drops "
            + "(renamed in 20 ms after writing), against the empty folder of the others; 0 leaves it out (default ${DEFAULT-VALUE}).")
    int published = 10_000;

    @Option(names = "--long-text-mb", description = "With --launcher, also convert the sample made this many megabytes long "
            + "(its longest paragraph going on with its own words) from a cold JVM, three times; 0 leaves it out (default ${DEFAULT-VALUE}).")
    int longTextMb = 10;

    @Option(names = "--large-pdf-mb", description = "With --pdf, also convert that PDF made this many megabytes heavy with pictures, "
            + "within the heap of --large-pdf-heap; 0 leaves it out (default ${DEFAULT-VALUE}).")
    int largePdfMb = 100;

    @Option(names = "--large-pdf-heap", description = "The JVM options for the large PDF's convert (default ${DEFAULT-VALUE}).")
    String largePdfOptions = "-XX:+UseSerialGC -Xmx256m";

    @Option(names = "--pdf", paramLabel = "FILE", description = "A real PDF that --launcher converts from a cold JVM, --cold-runs times.")
    Path pdf;

    @Option(names = "--pdfs", paramLabel = "DIR", description = "Real PDFs: converted by --launcher as one command (--batch-runs times), "
            + "then stage by stage and for throughput in this JVM (--pdf-rounds passes).")
    Path pdfs;

    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of real texts that --launcher converts as one command "
            + "(--batch-runs times); may be repeated. With --corpus, the printed corpus documents are converted so too.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--batch-runs", description = "Runs of each one-command conversion of a folder (--pdfs, --texts, the printed corpus; default ${DEFAULT-VALUE}).")
    int batchRuns = 3;

    @Option(names = "--pdf-rounds", description = "Passes over --pdfs for the throughput figures (default ${DEFAULT-VALUE}).")
    int pdfRounds = 1;

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path out = Files.createTempDirectory("plenary-bench");
        try {
            return run(out);
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(out);
        }
    }

    private int run(Path out) throws Exception {
        // Printed once: the launcher converts them as a folder, this JVM stage by stage.
        List<StageBenchmark.Input> printed = corpus != null ? printedCorpus() : List.of();
        System.out.printf("Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (launcher != null) {
            // Before this JVM builds its own pipeline, whose start (stylesheets compiled in the
            // background) would take processor time from the application's.
            timeApplication(out.resolve("application"));
            if (pdf != null || pdfs != null) {
                timePdfApplication(out.resolve("application-pdf"));
            }
            timeTextBatches(out.resolve("application-texts"), printed);
        }
        StageBenchmark bench = new StageBenchmark(Pipelines.standard());
        if (!files.isEmpty()) {
            List<StageBenchmark.Input> inputs = new ArrayList<>();
            for (Path file : files) {
                inputs.add(new StageBenchmark.Input(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            StageBenchmark.print("Given files (" + inputs.size() + ", " + rounds + " rounds):", bench.run(inputs, rounds, out.resolve("given")), System.out);
        }
        if (corpus != null) {
            List<StageBenchmark.Input> inputs = printed;
            StageBenchmark.print("Corpus printed in the paged layout (" + inputs.size() + " documents):",
                    bench.run(inputs, 1, out.resolve("corpus")), System.out);
            bench.alone(inputs, "parse", 1, out); // its warm-up
            StageBenchmark.print("Parse alone over the corpus documents (8 passes):",
                    java.util.Map.of("parse", bench.alone(inputs, "parse", 8, out)), System.out);
            // Throughput, whole pipeline with writing, as the watcher's worker threads run it.
            System.out.printf("Throughput over %d documents (%d passes), whole pipeline:%n", inputs.size() * throughputRounds, throughputRounds);
            resetHeapPeaks();
            StageBenchmark.Throughput one = bench.throughput(inputs, throughputRounds, 1, out, StageBenchmark.Outputs.NEW);
            printThroughput("1 thread ", one, "new outputs");
            if (threads > 1) {
                StageBenchmark.Throughput many = bench.throughput(inputs, throughputRounds, threads, out, StageBenchmark.Outputs.NEW);
                printThroughput(threads + " threads", many, String.format("new outputs (%.2fx)", many.documentsPerSecond() / one.documentsPerSecond()));
                printThroughput(threads + " threads", bench.throughput(inputs, throughputRounds, threads, out, StageBenchmark.Outputs.OVERWRITTEN),
                        "over the outputs of an earlier run");
            }
            printHeap("the throughput runs");
        }
        if (pdfs != null) {
            benchPdfs(bench, out.resolve("pdf"));
        }
        return 0;
    }

    /** Up to --documents resolutions of the corpus, each printed in the paged layout, as pdftotext -layout gives it. */
    private List<StageBenchmark.Input> printedCorpus() throws java.io.IOException {
        List<StageBenchmark.Input> inputs = new ArrayList<>();
        AknReader reader = new AknReader();
        PagedLayout layout = new PagedLayout();
        for (Path file : CorpusCheck.collect(List.of(corpus))) {
            if (inputs.size() >= documents) {
                break;
            }
            ReferenceDocument reference = reader.read(file);
            if (reference.unusable == null && !reference.operativeTexts.isEmpty()) {
                String text = layout.print(reference, reference.meta.getOrDefault("symbol", "A/RES/0/0"));
                inputs.add(new StageBenchmark.Input(file.getFileName() + ".txt", text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return inputs;
    }

    /**
     * What users run on texts, through the launcher: each --texts folder, and the printed corpus
     * written to a folder, converted as one command.
     */
    private void timeTextBatches(Path workDir, List<StageBenchmark.Input> printed) throws Exception {
        List<Path> folders = new ArrayList<>(texts);
        if (!printed.isEmpty()) {
            Path folder = Files.createDirectories(workDir.resolve("printed-corpus"));
            for (StageBenchmark.Input input : printed) {
                Files.write(folder.resolve(input.name()), input.bytes());
            }
            folders.add(folder);
        }
        if (folders.isEmpty()) {
            return;
        }
        ApplicationBenchmark application = new ApplicationBenchmark(launcher, Files.createDirectories(workDir));
        System.out.printf("The application (%s), on folders of texts:%n", launcher);
        for (Path folder : folders) {
            printBatch(folder, application.batchConverts(folder, batchRuns));
        }
    }

    /** The real PDFs in this JVM: each stage, then whole-pipeline throughput with one thread and with --threads. */
    private void benchPdfs(StageBenchmark bench, Path out) throws Exception {
        List<StageBenchmark.Input> inputs = new ArrayList<>();
        try (var files = Files.list(pdfs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList()) {
                inputs.add(new StageBenchmark.Input(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        StageBenchmark.print("Real PDFs (" + inputs.size() + ", one measured pass):", bench.run(inputs, 1, out.resolve("stages")), System.out);
        System.out.printf("Throughput over %d PDFs (%d %s), whole pipeline:%n", inputs.size() * pdfRounds, pdfRounds,
                pdfRounds == 1 ? "pass" : "passes");
        resetHeapPeaks();
        StageBenchmark.Throughput one = bench.throughput(inputs, pdfRounds, 1, out, StageBenchmark.Outputs.NEW);
        printThroughput("1 thread ", one, "new outputs");
        if (threads > 1) {
            StageBenchmark.Throughput many = bench.throughput(inputs, pdfRounds, threads, out, StageBenchmark.Outputs.NEW);
            printThroughput(threads + " threads", many, String.format("new outputs (%.2fx)", many.documentsPerSecond() / one.documentsPerSecond()));
        }
        printHeap("the PDF throughput runs");
    }

    private static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void printHeap(String over) {
        // Each pool's peak, summed: no more than that was ever in use at once.
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        // What stays after a full collection is what accumulated over the run.
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Heap over %s: at most %d MB in use (the sum of each pool's peak); "
                + "%d MB after them and a full collection; %d MB allowed%n",
                over, peak >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    /** The real application, through its launcher, each run a process of its own. */
    private void timeApplication(Path workDir) throws Exception {
        Path file = sample != null ? sample : files.isEmpty() ? null : files.get(0);
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--launcher needs a resolution to convert: give --sample FILE or a FILE to time.");
        }
        ApplicationBenchmark application = new ApplicationBenchmark(launcher, Files.createDirectories(workDir));
        System.out.printf("The application (%s), on %s:%n", launcher, file.getFileName());
        ApplicationBenchmark.Timings cold = application.coldConverts(file, coldRuns);
        System.out.printf("  convert from a cold JVM   median %6.0f ms  max %6.0f ms  (%d runs)%n", cold.p50(), cold.max(), coldRuns);
        if (longTextMb > 0) {
            Path longText = Files.createDirectories(workDir.resolve("long-input"))
                    .resolve(org.plenary.pipeline.DocumentJob.baseNameOf(file.getFileName().toString()) + "-long.txt");
            Files.writeString(longText, org.plenary.bench.LongText.of(Files.readString(file), longTextMb * 1_000_000L));
            // Into folders of their own: the sample's outputs are not in its collection.
            ApplicationBenchmark.Timings stretched = new ApplicationBenchmark(launcher, Files.createDirectories(workDir.resolve("long")))
                    .coldConverts(longText, 3);
            System.out.printf("  convert of it made %.0f MB long from a cold JVM  min %6.0f ms  median %6.0f ms  max %6.0f ms  (3 runs)%n",
                    Files.size(longText) / 1e6, stretched.min(), stretched.p50(), stretched.max());
        }
        ApplicationBenchmark.Timings latency = application.dropLatency(file, 2, drops, java.time.Duration.ZERO);
        System.out.printf("  drop to its four outputs  p50 %6.0f ms     p99 %6.0f ms  (%d drops into a watched folder, renamed in at once)%n",
                latency.p50(), latency.p99(), drops);
        // Renamed a moment after the last write, as a download is: the watcher takes it without the settle period.
        ApplicationBenchmark.Timings renamed = application.dropLatency(file, 2, drops, java.time.Duration.ofMillis(20));
        System.out.printf("  drop to its four outputs  p50 %6.0f ms     p99 %6.0f ms  (%d drops, renamed in 20 ms after the last write)%n",
                renamed.p50(), renamed.p99(), drops);
        if (published > 0) {
            ApplicationBenchmark.Timings full = application.dropLatency(file, 2, drops, java.time.Duration.ofMillis(20), published);
            System.out.printf("  drop to its four outputs  p50 %6.0f ms     p99 %6.0f ms  (the same, with %,d documents already published)%n",
                    full.p50(), full.p99(), published);
        }
    }

    /**
     * What users run on PDFs, through the launcher: one PDF from a cold JVM (min, median, max),
     * and a whole folder of PDFs as one command (documents/s, wall time, the process's peak memory).
     */
    private void timePdfApplication(Path workDir) throws Exception {
        ApplicationBenchmark application = new ApplicationBenchmark(launcher, Files.createDirectories(workDir));
        System.out.printf("The application (%s), on PDFs:%n", launcher);
        if (pdf != null) {
            ApplicationBenchmark.Timings cold = application.coldConverts(pdf, coldRuns);
            System.out.printf("  convert of %s from a cold JVM  min %6.0f ms  median %6.0f ms  max %6.0f ms  (%d runs)%n",
                    pdf.getFileName(), cold.min(), cold.p50(), cold.max(), coldRuns);
            if (largePdfMb > 0) {
                ApplicationBenchmark.LargeRun large = application.largeConvert(pdf, largePdfMb * 1_000_000L, largePdfOptions);
                System.out.printf("  convert of it made %.0f MB heavy with pictures, within %s: %.1f s, exit %d, peak resident memory %s: %s%n",
                        large.bytes() / 1e6, largePdfOptions, large.seconds(), large.exit(),
                        large.peakRssKb() < 0 ? "unknown" : (large.peakRssKb() >> 10) + " MB", large.outcome());
            }
        }
        if (pdfs != null) {
            printBatch(pdfs, application.batchConverts(pdfs, batchRuns));
        }
    }

    /** A folder's one-command conversions: wall time (min, median, max), documents/s, peak memory. */
    private static void printBatch(Path folder, List<ApplicationBenchmark.BatchRun> runs) {
        List<ApplicationBenchmark.BatchRun> bySpeed = runs.stream()
                .sorted(java.util.Comparator.comparingDouble(ApplicationBenchmark.BatchRun::seconds)).toList();
        ApplicationBenchmark.BatchRun median = bySpeed.get((bySpeed.size() - 1) / 2);
        System.out.printf("  convert of %s as one command  min %5.1f s  median %5.1f s  max %5.1f s  (%d runs; %d converted, %d failed)%n",
                folder.getFileName() + "/ (" + (median.converted() + median.failed()) + " files)", bySpeed.get(0).seconds(), median.seconds(),
                bySpeed.get(bySpeed.size() - 1).seconds(), runs.size(), median.converted(), median.failed());
        System.out.printf("    %.1f documents/s at the median, %.1f at best; peak resident memory %s%n", median.documentsPerSecond(),
                bySpeed.get(0).documentsPerSecond(), peakMemory(runs));
    }

    /** The smallest and largest of the runs' peaks, in MB. */
    private static String peakMemory(List<ApplicationBenchmark.BatchRun> runs) {
        long[] mb = runs.stream().mapToLong(run -> run.peakRssKb() < 0 ? -1 : run.peakRssKb() >> 10).sorted().toArray();
        if (mb[0] < 0) {
            return "unknown (GNU time, which reads it, is not installed)";
        }
        return mb[0] == mb[mb.length - 1] ? mb[0] + " MB" : mb[0] + " to " + mb[mb.length - 1] + " MB";
    }

    private static void printThroughput(String threads, StageBenchmark.Throughput throughput, String what) {
        System.out.printf("  %-10s %6.0f docs/s  CPU per document: %5.2f ms user + %5.2f ms kernel  %s%n", threads,
                throughput.documentsPerSecond(), throughput.userMsPerDocument(), throughput.kernelMsPerDocument(), what);
    }
}
