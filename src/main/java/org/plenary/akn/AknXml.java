package org.plenary.akn;

import java.io.StringWriter;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;

import org.plenary.akn.model.AkomaNtoso;
import org.plenary.render.Stylesheets;

/**
 * Marshals the document model into a Saxon tree, and writes the XML from that tree. The validator
 * and the three renderings read the tree: the XML is written once and never parsed back. The
 * JAXBContext is built once: it is thread-safe and costly.
 */
public final class AknXml {
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** Built on a thread of its own from the class's first use: a cold start reads its first document meanwhile. */
    private static final java.util.concurrent.CompletableFuture<JAXBContext> CONTEXT =
            org.plenary.pipeline.InBackground.start("plenary-jaxb-start", AknXml::context);

    /** A marshalled document: the tree the later stages read, and its XML as published. */
    public record Marshalled(XdmNode tree, String xml) {
    }

    public Marshalled marshal(AkomaNtoso akn) {
        try {
            // The tree belongs to the stylesheets' processor: Saxon renders only trees of its own configuration.
            BuildingContentHandler tree = Stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            org.plenary.pipeline.InBackground.await(CONTEXT).createMarshaller().marshal(akn, tree);
            XdmNode document = tree.getDocumentNode();
            return new Marshalled(document, write(document));
        } catch (JAXBException | SaxonApiException e) {
            throw new IllegalStateException("Could not marshal the Akoma Ntoso model", e);
        }
    }

    /** The declaration as JAXB writes it (standalone: the document needs no DTD), then the tree unindented. */
    private static String write(XdmNode document) throws SaxonApiException {
        StringWriter out = new StringWriter(32 * 1024);
        Serializer serializer = document.getProcessor().newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
        serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
        serializer.setOutputProperty(Serializer.Property.STANDALONE, "yes");
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        serializer.serializeNode(document);
        return out.toString();
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(AkomaNtoso.class,
                    org.plenary.akn.model.report.Conversion.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("Could not build the JAXB context", e);
        }
    }
}
