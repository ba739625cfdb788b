package org.plenary.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times the real application as users start it, through its launcher (bin/plenary), each run in
 * a process of its own: a one-file conversion from a cold JVM, a conversion of a whole folder as
 * one command (with the process's peak memory), and the time from a file appearing in a watched
 * folder to its four outputs.
 */
public final class ApplicationBenchmark {
    /** How long a conversion or a drop may take before the bench gives up on it. */
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** How long a conversion of a whole folder may take: hundreds of PDFs on a busy machine. */
    private static final long BATCH_PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(30);
    /** convert's last line: "N converted, M failed". */
    private static final java.util.regex.Pattern CONVERTED = java.util.regex.Pattern.compile("(\\d+) converted, (\\d+) failed");
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Path launcher;
    private final Path workDir;

    public ApplicationBenchmark(Path launcher, Path workDir) {
        this.launcher = launcher.toAbsolutePath();
        this.workDir = workDir;
    }

    /** Milliseconds, sorted, with the median and the 99th percentile. */
    public record Timings(List<Double> sortedMs) {
        public double p50() {
            return percentile(0.50);
        }

        public double p99() {
            return percentile(0.99);
        }

        public double max() {
            return sortedMs.get(sortedMs.size() - 1);
        }

        public double min() {
            return sortedMs.get(0);
        }

        private double percentile(double p) {
            return sortedMs.get(Math.min(sortedMs.size() - 1, (int) Math.ceil(sortedMs.size() * p) - 1));
        }

        static Timings of(List<Double> ms) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            return new Timings(List.copyOf(sorted));
        }
    }

    /** {@code launcher convert -o OUT file}, each run from a cold JVM; wall time of each. */
    public Timings coldConverts(Path file, int runs) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path out = workDir.resolve("cold-" + run);
            Path log = workDir.resolve("cold-" + run + ".log");
            long start = System.nanoTime();
            Process convert = start(List.of(), log, "convert", "-o", out.toString(), file.toAbsolutePath().toString());
            int exit = awaitExit(convert, log, PATIENCE_NANOS);
            ms.add((System.nanoTime() - start) / 1e6);
            if (exit != 0) {
                throw new IllegalStateException("'" + launcher + " convert' of " + file + " exited with " + exit
                        + "; its output is in " + log);
            }
        }
        return Timings.of(ms);
    }

    /**
     * One run of {@code launcher convert} over a folder: its wall time, what it converted and
     * failed, and the process's peak resident memory in KB (-1 when GNU time is not installed).
     */
    public record BatchRun(double seconds, int converted, int failed, long peakRssKb) {
        public double documentsPerSecond() {
            return (converted + failed) / seconds;
        }
    }

    /**
     * {@code launcher convert -o OUT folder}, each run from a cold JVM into a folder of its own,
     * under GNU time when it is installed, which reads the peak resident memory of the process
     * (the launcher execs the JVM, so that is the JVM's). A run that converts nothing is an error;
     * one where some files fail (exit 1) is measured as it is.
     */
    public List<BatchRun> batchConverts(Path folder, int runs) throws IOException, InterruptedException {
        Path gnuTime = PeakMemory.gnuTime();
        List<BatchRun> measured = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path out = workDir.resolve("batch-" + run);
            Path log = workDir.resolve("batch-" + run + ".log");
            Path peak = workDir.resolve("batch-" + run + ".rss");
            List<String> prefix = PeakMemory.prefix(gnuTime, peak);
            long start = System.nanoTime();
            Process convert = start(prefix, log, "convert", "-o", out.toString(), folder.toAbsolutePath().toString());
            int exit = awaitExit(convert, log, BATCH_PATIENCE_NANOS);
            double seconds = (System.nanoTime() - start) / 1e9;
            java.util.regex.Matcher counts = CONVERTED.matcher(Files.readString(log));
            String last = null;
            while (counts.find()) {
                last = counts.group();
            }
            if (last == null || exit > 1) {
                throw new IllegalStateException("'" + launcher + " convert' of " + folder + " exited with " + exit
                        + "; its output is in " + log);
            }
            java.util.regex.Matcher figures = CONVERTED.matcher(last);
            figures.matches();
            measured.add(new BatchRun(seconds, Integer.parseInt(figures.group(1)), Integer.parseInt(figures.group(2)),
                    gnuTime == null ? -1 : PeakMemory.readKb(peak)));
        }
        return measured;
    }

    /**
     * Starts {@code launcher watch} on folders of its own, then drops the file into the input
     * folder again and again (written under a dot name and renamed, as a careful copy does) and
     * times each drop, from the rename, until its four outputs exist. The first drops, which also
     * wait for the start, are not counted. Between drops comes a pause of random length up to a
     * second, so that drops arrive at any moment of the folder's poll cycle, as files do.
     *
     * @param renameAfter the pause between the last write and the rename: none, as a script's copy
     *     and move; or some milliseconds, as a download finished and then renamed, which the
     *     watcher can tell from the file's times
     */
    public Timings dropLatency(Path file, int warmUp, int drops, java.time.Duration renameAfter) throws IOException, InterruptedException {
        return dropLatency(file, warmUp, drops, renameAfter, 0);
    }

    /**
     * The same, into an output folder where {@code published} documents are already published
     * (copies of the file's own outputs, made by a conversion first), as in a collection that has
     * grown over years; the watcher starts on it as it finds it.
     */
    public Timings dropLatency(Path file, int warmUp, int drops, java.time.Duration renameAfter, int published)
            throws IOException, InterruptedException {
        String series = "watch-" + renameAfter.toMillis() + "ms-" + published;
        Path input = Files.createDirectories(workDir.resolve(series + "-input"));
        Path output = Files.createDirectories(workDir.resolve(series + "-output"));
        Path log = workDir.resolve(series + ".log");
        if (published > 0) {
            Path first = workDir.resolve(series + "-first");
            Path firstLog = workDir.resolve(series + "-first.log");
            int exit = awaitExit(start(List.of(), firstLog, "convert", "-o", first.toString(), file.toAbsolutePath().toString()),
                    firstLog, PATIENCE_NANOS);
            if (exit != 0) {
                throw new IllegalStateException("'" + launcher + " convert' of " + file + " exited with " + exit + "; its output is in " + firstLog);
            }
            String name = org.plenary.pipeline.DocumentJob.baseNameOf(file.getFileName().toString());
            PublishedCopies.write(first, name, output, published);
        }
        byte[] bytes = Files.readAllBytes(file);
        Process watch = start(List.of(), log, "watch", "--input", input.toString(), "--output", output.toString());
        try {
            List<Double> ms = new ArrayList<>();
            java.util.Random pauses = new java.util.Random(drops);
            for (int drop = 0; drop < warmUp + drops; drop++) {
                TimeUnit.MILLISECONDS.sleep(pauses.nextInt(1000));
                String name = "drop-" + drop;
                Path hidden = input.resolve("." + name + ".txt");
                Files.write(hidden, bytes);
                if (!renameAfter.isZero()) {
                    TimeUnit.NANOSECONDS.sleep(renameAfter.toNanos());
                }
                long start = System.nanoTime();
                Files.move(hidden, input.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
                awaitOutputs(output, name, watch, log);
                if (drop >= warmUp) {
                    ms.add((System.nanoTime() - start) / 1e6);
                }
            }
            return Timings.of(ms);
        } finally {
            watch.destroy(); // SIGTERM: the application stops its routes and exits
            if (!watch.waitFor(30, TimeUnit.SECONDS)) {
                watch.destroyForcibly();
            }
        }
    }

    /** One conversion of a large file under a small heap: its size, wall time, exit, last line, peak memory. */
    public record LargeRun(long bytes, double seconds, int exit, String outcome, long peakRssKb) {
    }

    /**
     * {@code launcher convert} of {@code pdf} made {@code bytes} heavy ({@link HeavyPdf}), with the
     * JVM's options set to {@code javaOpts} (a small heap) and the size limit raised above the
     * file's: whether it converts or fails cleanly, how long it takes and the memory it holds.
     */
    public LargeRun largeConvert(Path pdf, long bytes, String javaOpts) throws IOException, InterruptedException {
        String name = org.plenary.pipeline.DocumentJob.baseNameOf(pdf.getFileName().toString()) + "-heavy.pdf";
        Path heavy = Files.createDirectories(workDir.resolve("large-input")).resolve(name);
        HeavyPdf.write(pdf, bytes, heavy);
        Path log = workDir.resolve("large.log");
        Path peak = workDir.resolve("large.rss");
        Path gnuTime = PeakMemory.gnuTime();
        List<String> prefix = PeakMemory.prefix(gnuTime, peak);
        long start = System.nanoTime();
        Process convert = start(prefix, java.util.Map.of("PLENARY_JAVA_OPTS", javaOpts), log, "convert", "--max-bytes",
                Long.toString(2 * Files.size(heavy)), "-o", workDir.resolve("large-output").toString(), heavy.toString());
        int exit = awaitExit(convert, log, PATIENCE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] lines = Files.readString(log).strip().split("\n");
        return new LargeRun(Files.size(heavy), seconds, exit, lines[lines.length - 1].strip(),
                gnuTime == null ? -1 : PeakMemory.readKb(peak));
    }

    private void awaitOutputs(Path output, String name, Process watch, Path log) throws InterruptedException {
        List<Path> outputs = List.of(output.resolve("akn").resolve(name + ".xml"), output.resolve("html").resolve(name + ".html"),
                output.resolve("json").resolve(name + ".json"), output.resolve("txt").resolve(name + ".txt"));
        long start = System.nanoTime();
        while (!outputs.stream().allMatch(Files::exists)) {
            if (!watch.isAlive()) {
                throw new IllegalStateException("'" + launcher + " watch' exited with " + watch.exitValue() + "; its output is in " + log);
            }
            if (System.nanoTime() - start > PATIENCE_NANOS) {
                throw new IllegalStateException("The outputs of " + name + " did not appear within 60 s; the application's output is in " + log);
            }
            TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
        }
    }

    /** The launcher with these arguments, behind the prefix (a command that runs it, or none). */
    private Process start(List<String> prefix, Path log, String... arguments) throws IOException {
        return start(prefix, java.util.Map.of(), log, arguments);
    }

    /** The same, with these variables added to the process's environment. */
    private Process start(List<String> prefix, java.util.Map<String, String> environment, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private int awaitExit(Process process, Path log, long patienceNanos) throws InterruptedException {
        if (!process.waitFor(patienceNanos, TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("'" + launcher + "' did not finish within " + TimeUnit.NANOSECONDS.toSeconds(patienceNanos)
                    + " s; its output is in " + log);
        }
        return process.exitValue();
    }
}
