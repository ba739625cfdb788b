package org.plenary.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.plenary.route.Outcome;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one convert run did: how many files converted and failed, the warnings by code, and for
 * --fail-on-warnings whether warnings that should fail the run were drawn.
 */
final class RunSummary {
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<String, Integer> warnings = new TreeMap<>();

    void add(Outcome outcome) {
        outcomes.add(outcome);
        outcome.warningCodes().forEach(code -> warnings.merge(code, 1, Integer::sum));
    }

    int failed() {
        return (int) outcomes.stream().filter(o -> !o.converted()).count();
    }

    /** "312 converted, 0 failed; warnings: set-aside 120, split-word 30". */
    String line() {
        StringBuilder line = new StringBuilder().append(outcomes.size() - failed()).append(" converted, ").append(failed()).append(" failed");
        if (!warnings.isEmpty()) {
            line.append("; warnings: ");
            warnings.forEach((code, count) -> line.append(code).append(' ').append(count).append(", "));
            line.setLength(line.length() - 2);
        }
        return line.toString();
    }

    /**
     * The converted documents that drew a warning of one of {@code codes} (any code when the set
     * is empty), for --fail-on-warnings.
     */
    List<String> warned(Set<String> codes) {
        return outcomes.stream()
                .filter(o -> o.converted() && o.warningCodes().stream().anyMatch(c -> codes.isEmpty() || codes.contains(c)))
                .map(Outcome::fileName).toList();
    }

    /** The run as JSON: totals, warnings by code, and each file's outcome, for CI tools. */
    void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("converted", outcomes.size() - failed());
        root.put("failed", failed());
        ObjectNode byCode = root.putObject("warnings");
        warnings.forEach(byCode::put);
        ArrayNode documents = root.putArray("documents");
        for (Outcome outcome : outcomes) {
            ObjectNode document = documents.addObject();
            document.put("file", outcome.fileName());
            document.put("converted", outcome.converted());
            ObjectNode codes = document.putObject("warnings");
            outcome.warningCodes().forEach(code -> codes.put(code, codes.path(code).asInt() + 1));
            if (!outcome.converted()) {
                document.put("report", outcome.report());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        json.writeValue(file.toFile(), root);
    }
}
