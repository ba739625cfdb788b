package org.plenary.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The collection read from the outputs themselves: every json/NAME.json, whether reports/NAME.txt
 * is there, and the first line of every errors/NAME.txt. Costs a read of every document, so it is
 * done only when the collection's journal is missing or unreadable.
 */
final class CollectionScan {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CollectionScan() {
    }

    /** The entries of the folder; a JSON output that cannot be read is reported and left out. */
    static List<CollectionEntry> entries(Path outputDir, Consumer<String> problems) throws IOException {
        List<CollectionEntry> entries = new ArrayList<>();
        for (String name : names(outputDir.resolve("json"), ".json")) {
            Path file = outputDir.resolve("json").resolve(name + ".json");
            JsonNode doc;
            try {
                doc = JSON.readTree(file.toFile());
            } catch (IOException e) {
                problems.accept(file + " cannot be read as JSON, so it is left out of the collection: "
                        + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (doc == null || !doc.isObject()) {
                problems.accept(file + " is not a JSON object, so it is left out of the collection.");
                continue;
            }
            boolean report = Files.isRegularFile(outputDir.resolve("reports").resolve(name + ".txt"));
            entries.add(CollectionEntry.Published.of(name, doc, report));
        }
        for (String name : names(outputDir.resolve("errors"), ".txt")) {
            entries.add(CollectionEntry.Failed.of(name, Files.readString(outputDir.resolve("errors").resolve(name + ".txt"))));
        }
        return entries;
    }

    /** The names of a folder's outputs (what comes before the suffix), dot-files left out. */
    static List<String> names(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix) && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
