package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Level;
import picocli.CommandLine;

/**
 * convert's logging options (watch has the same ones; WatchHttpEndpointTest runs it with a JSON log
 * file): by default the console shows what it always showed, and each option and its setting changes
 * only what it says it changes.
 */
class LoggingOptionsTest {
    private static final String CONVERTED = "converted res.txt form=markdown preamble=13 operative=9 notes=13 warnings=0 ms=";

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void backToTheDefault() {
        System.clearProperty("plenary.log.format");
        System.clearProperty("plenary.log.level");
        Logging.apply(Level.INFO, null, Logging.Format.TEXT);
    }

    private int convert(String... options) throws Exception {
        Path sample = work.resolve("res.txt");
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), sample, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path empty = Files.write(work.resolve("empty.txt"), new byte[0]);
        List<String> args = new java.util.ArrayList<>(List.of("convert", "-o", work.resolve("out").toString()));
        args.addAll(List.of(options));
        args.addAll(List.of(sample.toString(), empty.toString()));
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandLine(new PlenaryCommand()).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void byDefaultConvertTellsItsRunNotEachDocument() throws Exception {
        assertThat(convert()).isEqualTo(1);
        // Each failure once (its report), the totals; the lines per document are at debug level.
        assertThat(errLines()).noneMatch(line -> line.contains(CONVERTED));
        assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("empty.txt");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 converted, 1 failed");
    }

    @Test
    void theConsoleShowsTimeLevelAndMessage() throws Exception {
        assertThat(convert("--log-level", "debug")).isEqualTo(1);
        assertThat(errLines()).anySatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[DEBUG\\] " + java.util.regex.Pattern.quote(CONVERTED) + "\\d+"));
        assertThat(errLines()).anySatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[DEBUG\\] failed empty\\.txt: .*"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 converted, 1 failed");
    }

    @Test
    void aLogLevelOfWarnKeepsOnlyWarningsAndErrors() throws Exception {
        assertThat(convert("--log-level", "WARN")).isEqualTo(1);
        assertThat(errLines()).noneMatch(line -> line.contains("[INFO]"));
        // The command's own report of the failure is not a log line: it stays.
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt");
    }

    @Test
    void aLogLevelOfDebugAddsPlenarysDebugLinesOnly() throws Exception {
        System.setProperty("plenary.log.level", "debug"); // the setting, as -Dplenary.log.level=debug gives it
        assertThat(convert()).isEqualTo(1);
        assertThat(errLines()).anyMatch(line -> line.contains("[DEBUG] " + CONVERTED));
        assertThat(org.slf4j.LoggerFactory.getLogger("org.plenary.x").isDebugEnabled()).isTrue();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.apache.camel.x").isDebugEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.x").isWarnEnabled()).isFalse();
    }

    @Test
    void aLogFileTakesTheLogLinesAndIsAppendedTo() throws Exception {
        Path file = work.resolve("logs").resolve("plenary.log");
        assertThat(convert("--log-file", file.toString(), "--log-level", "debug")).isEqualTo(1);
        assertThat(errLines()).noneMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[.*"));
        assertThat(Files.readAllLines(file)).anyMatch(line -> line.contains("[DEBUG] " + CONVERTED)).anyMatch(line -> line.contains("[DEBUG] failed empty.txt"));
        long before = Files.readAllLines(file).size();
        assertThat(convert("--log-file", file.toString(), "--log-level", "debug")).isEqualTo(1);
        assertThat(Files.readAllLines(file).size()).isGreaterThan((int) before);
    }

    @Test
    void aLogFormatOfJsonWritesOneObjectALine() throws Exception {
        assertThat(convert("--log-format", "json", "--log-level", "debug")).isEqualTo(1);
        List<JsonNode> logged = errLines().stream().filter(line -> line.startsWith("{")).map(LoggingOptionsTest::json).toList();
        assertThat(logged).anySatisfy(line -> {
            assertThat(line.get("level").asText()).isEqualTo("DEBUG");
            assertThat(line.get("logger").asText()).isEqualTo("org.plenary.route.ConversionRoute");
            assertThat(line.get("message").asText()).startsWith(CONVERTED);
            assertThat(line.has("thread")).isTrue();
            assertThat(line.get("time").asText()).endsWith("Z");
        });
        assertThat(logged).anySatisfy(line -> assertThat(line.get("message").asText()).startsWith("failed empty.txt"));
        assertThat(errLines()).noneMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[.*"));
    }

    @Test
    void theFormatSettingWorksLikeItsOption() throws Exception {
        System.setProperty("plenary.log.format", "json");
        assertThat(convert("--log-level", "debug")).isEqualTo(1);
        assertThat(errLines()).anyMatch(line -> line.startsWith("{") && json(line).get("message").asText().startsWith(CONVERTED));
    }

    @Test
    void aBadLevelOrFormatIsAUsageError() throws Exception {
        assertThat(convert("--log-level", "loud")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'loud' is not a log level");
        assertThat(work.resolve("out")).doesNotExist();
        err.reset();
        assertThat(convert("--log-format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'xml' is not a log format");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
