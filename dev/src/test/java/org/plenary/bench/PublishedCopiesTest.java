package org.plenary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedCopiesTest {
    @Test
    void eachCopyIsADocumentOfItsOwnWithTheSameOutputs(@TempDir Path dir) throws Exception {
        Path published = dir.resolve("published");
        publish(published, "A_RES_54_212", "A/RES/54/212", "Water");

        PublishedCopies.write(published, "A_RES_54_212", dir.resolve("collection"), 3);

        ObjectMapper json = new ObjectMapper();
        for (String folder : List.of("akn", "html", "json", "txt")) {
            try (Stream<Path> files = Files.list(dir.resolve("collection").resolve(folder))) {
                assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\..*", "")).sorted().toList())
                        .containsExactly("A_RES_54_212-00000", "A_RES_54_212-00001", "A_RES_54_212-00002");
            }
        }
        assertThat(json.readTree(dir.resolve("collection/json/A_RES_54_212-00002.json").toFile()).path("symbol").asText())
                .isEqualTo("A/RES/54/212/copy-2");
        assertThat(json.readTree(dir.resolve("collection/json/A_RES_54_212-00000.json").toFile()).path("title").asText()).isEqualTo("Water");
        assertThat(dir.resolve("collection/akn/A_RES_54_212-00001.xml")).hasContent("<akomaNtoso/> of Water");
    }

    @Test
    void severalDocumentsAreCopiedInTurn(@TempDir Path dir) throws Exception {
        Path published = dir.resolve("published");
        publish(published, "A_RES_54_212", "A/RES/54/212", "Water");
        publish(published, "A_RES_56_203", "A/RES/56/203", "Tourism");

        PublishedCopies.write(published, List.of("A_RES_54_212", "A_RES_56_203"), dir.resolve("collection"), 3);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(dir.resolve("collection/json/A_RES_56_203-00001.json").toFile()).path("symbol").asText())
                .isEqualTo("A/RES/56/203/copy-1");
        assertThat(json.readTree(dir.resolve("collection/json/A_RES_54_212-00002.json").toFile()).path("symbol").asText())
                .isEqualTo("A/RES/54/212/copy-2");
        assertThat(dir.resolve("collection/html/A_RES_56_203-00001.html")).hasContent("<html/> of Tourism");
        assertThat(dir.resolve("collection/txt/A_RES_56_203-00000.txt")).doesNotExist();
    }

    private static void publish(Path folder, String name, String symbol, String title) throws Exception {
        for (String[] output : new String[][] {{"akn", ".xml", "<akomaNtoso/> of " + title}, {"html", ".html", "<html/> of " + title},
                {"txt", ".txt", "text of " + title}, {"json", ".json", "{\"symbol\": \"" + symbol + "\", \"title\": \"" + title + "\"}"}}) {
            Files.createDirectories(folder.resolve(output[0]));
            Files.writeString(folder.resolve(output[0]).resolve(name + output[1]), output[2]);
        }
    }
}
