package org.plenary.publish;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.render.Stylesheets;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The collection at the top of an output folder: catalog.json lists every converted resolution
 * (symbol, title, adoption date, links to its four outputs, the documents of the collection it
 * cites, other names with its symbol) and every failed file with its error; index.html shows them
 * as a table (index.xsl renders the page, {@link IndexRows} its rows).
 *
 * <p>Each entry's JSON and table row are rendered once, when the entry changes, and kept; writing
 * the two files joins the parts in order. So a document costs the same to index however large the
 * collection is; only the joining and writing grow with it, and {@link PublishedCollection} does
 * that at most once per interval.
 */
final class CollectionIndex {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ROWS = "<!--rows-->";
    private static final Processor PROCESSOR = Stylesheets.processor();
    /** Compiled in the background once a process first publishes: the first index waits for it. */
    private static final CompletableFuture<Map<String, XsltExecutable>> STYLESHEET =
            Stylesheets.compileInBackground("/xslt/index.xsl");

    /** The rendered parts of the collection's files, in the order they are written. */
    record Parts(int converted, int failed, int duplicates, List<String> catalogResolutions, List<String> catalogFailed,
            List<String> rows) {
    }

    private record Rendered(String json, String row) {
    }

    private final Map<String, Rendered> published = new HashMap<>();
    private final Map<String, Rendered> failed = new HashMap<>();
    private final Set<String> stalePublished = new HashSet<>();
    private final Set<String> staleFailed = new HashSet<>();
    private boolean allStale = true;

    /** These published documents' entries changed (or went). */
    void changed(Collection<String> names) {
        stalePublished.addAll(names);
    }

    /** This name's failure changed (or went, when the name was published again). */
    void failedChanged(String name) {
        staleFailed.add(name);
    }

    /** Everything is rendered again: the state was read anew. */
    void forget() {
        allStale = true;
    }

    /** Brings the kept parts up to date with the state (rendering the changed entries only) and lists them in order. */
    Parts parts(CollectionState state) {
        if (allStale) {
            published.clear();
            failed.clear();
            stalePublished.clear();
            staleFailed.clear();
            stalePublished.addAll(state.publishedNames());
            staleFailed.addAll(state.failedNames());
            allStale = false;
        }
        for (String name : stalePublished) {
            if (state.publishedNames().contains(name)) {
                ObjectNode entry = state.catalogEntry(name);
                published.put(name, new Rendered(json(entry), IndexRows.resolution(entry)));
            } else {
                published.remove(name);
            }
        }
        for (String name : staleFailed) {
            if (state.failedNames().contains(name)) {
                ObjectNode entry = state.failedEntry(name);
                failed.put(name, new Rendered(json(entry), IndexRows.failed(entry)));
            } else {
                failed.remove(name);
            }
        }
        stalePublished.clear();
        staleFailed.clear();
        List<String> catalogResolutions = new ArrayList<>(published.size());
        state.publishedNames().forEach(name -> catalogResolutions.add(published.get(name).json()));
        List<String> catalogFailed = new ArrayList<>(failed.size());
        List<String> rows = new ArrayList<>(published.size() + failed.size());
        state.indexOrder().forEach(name -> rows.add(published.get(name).row()));
        state.failedNames().forEach(name -> {
            catalogFailed.add(failed.get(name).json());
            rows.add(failed.get(name).row());
        });
        return new Parts(catalogResolutions.size(), catalogFailed.size(), state.duplicates(), catalogResolutions, catalogFailed, rows);
    }

    /** Writes catalog.json and index.html of the output folder from the parts. */
    static void write(Path outputDir, Parts parts) {
        OutputWriter.writeAtomically(outputDir.resolve("catalog.json"), catalog(parts));
        String page = page(parts);
        int at = page.indexOf(ROWS);
        StringBuilder html = new StringBuilder(page.length() + parts.rows().stream().mapToInt(String::length).sum());
        html.append(page, 0, at);
        parts.rows().forEach(html::append);
        html.append(page, at + ROWS.length(), page.length());
        OutputWriter.writeAtomically(outputDir.resolve("index.html"), html.toString());
    }

    private static String catalog(Parts parts) {
        StringBuilder json = new StringBuilder("{\n  \"resolutions\" : [");
        append(json, parts.catalogResolutions());
        json.append(",\n  \"failed\" : [");
        append(json, parts.catalogFailed());
        return json.append("\n}\n").toString();
    }

    /** The entries of an array, each indented under it. */
    private static void append(StringBuilder json, List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(entries.get(i).replace("\n", "\n    "));
        }
        json.append(entries.isEmpty() ? " ]" : "\n  ]");
    }

    private static String json(ObjectNode entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalog entry could not be written as JSON: " + e.getMessage(), e);
        }
    }

    private static String page(Parts parts) {
        return render(Map.of(
                new QName("converted"), new XdmAtomicValue(parts.converted()),
                new QName("failed"), new XdmAtomicValue(parts.failed()),
                new QName("duplicates"), new XdmAtomicValue(parts.duplicates())));
    }

    private static String render(Map<QName, XdmValue> parameters) {
        try {
            Xslt30Transformer transformer = Stylesheets.await(STYLESHEET).get("/xslt/index.xsl").load30();
            transformer.setStylesheetParameters(parameters);
            StringWriter out = new StringWriter();
            transformer.callTemplate(new QName("xsl", "http://www.w3.org/1999/XSL/Transform", "initial-template"), PROCESSOR.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Rendering the index failed: " + e.getMessage(), e);
        }
    }
}
