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
        for (String[] output : new String[][] {{"akn", ".xml", "<akomaNtoso/>"}, {"html", ".html", "<html/>"}, {"txt", ".txt", "text"},
                {"json", ".json", "{\"symbol\": \"A/RES/54/212\", \"title\": \"Water\"}"}}) {
            Files.createDirectories(published.resolve(output[0]));
            Files.writeString(published.resolve(output[0]).resolve("A_RES_54_212" + output[1]), output[2]);
        }

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
        assertThat(dir.resolve("collection/akn/A_RES_54_212-00001.xml")).hasContent("<akomaNtoso/>");
    }
}
