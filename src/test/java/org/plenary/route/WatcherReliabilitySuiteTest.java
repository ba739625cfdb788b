package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rows of the watched folder's attack table (issue 17) that concern the watcher, all at once in
 * one real Camel context on one real folder, with the time budget on: control bytes, slow writers,
 * a file saved over while in flight, X.txt then X.md, a file named like another's error report,
 * FIFOs, links to /dev/zero and out of the folder, a very long document, hostile names and a DOCTYPE.
 * Every input is then accounted for: lost, duplicated, mismatched (filed bytes or outputs not its
 * own) or invalid (an output that does not parse), per row; the target is 0 everywhere. Two
 * watchers on one folder (row 5) and SIGTERM (row 12) need processes of their own:
 * {@link OneWatcherPerFolderTest}, {@link WatchStopTest}; names in every locale (row 9):
 * {@link WatchFileNamesTest}.
 */
@Tag("reliability")
@EnabledOnOs(value = OS.LINUX, disabledReason = "FIFOs, /dev/zero and names with any byte are Linux's")
class WatcherReliabilitySuiteTest {
    /** What should become of an input. */
    private enum Expect { DONE, FAILED, LEFT }

    private record Drop(String row, String name, byte[] bytes, Expect expect) {
    }

    @TempDir
    Path work;

    private final List<Drop> drops = new ArrayList<>();
    private final Map<String, Long> droppedAt = new ConcurrentHashMap<>();

    @Test
    void everyRowOfTheTableEndsWithNothingLostDuplicatedMismatchedOrInvalid() throws Exception {
        String text = Files.readString(SharedMaterial.sample("A_RES_56_203.txt"));
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] notResolution = "Dear colleague,\n\nthe minutes are attached.\n".getBytes(StandardCharsets.UTF_8);
        Gate gate = new Gate("row3 saved over.txt");
        try (WatchedFolder folder = new WatchedFolder(work, Map.of("plenary.settle-time", "800", "plenary.time-budget", "30000"),
                gate.before()).start()) {
            Path in = folder.input;
            // Row 1: C0 control bytes XML forbids, and XML 1.1 input with one as a reference.
            drop(folder, "1", "row1 controls.txt", text.replace("Recalling", "Recall\u001Fing").replace("Takes note", "Takes\u000B note")
                    .replaceFirst("\n\n", "\n\u0007\n").getBytes(StandardCharsets.UTF_8), Expect.DONE);
            drop(folder, "1", "row1 xml11.xml", ("<?xml version=\"1.1\"?><akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
                    + "<p>&#x1f;</p></akomaNtoso>").getBytes(StandardCharsets.UTF_8), null);
            // Row 3: saved over while it is converted.
            String corrected = text.replace("Takes note of the report", "Takes note with interest of the report");
            drop(folder, "3", "row3 saved over.txt", good, Expect.DONE);
            // Row 4: X.txt then X.md; Y.txt.error.txt beside a failing Y.txt.
            drop(folder, "4", "row4 X.txt", good, Expect.DONE);
            drop(folder, "4", "row4 Y.txt.error.txt", good, Expect.LEFT);
            drop(folder, "4", "row4 Y.txt", notResolution, Expect.FAILED);
            // Row 6 and 7: FIFOs, a link to /dev/zero, a link out of the folder.
            for (String fifo : List.of("row6 pipe 1.txt", "row6 pipe 2.txt")) {
                assertThat(new ProcessBuilder("mkfifo", in.resolve(fifo).toString()).start().waitFor()).isZero();
                drops.add(new Drop("6", fifo, null, Expect.LEFT));
            }
            Files.createSymbolicLink(in.resolve("row7 zero.txt"), Path.of("/dev/zero"));
            drops.add(new Drop("7", "row7 zero.txt", null, Expect.LEFT));
            Path outside = Files.write(work.resolve("outside.txt"), good);
            Files.createSymbolicLink(in.resolve("row7 outside.txt"), outside);
            drops.add(new Drop("7", "row7 outside.txt", null, Expect.LEFT));
            // Row 8: a very long document, within the budget or failed at it.
            drop(folder, "8", "row8 long.txt", longResolution(1_000, 9), null);
            // Row 9: names.
            drop(folder, "9", "row9 back\\slash.txt", good, Expect.DONE);
            drop(folder, "9", "row9 new\nline.txt", good, Expect.DONE);
            drop(folder, "9", "row9 \u001b[31mred.txt", good, Expect.DONE);
            drop(folder, "9", "row9 " + "n".repeat(241) + ".txt", good, Expect.DONE);
            // Row 10: a DOCTYPE.
            drop(folder, "10", "row10 doctype.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY e \"x\">]>\n"
                    + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>").getBytes(StandardCharsets.UTF_8), Expect.FAILED);
            // Row 2: two slow writers, appending in pieces half a second apart.
            List<Thread> writers = new ArrayList<>();
            for (String slow : List.of("row2 slow 1.txt", "row2 slow 2.txt")) {
                drops.add(new Drop("2", slow, good, Expect.DONE));
                Thread writer = new Thread(() -> appendSlowly(in.resolve(slow), good));
                writer.start();
                writers.add(writer);
            }

            gate.awaitReached();
            Files.writeString(in.resolve("row3 saved over.txt"), corrected);
            drops.set(indexOf("row3 saved over.txt"), new Drop("3", "row3 saved over.txt", corrected.getBytes(StandardCharsets.UTF_8), Expect.DONE));
            gate.open();
            WatchedFolder.await(folder.done("row4 X.txt"));
            drop(folder, "4", "row4 X.md", Files.readAllBytes(SharedMaterial.sample("A_RES_58_208.txt")), Expect.FAILED);
            for (Thread writer : writers) {
                writer.join();
            }

            Map<String, Long> filedMs = awaitAll(folder);
            Thread.sleep(1500); // more polls: nothing left behind may be taken late
            report(folder, filedMs);
        }
    }

