package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.Conversions;

/**
 * A/RES/78/258 from its PDF through the whole pipeline, held to what the United Nations' own
 * Akoma Ntoso of it says (the real-PDF truth): 5 preambular paragraphs with their opening
 * phrases, 2 operative paragraphs, 1 footnote cited by the third recital.
 */
class RealPdfConversionTest {
    private static JsonNode out;

    @BeforeAll
    static void convert() throws IOException {
        byte[] pdf = Files.readAllBytes(PdfReaderTest.PDF);
        out = new ObjectMapper().readTree(Conversions.convert("A_RES_78_258.pdf", pdf).renditions().json());
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    @Test
    void metadataAsTheTruthHasIt() {
        assertThat(out.get("symbol").asText()).isEqualTo("A/RES/78/258");
        assertThat(out.get("title").asText()).isEqualTo("Fight against corruption and impunity in Honduras");
        assertThat(out.get("agendaItem").asText()).isEqualTo("107");
        assertThat(out.get("adoptionDate").asText()).isEqualTo("2023-12-22");
        assertThat(out.get("distributionDate").asText()).isEqualTo("2023-12-28");
        assertThat(out.get("meeting").asText()).isEqualTo("50th (resumed) plenary meeting");
    }

    @Test
    void preambleOperativeAndNoteCountsAsTheTruthHasThem() {
        assertThat(out.get("preamble")).hasSize(5);
        assertThat(out.get("operative")).hasSize(2);
        assertThat(out.get("notes")).hasSize(1);
        assertThat(out.get("annexes")).isEmpty();
    }

    @Test
    void openingPhrasesAsTheTruthHasThem() {
        assertThat(values(out.get("preamble"), "opening"))
                .containsExactly("Reaffirming", "Welcoming", "Reaffirming", "Emphasizing", "Acknowledging");
        assertThat(values(out.get("operative"), "opening")).containsExactly("Takes note", "Requests");
    }

    /** The note's call, raised in the PDF, is cited by the third recital; the note's text is whole. */
    @Test
    void theNoteIsCitedWhereItsCallStands() {
        JsonNode preamble = out.get("preamble");
        assertThat(preamble.get(2).get("notes")).hasSize(1);
        assertThat(preamble.get(2).get("notes").get(0).asText()).isEqualTo("1");
        assertThat(preamble.get(2).get("text").asText()).isEqualTo("Reaffirming that the United Nations Convention against"
                + " Corruption is the most comprehensive and universal instrument on corruption, and recognizing the need to"
                + " continue to promote its ratification or accession thereto and its full and effective implementation,");
        assertThat(out.get("notes").get(0).toString()).contains("United Nations, Treaty Series, vol. 2349, No. 42146.");
    }

    /** The last recital runs to the foot of page 1; the first operative paragraph starts page 2: neither takes the other's text. */
    @Test
    void thePageBreakEndsTheLastRecital() {
        assertThat(out.get("preamble").get(4).get("text").asText()).endsWith("intergovernmental bodies of the United Nations,");
        assertThat(out.get("operative").get(0).get("text").asText()).startsWith("Takes note of the ongoing efforts");
    }
}
