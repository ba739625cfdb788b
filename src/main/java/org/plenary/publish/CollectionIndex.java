package org.plenary.publish;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
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
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The collection at the top of an output folder: catalog.json lists every converted resolution
 * (symbol, title, adoption date, links to its four outputs, the documents of the collection it
 * cites, other names with its symbol) and every failed file with its error; index.html is rendered
 * from it by XSLT. Both are written whole, so {@link PublishedCollection} writes them at most once
 * a quiet moment, not once a document.
 */
final class CollectionIndex {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Processor processor = Stylesheets.processor();
    /** Compiled in the background from construction: the first index is written only after a document. */
    private final CompletableFuture<Map<String, XsltExecutable>> stylesheet =
            Stylesheets.compileInBackground("/xslt/index.xsl");

    /** Writes catalog.json and index.html of the output folder from the catalog. */
    void write(Path outputDir, ObjectNode catalog) {
        String catalogJson;
        try {
            catalogJson = JSON.writeValueAsString(catalog);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalog could not be written as JSON: " + e.getMessage(), e);
        }
        OutputWriter.writeAtomically(outputDir.resolve("catalog.json"), catalogJson);
        OutputWriter.writeAtomically(outputDir.resolve("index.html"), render(catalogJson));
    }

    private String render(String catalogJson) {
        try {
            Xslt30Transformer transformer = Stylesheets.await(stylesheet).get("/xslt/index.xsl").load30();
            transformer.setStylesheetParameters(Map.of(new QName("catalog"), new XdmAtomicValue(catalogJson)));
            StringWriter out = new StringWriter();
            transformer.callTemplate(new QName("xsl", "http://www.w3.org/1999/XSL/Transform", "initial-template"),
                    processor.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Rendering the index failed: " + e.getMessage(), e);
        }
    }
}
