package org.plenary;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading lists out of the published JSON, for tests. */
public final class JsonNodes {
    private JsonNodes() {
    }

    public static JsonNode read(java.nio.file.Path file) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    }

    /** The given field of every object in the array. */
    public static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    /** The array's items as strings. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
