package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;
import org.plenary.pipeline.DocumentJob;

/**
 * Our text rendering parses back to the same resolution: metadata, preamble, operative paragraphs
 * with their points, groups, annexes, notes and which paragraph cites which, and every text. For
 * every sample; the developer module measures it over the UN corpus (CorpusTextRoundTripTest).
 */
class TextRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleParsesBackFromItsText() throws IOException {
        for (String sample : Conversions.SAMPLES) {
            assertRoundTrip(sample, Files.readAllBytes(SharedMaterial.sample(sample)));
        }
    }

    private static void assertRoundTrip(String name, byte[] source) throws IOException {
        DocumentJob first = Conversions.convert(name, source);
        DocumentJob second = Conversions.convert(name, first.renditions().text().getBytes(StandardCharsets.UTF_8));
        assertThat(comparable(second)).as(name).isEqualTo(comparable(first));
    }

    /** The JSON without what describes the conversion itself (source form, warnings). */
    private static JsonNode comparable(DocumentJob job) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(job.renditions().json());
        json.remove(new ArrayList<>(List.of("warnings", "source", "frbr")));
        // The text prints the symbol at the top when the source's cover lacked it; read back, it is a cover line.
        var cover = json.withArray("cover");
        for (int i = cover.size() - 1; i >= 0; i--) {
            if (cover.get(i).asText().equals(json.path("symbol").asText())) {
                cover.remove(i);
            }
        }
        return json;
    }
}
