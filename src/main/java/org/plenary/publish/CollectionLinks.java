package org.plenary.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Links the resolutions of one collection to each other. A page is rendered with every citation
 * pointing at the official page of the cited document; when that document is in the collection,
 * the link is turned to its page here. Done for the whole folder whenever the index is rebuilt,
 * so the pages end the same whatever order their documents arrived in.
 */
final class CollectionLinks {
    private static final String OFFICIAL = "https://undocs.org/en/";

    private CollectionLinks() {
    }

    /** Every symbol a published JSON document cites, in order of first mention. */
    static Set<String> referencesOf(JsonNode doc) {
        Set<String> symbols = new LinkedHashSet<>();
        collect(doc, symbols);
        return symbols;
    }

    private static void collect(JsonNode node, Set<String> symbols) {
        if (node.isObject()) {
            JsonNode references = node.get("references");
            if (references != null && references.isArray()) {
                references.forEach(r -> symbols.add(r.asText()));
            }
            node.forEach(child -> collect(child, symbols));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, symbols));
        }
    }

    /** The names of the collection's documents among the symbols cited by a document (not itself). */
    static List<String> citedNames(String name, Set<String> cited, Map<String, String> nameBySymbol) {
        List<String> names = new ArrayList<>();
        for (String symbol : cited) {
            String target = nameBySymbol.get(symbol);
            if (target != null && !target.equals(name) && !names.contains(target)) {
                names.add(target);
            }
        }
        return names;
    }

    /** Points the page's links to cited documents of the collection at their pages here; writes only on change. */
    static void relink(Path htmlDir, String name, Set<String> cited, Map<String, String> nameBySymbol) throws IOException {
        Path page = htmlDir.resolve(name + ".html");
        if (!Files.isRegularFile(page)) {
            return;
        }
        String html = Files.readString(page);
        String linked = html;
        for (String symbol : cited) {
            String target = nameBySymbol.get(symbol);
            if (target != null && !target.equals(name)) {
                linked = linked.replace("href=\"" + OFFICIAL + symbol + "\"", "href=\"" + target + ".html\"");
            }
        }
        if (!linked.equals(html)) {
            OutputWriter.writeAtomically(page, linked);
        }
    }
}
