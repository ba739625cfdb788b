package org.plenary.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.JsonNodes.strings;
import static org.plenary.JsonNodes.values;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;
import org.plenary.pipeline.DocumentJob;

/**
 * Holds the parser to the golden structure of every sample (../shared/golden): metadata, the
 * preambular and operative paragraphs and their opening phrases, points per paragraph, the
 * number of notes, and which paragraph cites which note. Read from the published JSON, so the
 * XSLT rendering is held to the same numbers.
 */
class GoldenSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The five samples, and two of them as web pages (web-pages/README.md): each held to its resolution's golden result. */
    static Stream<String> samples() {
        return Stream.of("samples/A_RES_54_212.txt", "samples/A_RES_56_203.txt", "samples/A_RES_58_208.txt",
                "samples/A_C.2_58_L.37.txt", "samples/A_RES_59_241.txt",
                "web-pages/A_RES_54_212.html", "web-pages/A_RES_58_208.html");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void metadataMatchesGolden(String name) throws IOException {
        JsonNode golden = JSON.readTree(SharedMaterial.golden(resolution(name)).toFile());
        JsonNode out = convert(name);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("symbol", "symbol");
        fields.put("number", "number");
        fields.put("title", "title");
        fields.put("session", "session");
        fields.put("agenda_item", "agendaItem");
        fields.put("committee_report", "committeeReport");
        fields.put("distribution_date", "distributionDate");
        fields.put("adoption_date", "adoptionDate");
        fields.put("plenary_meeting", "meeting");
        fields.forEach((goldenKey, ourKey) ->
                assertThat(text(out.get(ourKey))).as(goldenKey).isEqualTo(text(golden.get(goldenKey))));
        String type = golden.get("doc_type").asText().equals("draft resolution") ? "draftResolution" : "resolution";
        assertThat(out.get("type").asText()).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void paragraphsAndOpeningsMatchGolden(String name) throws IOException {
        JsonNode golden = JSON.readTree(SharedMaterial.golden(resolution(name)).toFile());
        JsonNode out = convert(name);
        assertThat(out.get("preamble")).hasSize(golden.get("preambular_paragraphs").asInt());
        assertThat(out.get("operative")).hasSize(golden.get("operative_paragraphs").asInt());
        assertThat(values(out.get("preamble"), "opening")).isEqualTo(strings(golden.get("preambular_first_words")));
        assertThat(values(out.get("operative"), "opening")).isEqualTo(strings(golden.get("operative_first_words")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pointsNotesAndCitationsMatchGolden(String name) throws IOException {
        JsonNode golden = JSON.readTree(SharedMaterial.golden(resolution(name)).toFile());
        JsonNode out = convert(name);

        Map<String, Integer> points = new TreeMap<>();
        for (JsonNode paragraph : out.get("operative")) {
            if (paragraph.get("points").size() > 0) {
                points.put(paragraph.get("num").asText(), paragraph.get("points").size());
            }
        }
        Map<String, Integer> wantPoints = new TreeMap<>();
        golden.get("subparagraphs").fields().forEachRemaining(e -> wantPoints.put(e.getKey(), e.getValue().asInt()));
        assertThat(points).isEqualTo(wantPoints);

        assertThat(out.get("notes")).hasSize(golden.get("footnotes").asInt());

        Map<String, List<String>> cited = new TreeMap<>();
        int i = 0;
        for (JsonNode paragraph : out.get("preamble")) {
            i++;
            putIfAny(cited, "preamble/" + i, paragraph.get("notes"));
        }
        for (JsonNode paragraph : out.get("operative")) {
            String key = "operative/" + paragraph.get("num").asText();
            putIfAny(cited, key, paragraph.get("notes"));
            for (JsonNode point : paragraph.get("points")) {
                putIfAny(cited, key + "/" + point.get("num").asText(), point.get("notes"));
            }
        }
        Map<String, List<String>> want = new TreeMap<>();
        golden.get("footnote_refs").fields().forEachRemaining(e -> want.put(e.getKey(), strings(e.getValue())));
        // The golden lists numbered notes only; a draft's "*" note (sponsors) has no call in the text.
        cited.values().forEach(markers -> markers.removeIf(m -> !m.matches("\\d+")));
        cited.values().removeIf(List::isEmpty);
        assertThat(cited).isEqualTo(want);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySourceWordIsAccountedFor(String name) throws IOException {
        JsonNode source = convert(name).get("source");
        assertThat(source.get("wordsKept").asLong() + source.get("wordsFurniture").asLong())
                .isEqualTo(source.get("words").asLong());
        assertThat(source.get("coverage").asDouble()).isEqualTo(1.0);
    }

    private static JsonNode convert(String file) throws IOException {
        java.nio.file.Path path = SharedMaterial.testResource(file);
        DocumentJob job = Conversions.convert(path.getFileName().toString(), java.nio.file.Files.readAllBytes(path));
        return JSON.readTree(job.renditions().json());
    }

    /** "web-pages/A_RES_54_212.html" → "A_RES_54_212", the golden result's name. */
    private static String resolution(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static void putIfAny(Map<String, List<String>> cited, String key, JsonNode markers) {
        if (markers.size() > 0) {
            cited.put(key, strings(markers));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
