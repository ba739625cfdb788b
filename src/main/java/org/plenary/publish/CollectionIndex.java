package org.plenary.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.render.Stylesheets;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The collection at the top of an output folder: catalog.json lists every converted resolution
 * (symbol, title, adoption date, links to its four outputs) and every failed file with its error;
 * index.html is rendered from it by XSLT. Rebuilt from the output folder, so it is always what
 * the folder holds; each entry also names the documents of the collection it cites, and their
 * pages are linked to each other.
 */
public final class CollectionIndex {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Processor processor = Stylesheets.processor();
    /** Compiled in the background from construction: convert builds the index only at its end. */
    private final CompletableFuture<Map<String, XsltExecutable>> stylesheet =
            Stylesheets.compileInBackground("/xslt/index.xsl");

    /** Rewrites catalog.json and index.html of the output folder. Callers serialise updates of one folder. */
    public synchronized void update(Path outputDir) {
        try {
            ObjectNode catalog = JSON.createObjectNode();
            ArrayNode resolutions = catalog.putArray("resolutions");
            Map<String, Set<String>> citations = new LinkedHashMap<>();
            Map<String, String> nameBySymbol = new HashMap<>();
            for (Path file : list(outputDir.resolve("json"), ".json")) {
                String name = stem(file, ".json");
                JsonNode doc = JSON.readTree(file.toFile());
                citations.put(name, CollectionLinks.referencesOf(doc));
                if (doc.hasNonNull("symbol")) {
                    nameBySymbol.putIfAbsent(doc.get("symbol").asText(), name);
                }
                ObjectNode entry = resolutions.addObject();
                entry.put("name", name);
                for (String field : List.of("symbol", "number", "title", "type", "adoptionDate")) {
                    entry.set(field, doc.get(field));
                }
                ObjectNode links = entry.putObject("links");
                links.put("html", "html/" + name + ".html");
                links.put("json", "json/" + name + ".json");
                links.put("akn", "akn/" + name + ".xml");
                links.put("txt", "txt/" + name + ".txt");
                if (Files.isRegularFile(outputDir.resolve("reports").resolve(name + ".txt"))) {
                    links.put("report", "reports/" + name + ".txt");
                }
            }
            for (JsonNode entry : resolutions) {
                String name = entry.get("name").asText();
                ArrayNode cites = ((ObjectNode) entry).putArray("cites");
                CollectionLinks.citedNames(name, citations.get(name), nameBySymbol).forEach(cites::add);
                CollectionLinks.relink(outputDir.resolve("html"), name, citations.get(name), nameBySymbol);
            }
            ArrayNode failed = catalog.putArray("failed");
            for (Path file : list(outputDir.resolve("errors"), ".txt")) {
                ObjectNode entry = failed.addObject();
                entry.put("name", stem(file, ".txt"));
                entry.put("error", Files.readString(file).lines().findFirst().orElse(""));
                entry.put("report", "errors/" + file.getFileName());
            }
            String catalogJson = JSON.writeValueAsString(catalog);
            OutputWriter.writeAtomically(outputDir.resolve("catalog.json"), catalogJson);
            OutputWriter.writeAtomically(outputDir.resolve("index.html"), render(catalogJson));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the collection index in " + outputDir + ": " + e.getMessage(), e);
        }
    }

    private String render(String catalogJson) {
        try {
            Xslt30Transformer transformer = Stylesheets.await(stylesheet).get("/xslt/index.xsl").load30();
            transformer.setStylesheetParameters(java.util.Map.of(new QName("catalog"), new XdmAtomicValue(catalogJson)));
            StringWriter out = new StringWriter();
            transformer.callTemplate(new QName("xsl", "http://www.w3.org/1999/XSL/Transform", "initial-template"),
                    processor.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Rendering the index failed: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
