package org.plenary.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationBenchmarkTest {
    @Test
    void percentilesAreReadFromTheSortedTimes() {
        ApplicationBenchmark.Timings timings = ApplicationBenchmark.Timings.of(
                IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList());
        assertThat(timings.p50()).isEqualTo(50.0);
        assertThat(timings.p99()).isEqualTo(99.0);
        assertThat(timings.max()).isEqualTo(100.0);
        assertThat(ApplicationBenchmark.Timings.of(List.of(7.0)).p99()).isEqualTo(7.0);
    }

    @Test
    void aFailingConversionIsReportedWithWhereItsOutputIs(@TempDir Path dir) throws Exception {
        ApplicationBenchmark bench = benchWithLauncher(dir, "echo 'no such file' >&2\nexit 3");

        assertThatThrownBy(() -> bench.coldConverts(sample(dir), 1))
                .hasMessageContaining("exited with 3").hasMessageContaining("cold-0.log");
        assertThat(dir.resolve("work/cold-0.log")).content().contains("no such file");
    }

    @Test
    void aWatcherThatStopsIsReportedInsteadOfAwaitedForever(@TempDir Path dir) throws Exception {
        ApplicationBenchmark bench = benchWithLauncher(dir, "exit 1");

        assertThatThrownBy(() -> bench.dropLatency(sample(dir), 0, 1, java.time.Duration.ZERO)).hasMessageContaining("watch' exited with 1");
    }

    @Test
    void aFolderConvertedAsOneCommandIsMeasuredEvenWhenSomeFilesFail(@TempDir Path dir) throws Exception {
        ApplicationBenchmark bench = benchWithLauncher(dir, "echo '3 converted, 1 failed'\nexit 1");

        List<ApplicationBenchmark.BatchRun> runs = bench.batchConverts(dir, 2);

        assertThat(runs).hasSize(2).allSatisfy(run -> {
            assertThat(run.converted()).isEqualTo(3);
            assertThat(run.failed()).isEqualTo(1);
            assertThat(run.seconds()).isPositive();
        });
        if (PeakMemory.gnuTime() != null) {
            assertThat(runs.get(0).peakRssKb()).isPositive();
        }
    }

    @Test
    void aFolderConversionThatBreaksIsReportedWithWhereItsOutputIs(@TempDir Path dir) throws Exception {
        ApplicationBenchmark bench = benchWithLauncher(dir, "echo 'usage' >&2\nexit 2");

        assertThatThrownBy(() -> bench.batchConverts(dir, 1)).hasMessageContaining("exited with 2").hasMessageContaining("batch-0.log");
    }

    @Test
    void aLargeConversionRunsWithTheGivenJavaOptionsAndReportsItsLastLine(@TempDir Path dir) throws Exception {
        Path options = dir.resolve("options");
        ApplicationBenchmark bench = benchWithLauncher(dir, "echo \"$PLENARY_JAVA_OPTS $1 $2\" > " + options + "\necho 'warming'\necho '1 converted, 0 failed'");
        Path pdf = dir.resolve("resolution.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }

        ApplicationBenchmark.LargeRun run = bench.largeConvert(pdf, 1_500_000, "-Xmx256m");

        assertThat(run.exit()).isZero();
        assertThat(run.outcome()).isEqualTo("1 converted, 0 failed");
        assertThat(run.bytes()).isGreaterThan(1_000_000);
        assertThat(options).content().startsWith("-Xmx256m convert --max-bytes");
    }

    /** A launcher that runs the given shell lines whatever it is asked to do. */
    private static ApplicationBenchmark benchWithLauncher(Path dir, String script) throws Exception {
        Path launcher = dir.resolve("launcher");
        Files.writeString(launcher, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return new ApplicationBenchmark(launcher, Files.createDirectories(dir.resolve("work")));
    }

    private static Path sample(Path dir) throws Exception {
        return Files.writeString(dir.resolve("sample.txt"), "The General Assembly,");
    }
}
