package org.plenary.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A truth file ({@code truth/NAME.json}) as score.py reads it. */
final class Truth {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The metadata score.py checks: its key in the truth file, and the key of our JSON output. */
    record Field(String truthKey, String outputKey) {
    }

    static final List<Field> META = List.of(new Field("symbol", "symbol"), new Field("number", "number"),
            new Field("title", "title"), new Field("session", "session"), new Field("agenda_item", "agendaItem"),
            new Field("committee_report", "committeeReport"), new Field("adoption_date", "adoptionDate"),
            new Field("plenary_meeting", "meeting"), new Field("distribution_date", "distributionDate"));

    private final JsonNode json;

    private Truth(JsonNode json) {
        this.json = json;
    }

    static Truth read(Path file) throws IOException {
        return new Truth(JSON.readTree(file.toFile()));
    }

    /** {@code t.get(key)}: null when absent or JSON null. */
    JsonNode get(String key) {
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? null : value;
    }

    int preambular() {
        return json.path("preambular_paragraphs").asInt();
    }

    int operative() {
        return json.path("operative_paragraphs").asInt();
    }

    /** {@code t.get('subparagraphs') or {}}. */
    Map<String, Integer> points() {
        Map<String, Integer> points = new LinkedHashMap<>();
        JsonNode node = get("subparagraphs");
        if (node != null) {
            node.fields().forEachRemaining(e -> points.put(e.getKey(), e.getValue().asInt()));
        }
        return points;
    }

    /** Null when the truth does not say, and then any count is right. */
    Integer footnotes() {
        JsonNode value = get("footnotes");
        return value == null ? null : value.asInt();
    }

    Integer annexes() {
        JsonNode value = get("annexes");
        return value == null ? null : value.asInt();
    }

    String form() {
        JsonNode value = get("form");
        return value == null ? null : value.asText();
    }

    /** {@code t.get('preambular_first_words') or []}; an entry may be null. */
    List<String> preambularFirstWords() {
        return strings("preambular_first_words");
    }

    /** The preambular then the operative texts, as score.py joins them for the words wanted. */
    List<String> paragraphTexts() {
        List<String> texts = new ArrayList<>(strings("preambular_texts"));
        texts.addAll(strings("operative_texts"));
        return texts;
    }

    private List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        JsonNode node = get(key);
        if (node != null) {
            node.forEach(v -> values.add(v.isNull() ? null : v.asText()));
        }
        return values;
    }
}
