package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

import com.fasterxml.jackson.databind.JsonNode;

/** The watched folder under re-drops, unwritable outputs and every kind of awkward input. */
class WatchReliabilityTest {
    @TempDir
    Path work;

    private static String sample() throws Exception {
        return Files.readString(SharedMaterial.sample("A_RES_56_203.txt"));
    }

    @Test
    void aCorrectedRedropIsConvertedAgainAndTheSameBytesAreNot() throws Exception {
        String text = sample();
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            folder.drop("res.txt", text.getBytes(StandardCharsets.UTF_8));
            WatchedFolder.await(folder.done("res.txt"));
            Path json = folder.output.resolve("json/res.json");
            assertThat(Files.readString(json)).doesNotContain("with interest");

            String corrected = text.replace("Takes note of the report", "Takes note with interest of the report");
            folder.drop("res.txt", corrected.getBytes(StandardCharsets.UTF_8));
            awaitContent(json, "with interest");
            awaitGone(folder.input.resolve("res.txt"));
            assertThat(folder.done("res.txt")).hasContent(corrected);

            // The same bytes again: recognised, filed, and the outputs left as they are.
            FileTime before = FileTime.fromMillis(1_000_000_000L);
            Files.setLastModifiedTime(json, before);
            folder.drop("res.txt", corrected.getBytes(StandardCharsets.UTF_8));
            awaitGone(folder.input.resolve("res.txt"));
            Thread.sleep(300);
            assertThat(Files.getLastModifiedTime(json)).isEqualTo(before);
            assertThat(folder.done("res.txt")).hasContent(corrected);
        }
    }

    @Test
    void theSameBytesAreConvertedAgainWhenAsked() throws Exception {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.reconvert-unchanged", "true")).start()) {
            folder.drop("res.txt", bytes);
            WatchedFolder.await(folder.done("res.txt"));
            Path json = folder.output.resolve("json/res.json");
            FileTime before = FileTime.fromMillis(1_000_000_000L);
            Files.setLastModifiedTime(json, before);
            folder.drop("res.txt", bytes);
            awaitGone(folder.input.resolve("res.txt"));
            Thread.sleep(300);
            assertThat(Files.getLastModifiedTime(json)).isNotEqualTo(before);
        }
    }

    @Test
    void anUnwritableOutputLeavesTheOriginalInPlaceUntilItCanBeWritten() throws Exception {
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            // A plain file where the json folder belongs: no output can be written there, even by root.
            Files.createDirectories(folder.output);
            Path blocker = Files.writeString(folder.output.resolve("json"), "in the way");
            folder.drop("res.txt", sample().getBytes(StandardCharsets.UTF_8));
            Thread.sleep(1500);
            assertThat(folder.input.resolve("res.txt")).exists();
            assertThat(folder.failed("res.txt")).doesNotExist();
            assertThat(folder.done("res.txt")).doesNotExist();

            Files.delete(blocker);
            WatchedFolder.await(folder.done("res.txt"));
            assertThat(folder.output.resolve("json/res.json")).isNotEmptyFile();
            assertThat(folder.failed("res.txt")).doesNotExist();
        }
    }

    @Test
    void everyAwkwardInputIsFiledWithoutDisturbingTheOthers() throws Exception {
        String text = sample().replace("at Cairo", "at Caïro (Égypte)");
        String ascii = text.replace('’', '\'').replace('“', '"').replace('”', '"').replace('–', '-').replace('—', '-');
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        Map<String, byte[]> good = new LinkedHashMap<>();
        good.put("utf-8.txt", text.getBytes(StandardCharsets.UTF_8));
        good.put("utf-16 with bom.txt", utf16);
        good.put("windows-1252.txt", text.getBytes(Charset.forName("windows-1252")));
        good.put("latin-1.txt", ascii.getBytes(StandardCharsets.ISO_8859_1));
        good.put("cr only.txt", text.replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
        good.put("mixed endings.txt", mixLineEnds(text).getBytes(StandardCharsets.UTF_8));
        good.put("nul bytes.txt", text.replaceFirst("\n\n", "\n\0\n").replace("Recalling", "Recall\0ing").getBytes(StandardCharsets.UTF_8));
        good.put("-leading dash.txt", text.getBytes(StandardCharsets.UTF_8));
        good.put("Résolution – ünïcode.txt", text.getBytes(StandardCharsets.UTF_8));
        good.put("two..dots.txt", text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty.txt", "empty");
        bad.put("binary.txt", "binary");
        bad.put("one line.txt", "does not read as a resolution");
        bad.put("fifty megabytes.txt", "size limit");

        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            for (var file : good.entrySet()) {
                folder.drop(file.getKey(), file.getValue());
            }
            folder.drop("empty.txt", new byte[0]);
            folder.drop("binary.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xFF, 0, 0});
            folder.drop("one line.txt", ("The General Assembly, " + "noting ".repeat(150_000)).getBytes(StandardCharsets.UTF_8));
            Path huge = folder.input.resolve("fifty megabytes.part");
            try (OutputStream out = Files.newOutputStream(huge)) {
                byte[] line = "The General Assembly, recalling its earlier resolutions,\n".getBytes(StandardCharsets.UTF_8);
                for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                    out.write(line);
                }
            }
            Files.move(huge, folder.input.resolve("fifty megabytes.txt"));

            for (String name : good.keySet()) {
                WatchedFolder.await(folder.done(name));
            }
            for (String name : bad.keySet()) {
                WatchedFolder.await(folder.failed(name + ".error.txt"));
            }
            JsonNode expected = JsonNodes.read(folder.output.resolve("json/utf-8.json"));
            for (String name : good.keySet()) {
                String base = name.substring(0, name.length() - 4);
                JsonNode json = JsonNodes.read(folder.output.resolve("json/" + base + ".json"));
                assertThat(json.get("symbol")).as(name).isEqualTo(expected.get("symbol"));
                assertThat(json.get("operative").size()).as(name).isEqualTo(expected.get("operative").size());
                assertThat(json.get("preamble").size()).as(name).isEqualTo(expected.get("preamble").size());
                if (!name.startsWith("latin")) {
                    assertThat(json.get("operative")).as(name).isEqualTo(expected.get("operative"));
                }
            }
            assertThat(JsonNodes.read(folder.output.resolve("json/nul bytes.json")).get("warnings").toString()).contains("NUL");
            assertThat(JsonNodes.read(folder.output.resolve("json/windows-1252.json")).get("source").get("charset").asText())
                    .isEqualTo("windows-1252");
            for (var file : bad.entrySet()) {
                assertThat(Files.readString(folder.failed(file.getKey() + ".error.txt"))).as(file.getKey())
                        .startsWith(file.getKey()).contains(file.getValue()).contains("What to do");
                assertThat(folder.failed(file.getKey())).exists();
            }
            assertThat(Files.size(folder.failed("fifty megabytes.txt"))).isGreaterThan(50L * 1024 * 1024 - 100);
        }
        try (var left = Files.list(work.resolve("output"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("akn", "html", "json", "txt", "errors", "index.html", "catalog.json", ".collection.jsonl");
        }
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyWhenComplete() throws Exception {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start();
                OutputStream out = Files.newOutputStream(folder.input.resolve("slow.txt"))) {
            // Written in pieces, each well within the read lock's check interval.
            int piece = bytes.length / 10 + 1;
            for (int at = 0; at < bytes.length; at += piece) {
                out.write(bytes, at, Math.min(piece, bytes.length - at));
                out.flush();
                Thread.sleep(40);
            }
            out.close();
            WatchedFolder.await(folder.done("slow.txt"));
            assertThat(folder.done("slow.txt")).hasBinaryContent(bytes);
            assertThat(folder.output.resolve("json/slow.json")).isNotEmptyFile();
        }
    }

    @Test
    void aFileDeletedBeforeItIsReadDisturbsNothing() throws Exception {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            for (int i = 0; i < 5; i++) {
                folder.drop("gone-" + i + ".txt", bytes);
                Thread.sleep(i * 60L);
                Files.deleteIfExists(folder.input.resolve("gone-" + i + ".txt"));
            }
            folder.drop("kept.txt", bytes);
            WatchedFolder.await(folder.done("kept.txt"));
            assertThat(folder.output.resolve("json/kept.json")).isNotEmptyFile();
            assertThat(folder.camel().getRouteController().getRouteStatus("watch").isStarted()).isTrue();
        }
    }

    private static String mixLineEnds(String text) {
        StringBuilder mixed = new StringBuilder();
        List<String> ends = List.of("\r\n", "\n", "\r\n", "\r");
        int i = 0;
        for (String line : text.split("\n", -1)) {
            mixed.append(line).append(ends.get(i++ % ends.size()));
        }
        return mixed.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void awaitContent(Path file, String content) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(Files.exists(file) && Files.readString(file).contains(content))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + content + " in " + file);
            }
            Thread.sleep(25);
        }
    }

    private static void awaitGone(Path file) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file + " to be filed");
            }
            Thread.sleep(25);
        }
    }
}