    private void report(WatchedFolder folder, Map<String, Long> filedMs) throws Exception {
        Map<String, int[]> rows = new LinkedHashMap<>(); // lost, duplicated, mismatched, invalid
        long worstMs = 0;
        String worst = "";
        for (Drop drop : drops) {
            int[] row = rows.computeIfAbsent(drop.row(), r -> new int[4]);
            Path done = folder.done(drop.name());
            Path failed = folder.failed(drop.name());
            Path left = folder.input.resolve(drop.name());
            boolean isLeft = Files.exists(left, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            // What is expected to stay is looked for only where it was: in .failed/, the name of an input
            // named like a report is its neighbour's report.
            boolean isDone = drop.expect() != Expect.LEFT && Files.exists(done);
            boolean isFailed = drop.expect() != Expect.LEFT && Files.exists(failed);
            Expect outcome = isDone ? Expect.DONE : isFailed ? Expect.FAILED : isLeft ? Expect.LEFT : null;
            if (outcome == null) {
                row[0]++;
                System.out.println("LOST " + FiledNames.printable(drop.name()));
                continue;
            }
            if ((isDone ? 1 : 0) + (isFailed ? 1 : 0) + (isLeft ? 1 : 0) > 1) {
                row[1]++;
                System.out.println("DUPLICATED " + FiledNames.printable(drop.name()));
            }
            if (drop.expect() != null && drop.expect() != outcome) {
                row[2]++;
                System.out.println("MISMATCHED " + FiledNames.printable(drop.name()) + ": " + outcome + ", expected " + drop.expect());
            }
            if (drop.bytes() != null && !java.util.Arrays.equals(Files.readAllBytes(isDone ? done : isFailed ? failed : left), drop.bytes())) {
                row[2]++;
                System.out.println("MISMATCHED " + FiledNames.printable(drop.name()) + ": the filed bytes are not the last ones written");
            }
            if (outcome == Expect.DONE) {
                String stem = drop.name().substring(0, drop.name().lastIndexOf('.'));
                try {
                    JsonNode json = JsonNodes.read(folder.output.resolve("json").resolve(stem + ".json"));
                    if (!json.get("source").get("name").asText().equals(org.plenary.source.XmlCharacters.escapingForbidden(drop.name()))) {
                        row[2]++;
                        System.out.println("MISMATCHED " + FiledNames.printable(drop.name()) + ": its outputs are "
                                + json.get("source").get("name").asText() + "'s");
                    }
                    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                    xml.setNamespaceAware(true);
                    xml.newDocumentBuilder().parse(folder.output.resolve("akn").resolve(stem + ".xml").toFile());
                } catch (Exception e) {
                    row[3]++;
                    System.out.println("INVALID " + FiledNames.printable(drop.name()) + ": " + e.getMessage());
                }
            }
            Long ms = filedMs.get(drop.name());
            if (ms != null && ms > worstMs) {
                worstMs = ms;
                worst = drop.name();
            }
        }
        JsonNodes.read(folder.output.resolve("catalog.json"));
        System.out.println("row  lost  duplicated  mismatched  invalid");
        int[] total = new int[4];
        for (var row : rows.entrySet()) {
            int[] r = row.getValue();
            System.out.printf("%-4s %4d %11d %11d %8d%n", row.getKey(), r[0], r[1], r[2], r[3]);
            for (int i = 0; i < 4; i++) {
                total[i] += r[i];
            }
        }
        System.out.printf("worst drop-to-filed time, budget 30 s, settle 0.8 s: %d ms (%s)%n", worstMs, FiledNames.printable(worst));
        assertThat(total).as("lost, duplicated, mismatched, invalid").containsExactly(0, 0, 0, 0);
        assertThat(worstMs).isLessThan(30_000 + 10_000);
    }

    private int indexOf(String name) {
        for (int i = 0; i < drops.size(); i++) {
            if (drops.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private void drop(WatchedFolder folder, String row, String name, byte[] bytes, Expect expect) throws Exception {
        drops.add(new Drop(row, name, bytes, expect));
        droppedAt.put(name, System.nanoTime());
        folder.drop(name, bytes);
    }

    private void appendSlowly(Path file, byte[] bytes) {
        droppedAt.put(file.getFileName().toString(), System.nanoTime());
        try {
            int piece = bytes.length / 6 + 1;
            for (int at = 0; at < bytes.length; at += piece) {
                Files.write(file, java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + piece)),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Thread.sleep(500);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every input expected to be filed is, and returns how long each took from its drop. */
    private Map<String, Long> awaitAll(WatchedFolder folder) throws Exception {
        Map<String, Long> filedMs = new LinkedHashMap<>();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (filedMs.size() < (int) drops.stream().filter(d -> d.expect() != Expect.LEFT).count()) {
            for (Drop drop : drops) {
                if (drop.expect() != Expect.LEFT && !filedMs.containsKey(drop.name())
                        && (Files.exists(folder.done(drop.name())) || Files.exists(folder.failed(drop.name())))
                        && !Files.exists(folder.input.resolve(drop.name()))) {
                    filedMs.put(drop.name(), (System.nanoTime() - droppedAt.get(drop.name())) / 1_000_000);
                }
            }
            assertThat(System.nanoTime()).as("every input filed; filed so far: %s", filedMs.keySet()).isLessThan(deadline);
            Thread.sleep(50);
        }
        return filedMs;
    }

    /** A resolution of the given number of operative paragraphs, each with points (a), (b) …. */
    static byte[] longResolution(int paragraphs, int points) {
        StringBuilder text = new StringBuilder("Resolution adopted by the General Assembly\n\n");
        text.append("The General Assembly,\n\nRecalling its earlier resolutions on the matter,\n\n");
        for (int p = 1; p <= paragraphs; p++) {
            text.append(p).append(". Decides that the programme shall include:\n\n");
            for (int q = 0; q < points; q++) {
                text.append('(').append((char) ('a' + q)).append(") the measure numbered ").append(p).append(' ').append(q).append(";\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
