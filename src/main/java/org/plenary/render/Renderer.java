package org.plenary.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

import org.plenary.pipeline.OnFirstUse;
import org.plenary.pipeline.SpareCore;
import org.plenary.render.Renditions.JsonRendition;
import org.plenary.render.internal.JsonTreeDestination;

/**
 * Renders Akoma Ntoso to HTML, JSON and text with XSLT 3.0 on Saxon-HE. The stylesheets are
 * compiled once, in the background from construction; an executable is thread-safe, and each
 * call makes its own light transformer.
 */
public final class Renderer {
    /** Two spaces a level, one value a line, objects and arrays alike, the same on every system. */
    private static final ObjectWriter JSON_WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private final Processor processor = Stylesheets.processor();
    private final CompletableFuture<Map<String, XsltExecutable>> compiling;
    private XsltExecutable html;
    private XsltExecutable json;
    private XsltExecutable text;
    /** Set once the three are in place; read without a lock on every rendering after that. */
    private volatile boolean ready;
    /** Compiled on first use: most runs never see Akoma Ntoso input, and start-up time counts. */
    private final OnFirstUse<XsltExecutable> normalizer = new OnFirstUse<>(() -> Stylesheets.compile("/xslt/normalize.xsl"));

    /** Starts compiling the stylesheets in the background; the first rendering waits for them. */
    public Renderer() {
        compiling = Stylesheets.compileInBackground("/xslt/html.xsl", "/xslt/json.xsl", "/xslt/text.xsl");
    }

    private void ready() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                Map<String, XsltExecutable> compiled = Stylesheets.await(compiling);
                json = compiled.get("/xslt/json.xsl");
                text = compiled.get("/xslt/text.xsl");
                html = compiled.get("/xslt/html.xsl");
                ready = true;
            }
        }
    }

    /** Renders a tree built by this application's processor (see {@link Stylesheets#processor()}). */
    public Renditions render(XdmNode document) {
        ready();
        try {
            return renderAll(document, java.util.Map.of());
        } catch (SaxonApiException e) {
            throw renderingFailed(e);
        }
    }

    /**
     * Akoma Ntoso written by others: parsed securely (no DOCTYPE), brought to the shapes the
     * renderings read (normalize.xsl), and rendered; the JSON names the source and lists the
     * schema problems found in it.
     */
    public Renditions renderInput(String aknXml, String sourceName, java.util.List<org.plenary.validate.ValidationProblem> problems) {
        ready();
        try {
            javax.xml.transform.sax.SAXSource source = new javax.xml.transform.sax.SAXSource(
                    org.plenary.validate.SchemaValidator.secureReader(), new org.xml.sax.InputSource(new StringReader(aknXml)));
            XdmNode input = processor.newDocumentBuilder().build(source);
            XdmDestination normalized = new XdmDestination();
            normalizer.get().load30().applyTemplates(input, normalized);
            XdmNode document = normalized.getXdmNode();
            java.util.Map<QName, XdmValue> parameters = java.util.Map.of(
                    new QName("source-name"), new XdmAtomicValue(sourceName),
                    new QName("problems"), XdmValue.makeSequence(problems.stream()
                            .map(p -> p.line() + "\t" + p.column() + "\t" + p.message()).toList()));
            return renderAll(document, parameters);
        } catch (SaxonApiException | org.xml.sax.SAXException e) {
            throw renderingFailed(e);
        }
    }

    /**
     * The page is offered to a spare core: it takes about as long as the JSON and the text
     * together, which this thread renders meanwhile (a tree is safe to read from several threads).
     */
    private Renditions renderAll(XdmNode document, java.util.Map<QName, XdmValue> jsonParameters) throws SaxonApiException {
        SpareCore.Offered<byte[]> page = SpareCore.offer(() -> {
            try {
                return apply(html, document);
            } catch (SaxonApiException e) {
                throw renderingFailed(e);
            }
        });
        JsonRendition json = applyJson(document, jsonParameters);
        byte[] plain = apply(text, document);
        return new Renditions(page.get(), json, plain);
    }

    private static IllegalStateException renderingFailed(Exception e) {
        return new IllegalStateException("Rendering failed: " + e.getMessage(), e);
    }

    /**
     * The JSON stylesheet writes the XML representation of JSON; its events become a Jackson tree
     * (no intermediate document), which Jackson writes as UTF-8 text.
     */
    private JsonRendition applyJson(XdmNode document, java.util.Map<QName, XdmValue> parameters) throws SaxonApiException {
        Xslt30Transformer transformer = json.load30();
        transformer.setStylesheetParameters(parameters);
        JsonTreeDestination tree = new JsonTreeDestination();
        transformer.applyTemplates(document, tree);
        try {
            return new JsonRendition(tree.root(), JSON_WRITER.writeValueAsBytes(tree.root()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Writing the JSON failed: " + e.getMessage(), e);
        }
    }

    private byte[] apply(XsltExecutable executable, XdmNode document) throws SaxonApiException {
        return apply(executable, document, java.util.Map.of());
    }

    /** Serialised straight to UTF-8 bytes, what is published: no string copies on the way. */
    private byte[] apply(XsltExecutable executable, XdmNode document, java.util.Map<QName, XdmValue> parameters)
            throws SaxonApiException {
        Xslt30Transformer transformer = executable.load30();
        transformer.setStylesheetParameters(parameters);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Serializer serializer = processor.newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
        transformer.applyTemplates(document, serializer);
        return out.toByteArray();
    }

}
