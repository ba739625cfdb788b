package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;

/**
 * The collection's state on disk: used as it is when it describes the folder, made again from the
 * outputs (never an error) when it is missing, cut short, damaged, or does not match the folder.
 */
class CollectionRecoveryTest {
    private static DocumentJob cited;
    private static DocumentJob citing;

    @TempDir
    Path work;

    @BeforeAll
    static void convert() throws Exception {
        cited = Conversions.convertSample("A_RES_54_212.txt");
        citing = Conversions.convertSample("A_RES_56_203.txt");
    }

    /** A folder with two documents and a failure, its index written; returns its catalog. */
    private String published(Path out) throws Exception {
        Publishing.publish(out, "A_RES_56_203", citing);
        Publishing.publish(out, "A_RES_54_212", cited);
        Publishing.fail(out, "notes", "notes.txt: not converted: no formula\n  What to do: …\n");
        PublishedCollection.of(out).writeIndex();
        return Files.readString(out.resolve("catalog.json"));
    }

    /** The folder as another process (or a later start) finds it: a copy, so nothing in memory helps. */
    private Path reopened(Path out, String name) throws Exception {
        Path copy = work.resolve(name);
        try (var files = Files.walk(out)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(out.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.delete(copy.resolve("catalog.json"));
        Files.delete(copy.resolve("index.html"));
        return copy;
    }

    @Test
    void aJournalThatDescribesTheFolderIsUsedAsItIs() throws Exception {
        Path out = work.resolve("out");
        String catalog = published(out);
        Path copy = reopened(out, "copy");
        PublishedCollection.of(copy).writeIndex();
        assertThat(Files.readString(copy.resolve("catalog.json"))).isEqualTo(catalog);
        assertThat(copy.resolve(CollectionJournal.FILE)).hasSameBinaryContentAs(out.resolve(CollectionJournal.FILE));
    }

    @Test
    void aFolderOfAnEarlierVersionIsReadFromItsOutputs() throws Exception {
        Path out = work.resolve("out");
        String catalog = published(out);
        Path copy = reopened(out, "old");
        Files.delete(copy.resolve(CollectionJournal.FILE));
        PublishedCollection.of(copy).writeIndex();
        assertThat(Files.readString(copy.resolve("catalog.json"))).isEqualTo(catalog);
        assertThat(Files.readString(copy.resolve(CollectionJournal.FILE))).startsWith("{\"plenaryCollection\":1}\n");
    }

    @Test
    void aJournalCutShortOrDamagedIsMadeAgain() throws Exception {
        Path out = work.resolve("out");
        String catalog = published(out);
        Path cut = reopened(out, "cut");
        byte[] bytes = Files.readAllBytes(cut.resolve(CollectionJournal.FILE));
        Files.write(cut.resolve(CollectionJournal.FILE), java.util.Arrays.copyOf(bytes, bytes.length - 20));
        PublishedCollection.of(cut).writeIndex();
        assertThat(Files.readString(cut.resolve("catalog.json"))).isEqualTo(catalog);

        Path damaged = reopened(out, "damaged");
        Files.writeString(damaged.resolve(CollectionJournal.FILE), "{\"published\": 12}\n", StandardOpenOption.APPEND);
        PublishedCollection.of(damaged).writeIndex();
        assertThat(Files.readString(damaged.resolve("catalog.json"))).isEqualTo(catalog);

        Path binary = reopened(out, "binary");
        Files.write(binary.resolve(CollectionJournal.FILE), new byte[] {(byte) 0xff, 0, 1, '\n'});
        PublishedCollection.of(binary).writeIndex();
        assertThat(Files.readString(binary.resolve("catalog.json"))).isEqualTo(catalog);
    }

    @Test
    void outputsTheJournalDoesNotListAreFound() throws Exception {
        Path out = work.resolve("out");
        published(out);
        Path copy = reopened(out, "stray");
        // A document published by a process killed before it recorded it.
        new OutputWriter().write(copy, "A_RES_58_208", "<akomaNtoso/>", Conversions.convertSample("A_RES_58_208.txt").renditions());
        PublishedCollection.of(copy).writeIndex();
        assertThat(Files.readString(copy.resolve("catalog.json"))).contains("\"name\" : \"A_RES_58_208\"");
    }

    @Test
    void aDamagedDocumentIsLeftOutWithoutStoppingTheRest() throws Exception {
        Path out = work.resolve("out");
        published(out);
        Path copy = reopened(out, "bad-json");
        Files.delete(copy.resolve(CollectionJournal.FILE));
        Files.writeString(copy.resolve("json/A_RES_54_212.json"), "{ \"symbol\": \"A/RES/54/212\", \u001f", StandardCharsets.UTF_8);
        PublishedCollection.of(copy).writeIndex();
        String catalog = Files.readString(copy.resolve("catalog.json"));
        assertThat(catalog).contains("A_RES_56_203").doesNotContain("\"name\" : \"A_RES_54_212\"");
    }

    @Test
    void whatAnotherProcessAppendedIsReadBeforeTheNextChange() throws Exception {
        Path out = work.resolve("out");
        Publishing.publish(out, "A_RES_56_203", citing);
        // Another process publishes into the same folder: its outputs and its journal line.
        Path elsewhere = work.resolve("elsewhere");
        Publishing.publish(elsewhere, "A_RES_56_203", citing);
        Publishing.publish(elsewhere, "A_RES_54_212", cited);
        for (String file : new String[] {"akn/A_RES_54_212.xml", "json/A_RES_54_212.json", "txt/A_RES_54_212.txt", "html/A_RES_54_212.html"}) {
            Files.copy(elsewhere.resolve(file), out.resolve(file));
        }
        String line = Files.readAllLines(elsewhere.resolve(CollectionJournal.FILE)).get(2) + "\n";
        Files.writeString(out.resolve(CollectionJournal.FILE), line, StandardOpenOption.APPEND);

        Publishing.fail(out, "notes", "notes.txt: not converted\n");
        PublishedCollection.of(out).writeIndex();
        assertThat(Files.readString(out.resolve("catalog.json"))).contains("\"name\" : \"A_RES_54_212\"").contains("\"name\" : \"notes\"");
    }
}
