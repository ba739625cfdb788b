package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.JsonNodes.strings;
import static org.plenary.JsonNodes.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;

/**
 * One fixture per structure a resolution can have (groups with their own recitals, a single
 * unnumbered paragraph, no preamble, nested points and text after them, annexes (also a convention's
 * own annexes inside the one annex) and a mere
 * mention of one, Security Council, emergency special session, older numbering, a draft with
 * its sponsors' note, metadata wrapped over lines, "***" between parts of a declaration as
 * pdftotext -layout prints it). Each NAME.txt is held to NAME.expected.json;
 * every output is also valid against the official schema.
 */
class StructureFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureConvertsAsExpected(String name) throws Exception {
        JsonNode want = JSON.readTree(FIXTURES.resolve(name + ".expected.json").toFile());
        DocumentJob job = Conversions.convert(name + ".txt", Files.readAllBytes(FIXTURES.resolve(name + ".txt")));
        JsonNode got = JSON.readTree(job.renditions().json());

        for (String field : List.of("symbol", "number", "title", "type", "session", "agendaItem", "committeeReport",
                "distributionDate", "adoptionDate", "meeting")) {
            if (want.has(field)) {
                assertThat(got.get(field).asText(null)).as(field).isEqualTo(want.get(field).asText());
            }
        }
        count(want, "preamble", got.get("preamble"));
        count(want, "operative", got.get("operative"));
        count(want, "notes", got.get("notes"));
        count(want, "annexes", got.get("annexes"));
        if (want.has("openings")) {
            assertThat(values(got.get("preamble"), "opening")).isEqualTo(strings(want.get("openings")));
        }
        if (want.has("operativeOpenings")) {
            assertThat(values(got.get("operative"), "opening")).isEqualTo(strings(want.get("operativeOpenings")));
        }
        if (want.has("points")) {
            Map<String, Integer> points = new TreeMap<>();
            got.get("operative").forEach(p -> countPoints(p, p.get("num").asText(), points));
            Map<String, Integer> expected = new TreeMap<>();
            want.get("points").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
            assertThat(points).isEqualTo(expected);
        }
        if (want.has("textAfterPoints")) {
            want.get("textAfterPoints").fields().forEachRemaining(e -> {
                JsonNode paragraph = find(got.get("operative"), "num", e.getKey());
                assertThat(paragraph.get("textAfterPoints").asText()).isEqualTo(e.getValue().asText());
            });
        }
        if (want.has("groups")) {
            assertThat(values(got.get("groups"), "num")).isEqualTo(strings(want.get("groups")));
            int recitals = 0;
            for (JsonNode group : got.get("groups")) {
                recitals += group.get("recitals").size();
            }
            assertThat(recitals).isEqualTo(want.get("groupRecitals").asInt());
        }
        if (want.has("annexHeadings")) {
            assertThat(values(got.get("annexes"), "heading")).isEqualTo(strings(want.get("annexHeadings")));
        }
        if (want.has("citations")) {
            Iterator<Map.Entry<String, JsonNode>> it = want.get("citations").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode unit = e.getKey().startsWith("preamble/")
                        ? got.get("preamble").get(Integer.parseInt(e.getKey().substring(9)) - 1)
                        : find(got.get("operative"), "eId", e.getKey());
                assertThat(strings(unit.get("notes"))).as(e.getKey()).isEqualTo(strings(e.getValue()));
            }
        }
        if (want.has("frbrWork")) {
            assertThat(got.get("frbr").get("work").asText()).startsWith(want.get("frbrWork").asText());
        }
        assertThat(org.plenary.validate.OfficialSchema.validator().validate(job.aknXml(), name)).isEmpty();
    }

    private static void count(JsonNode want, String field, JsonNode array) {
        if (want.has(field)) {
            assertThat(array).as(field).hasSize(want.get(field).asInt());
        }
    }

    private static void countPoints(JsonNode unit, String key, Map<String, Integer> points) {
        if (unit.get("points").size() > 0) {
            points.put(key, unit.get("points").size());
        }
        for (JsonNode point : unit.get("points")) {
            countPoints(point, key + "(" + point.get("num").asText() + ")", points);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("No item with " + field + " = " + value);
    }

}
