package org.plenary.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the collection keeps of one output name: a published resolution (its catalog fields and the
 * symbols it cites) or a failed file (the first line of its error report). One line of the
 * collection's journal each; a name may have both, as the folder may hold both a document and
 * the error report of a later version that failed.
 */
sealed interface CollectionEntry {
    /** The catalog fields copied from a document's JSON, in catalog order. */
    List<String> FIELDS = List.of("symbol", "number", "title", "type", "adoptionDate");

    String name();

    ObjectNode toJson();

    /** A converted document as its published JSON describes it. */
    record Published(String name, ObjectNode fields, boolean hasReport, List<String> cites) implements CollectionEntry {
        static Published of(String name, JsonNode document, boolean hasReport) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            for (String field : FIELDS) {
                JsonNode value = document.get(field);
                fields.set(field, value == null ? NullNode.instance : value);
            }
            Set<String> cites = CollectionLinks.referencesOf(document);
            return new Published(name, fields, hasReport, List.copyOf(cites));
        }

        /** The resolution's symbol, or null when its document has none. */
        String symbol() {
            JsonNode symbol = fields.get("symbol");
            return symbol == null || !symbol.isTextual() ? null : symbol.asText();
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("published", name);
            line.setAll(fields);
            line.put("report", hasReport);
            ArrayNode symbols = line.putArray("cites");
            cites.forEach(symbols::add);
            return line;
        }
    }

    /** A file that could not be converted. */
    record Failed(String name, String error) implements CollectionEntry {
        static Failed of(String name, String report) {
            return new Failed(name, report.lines().findFirst().orElse(""));
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("failed", name);
            line.put("error", error);
            return line;
        }
    }

    /** Reads a journal line back; throws IllegalArgumentException for one this version did not write. */
    static CollectionEntry fromJson(JsonNode line) {
        if (line.hasNonNull("published")) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            for (String field : FIELDS) {
                if (!line.has(field)) {
                    throw new IllegalArgumentException("no field " + field);
                }
                fields.set(field, line.get(field));
            }
            JsonNode cites = line.get("cites");
            if (cites == null || !cites.isArray() || !line.path("report").isBoolean()) {
                throw new IllegalArgumentException("no cites or report");
            }
            List<String> symbols = new ArrayList<>();
            cites.forEach(c -> symbols.add(c.asText()));
            return new Published(line.get("published").asText(), fields, line.get("report").asBoolean(), List.copyOf(symbols));
        }
        if (line.hasNonNull("failed") && line.path("error").isTextual()) {
            return new Failed(line.get("failed").asText(), line.get("error").asText());
        }
        throw new IllegalArgumentException("neither a published nor a failed entry");
    }
}
