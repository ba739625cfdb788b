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

/** What watch does before it starts: a wrong --input is one line and exit 2, and creates nothing. */
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
}
