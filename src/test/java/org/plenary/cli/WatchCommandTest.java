package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** What watch does before it starts: a wrong --input or --schema is one line and exit 2, and creates nothing. */
class WatchCommandTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream saved = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandLine(new PlenaryCommand()).execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aMissingInputFolderIsAnErrorAndIsNotCreated() {
        Path typo = work.resolve("inptu");

        int exit = run("watch", "--input", typo.toString(), "--output", work.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("plenary watch: " + typo
                + " does not exist. Check the path, or add --create-folders to create it." + System.lineSeparator());
        assertThat(typo).doesNotExist();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aSchemaThatCannotBeUsedIsAnErrorBeforeWatchingStarts() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Path typo = work.resolve("akomantoso.xsd");

        int exit = run("watch", "--input", input.toString(), "--output", work.resolve("out").toString(), "--schema", typo.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("plenary watch: " + typo
                + " does not exist (check the path); not started." + System.lineSeparator());
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aSettingItCannotUseStopsItWithOneLineAndExitOne() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));

        int exit = run("watch", "--input", input.toString(), "--output", work.resolve("out").toString(), "--set", "plenary.threads=two");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("plenary watch: could not start: ").contains("[two]")
                .contains("plenary.threads").contains("Correct the setting").doesNotContain("\tat ");
    }

    @Test
    void aLimitItReachesStopsItWithExitZero() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));

        int exit = run("watch", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--set", "camel.main.duration-max-seconds=1");

        assertThat(exit).isZero();
    }

    @Test
    void aFileGivenAsTheInputFolderIsAnError() throws IOException {
        Path file = Files.writeString(work.resolve("input.txt"), "text");

        assertThat(run("watch", "--input", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is a file, not a folder");
    }

    @Test
    void aBadHttpPortOrLogLevelIsAUsageError() {
        Path input = work.resolve("in");
        assertThat(run("watch", "--input", work.toString(), "--output", work.resolve("out").toString(), "--http-port", "70000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the HTTP port must be a number from 0 to 65535");
        err.reset();
        assertThat(run("watch", "--input", work.toString(), "--log-level", "chatty")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'chatty' is not a log level");
        assertThat(input).doesNotExist();
        assertThat(work.resolve("out")).doesNotExist();
    }
}
