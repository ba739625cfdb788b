package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

/**
 * Any name a Linux file system allows, in the real application started as a process: each file is
 * converted or reported once (never a stack trace every poll), and names are escaped in the log.
 */
@Tag("reliability")
@EnabledOnOs(value = OS.LINUX, disabledReason = "names with any byte but '/' are a Linux file system's")
class WatchFileNamesTest {
    @TempDir
    Path work;

    @Test
    void everyNameIsConvertedOrReportedOnceWithItsNameEscapedInTheLog() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path output = work.resolve("out");
        byte[] good = Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt"));
        byte[] bad = "Shopping list\n\nmilk\n".getBytes(StandardCharsets.UTF_8);
        String long250 = "a".repeat(246) + ".txt";              // fits; its report's name would not
        String long255Bad = "b".repeat(248) + ".txt";           // 252 bytes, fails; its report is named shorter
        String long255Good = "c".repeat(251) + ".txt";          // its outputs (STEM.html) would not fit: refused
        String nonAsciiLong = "é".repeat(120) + "-long.txt";    // 249 bytes of two-byte letters
        Map<String, byte[]> files = new HashMap<>();
        files.put(long250, good);
        files.put(long255Bad, bad);
        files.put(long255Good, good);
        files.put(nonAsciiLong, good);
        files.put("back\\slash.txt", good);
        files.put("new\nline.txt", good);
        files.put("\u001b[31mred\u001b[0m.txt", good);
        files.put("Résolution – ünïcode.txt", good);
        for (var file : files.entrySet()) {
            Files.write(input.resolve(file.getKey()), file.getValue());
        }
        // A name that is not UTF-8 (byte 0xFF): Java cannot make one, the shell can.
        Process make = new ProcessBuilder("sh", "-c", "printf 'The General Assembly,\\n' > \"$(printf 'bad\\377name.txt')\"")
                .directory(input.toFile()).start();
        assertThat(make.waitFor()).isZero();

        Path log = work.resolve("watch.log");
        Map<String, String> utf8 = new HashMap<>();
        utf8.put("LANG", null);
        utf8.put("LC_ALL", "C.UTF-8"); // what bin/plenary sets when the locale is not UTF-8
        Process watcher = WatcherProcess.start(log, utf8, List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=100"),
                "--input", input.toString(), "--output", output.toString(), "--threads", "2");
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (Files.exists(input.resolve("new\nline.txt")) || Files.exists(input.resolve(long255Good))
                || Files.exists(input.resolve(long255Bad)) || Files.exists(input.resolve("back\\slash.txt"))
                || Files.exists(input.resolve(long250)) || Files.exists(input.resolve(nonAsciiLong))) {
            assertThat(System.nanoTime()).as("all filed; see " + log).isLessThan(deadline);
            assertThat(watcher.isAlive()).isTrue();
            Thread.sleep(50);
        }
        Thread.sleep(2000); // twenty polls more: a name that fails would fail again and again
        watcher.destroy();
        assertThat(watcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Path done = input.resolve(".done");
        Path failed = input.resolve(".failed");
        for (String name : List.of(long250, nonAsciiLong, "back\\slash.txt", "new\nline.txt", "\u001b[31mred\u001b[0m.txt", "Résolution – ünïcode.txt")) {
            assertThat(done.resolve(name)).as(FiledNames.printable(name)).hasBinaryContent(good);
            assertThat(output.resolve("json").resolve(name.substring(0, name.length() - 4) + ".json")).isNotEmptyFile();
        }
        assertThat(failed.resolve(long255Bad)).hasBinaryContent(bad);
        String shortReport = FiledNames.reportName(long255Bad);
        assertThat(shortReport.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(Files.readString(failed.resolve(shortReport))).startsWith(long255Bad).contains("formula");
        assertThat(failed.resolve(long255Good)).hasBinaryContent(good);
        assertThat(Files.readString(failed.resolve(FiledNames.reportName(long255Good))))
                .contains("255 bytes long").contains("Shorten the name to at most 254 bytes");

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String all = String.join("\n", lines);
        assertThat(all).doesNotContain("\u001b").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(lines).anyMatch(l -> l.contains("converted new\\nline.txt"));
        assertThat(lines).anyMatch(l -> l.contains("converted \\u001b[31mred\\u001b[0m.txt"));
        assertThat(lines).anyMatch(l -> l.contains("converted back\\\\slash.txt"));
        assertThat(lines.stream().filter(l -> l.contains("bad\\ufffdname.txt"))).as("reported once").hasSize(1)
                .allMatch(l -> l.contains("not valid in this system's file name encoding"));
        assertThat(lines.stream().filter(l -> l.startsWith("line.txt"))).as("no raw newline from a name").isEmpty();
    }

    @Test
    void withoutAUtf8LocaleANonAsciiNameIsReportedOnceNotRetriedForEver() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path output = work.resolve("out");
        Files.write(input.resolve("Résolution.txt"), Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt")));
        Files.write(input.resolve("plain.txt"), Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt")));
        Path log = work.resolve("watch.log");
        Map<String, String> ascii = new HashMap<>();
        for (String variable : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) {
            ascii.put(variable, null);
        }
        Process watcher = WatcherProcess.start(log, ascii, List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=100"),
                "--input", input.toString(), "--output", output.toString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(input.resolve(".done/plain.txt"))) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            assertThat(watcher.isAlive()).isTrue();
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        watcher.destroy();
        assertThat(watcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String logged = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(logged.lines().filter(l -> l.contains("ignored R"))).hasSize(1)
                .allMatch(l -> l.contains("LC_ALL=C.UTF-8"));
        assertThat(input.resolve("Résolution.txt")).exists();
    }
}
