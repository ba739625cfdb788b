package org.plenary.read.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.JsonNodes.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;

/**
 * Resolution 75/100 as a Word document and as a Word 97-2003 document (word/README.md), converted
 * whole and held to the UN's own markup of it (un-akn/75_100_E.xml): metadata from the first
 * page's header and the text, 21 recitals, 7 operative paragraphs Word numbers, 2 footnotes cited
 * where the markup cites them.
 */
class WordFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"word/A_RES_75_100.docx", "word/A_RES_75_100.doc"})
    void aWordDocumentConvertsAsTheUnMarksItUp(String fixture) throws IOException {
        Path file = SharedMaterial.testResource(fixture);
        JsonNode out = JSON.readTree(Conversions.convert(file.getFileName().toString(), Files.readAllBytes(file)).renditions().json());

        assertThat(out.get("source").get("form").asText()).isEqualTo("word-document");
        assertThat(out.get("symbol").asText()).isEqualTo("A/RES/75/100");
        assertThat(out.get("session").asText()).isEqualTo("Seventy-fifth session");
        assertThat(out.get("agendaItem").asText()).isEqualTo("55");
        assertThat(out.get("distributionDate").asText()).isEqualTo("2020-12-18");
        assertThat(out.get("adoptionDate").asText()).isEqualTo("2020-12-10");
        assertThat(out.get("meeting").asText()).isEqualTo("41st plenary meeting");
        assertThat(out.get("committeeReport").asText()).isEqualTo("A/75/414");

        assertThat(out.get("preamble")).hasSize(21);
        assertThat(values(out.get("preamble"), "opening")).startsWith("Guided", "Recalling", "Reaffirming its commitment", "Recalling", "Recalling also");
        assertThat(values(out.get("operative"), "opening"))
                .containsExactly("Takes note", "Requests", "Respects", "Acknowledges", "Requests", "Also requests", "Decides");
        assertThat(values(out.get("operative"), "num")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(out.get("notes")).hasSize(2);
        assertThat(out.get("preamble").get(9).get("notes").toString()).isEqualTo("[\"1\"]");
        assertThat(out.get("operative").get(0).get("notes").toString()).isEqualTo("[\"2\"]");
        assertThat(out.get("source").get("coverage").asDouble()).isEqualTo(1.0);
    }
}
