package org.plenary.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.plenary.Conversions;
import org.plenary.render.Stylesheets;

/**
 * The Java functions give what the stylesheets' own expressions give when they run alone, on the
 * nodes of every sample (elements, notes, text nodes, nested, unordered and repeated picks):
 * pl:text-of as common.xsl's pl:text, pl:inline-of as text.xsl's pl:inline.
 */
class FragmentTextProperties {
    /** A stylesheet's function of a fragment, called on the nodes given. */
    enum Fragment {
        TEXT("/xslt/common.xsl", "pl:text"),
        INLINE("/xslt/text.xsl", "pl:inline");

        /** With the application's processor, which offers the Java functions; and with one without them: the fallback. */
        final XsltExecutable withJava;
        final XsltExecutable standalone;

        Fragment(String stylesheet, String function) {
            String wrapper = """
                    <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                        xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:pl="urn:plenary:functions">
                      <xsl:import href="%s"/>
                      <xsl:output method="text"/>
                      <xsl:param name="nodes" as="node()*"/>
                      <xsl:template name="xsl:initial-template">
                        <xsl:value-of select="%s($nodes)"/>
                      </xsl:template>
                    </xsl:stylesheet>""".formatted(FragmentTextProperties.class.getResource(stylesheet), function);
            withJava = compile(Stylesheets.processor(), wrapper);
            standalone = compile(STANDALONE_PROCESSOR, wrapper);
        }
    }

    private static final Processor STANDALONE_PROCESSOR = new Processor(false);
    /** Every sample's nodes, as each processor built them, in the same (document) order. */
    private static final List<List<XdmNode>> OURS = new ArrayList<>();
    private static final List<List<XdmNode>> THEIRS = new ArrayList<>();

    static {
        for (String sample : Conversions.SAMPLES) {
            try {
                String xml = Conversions.convertSample(sample).aknXml();
                OURS.add(nodes(Stylesheets.processor(), xml));
                THEIRS.add(nodes(STANDALONE_PROCESSOR, xml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SaxonApiException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Property(tries = 400)
    void givesWhatTheStylesheetsExpressionGives(@ForAll Fragment fragment, @ForAll("picks") Pick pick) throws SaxonApiException {
        List<XdmNode> ours = new ArrayList<>();
        List<XdmNode> theirs = new ArrayList<>();
        for (int index : pick.indices()) {
            ours.add(OURS.get(pick.sample()).get(index));
            theirs.add(THEIRS.get(pick.sample()).get(index));
        }
        assertThat(text(fragment.withJava, new XdmValue(ours))).isEqualTo(text(fragment.standalone, new XdmValue(theirs)));
    }

    @Example
    void everyNodeOfEverySampleAlone() throws SaxonApiException {
        for (Fragment fragment : Fragment.values()) {
            for (int sample = 0; sample < OURS.size(); sample++) {
                for (int i = 0; i < OURS.get(sample).size(); i++) {
                    assertThat(text(fragment.withJava, OURS.get(sample).get(i)))
                            .as("%s, sample %d, node %d", fragment, sample, i)
                            .isEqualTo(text(fragment.standalone, THEIRS.get(sample).get(i)));
                }
            }
        }
    }

    @Example
    void leavesNotesOutAndNormalisesWhiteSpace() throws SaxonApiException {
        XPathCompiler xpath = Stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("pl", FillLinesFunction.NAMESPACE);
        xpath.declareNamespace("akn", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
        XdmNode p = Stylesheets.processor().newDocumentBuilder().build(new StreamSource(new StringReader(
                "<p xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'>\n  Recalling <i>its\tresolution</i>"
                        + "<authorialNote marker='1'><p>A/RES/1.</p></authorialNote> \u00e9t\u00e9 \u2014 </p>")));
        assertThat(xpath.evaluateSingle("pl:text-of(/*)", p).getStringValue()).isEqualTo("Recalling its resolution \u00e9t\u00e9 \u2014");
        assertThat(xpath.evaluateSingle("pl:text-of(//akn:authorialNote)", p).getStringValue()).isEmpty();
        assertThat(xpath.evaluateSingle("pl:text-of(//akn:authorialNote/akn:p)", p).getStringValue()).isEmpty();
        assertThat(xpath.evaluateSingle("string-length(pl:text-of(/*))", p).getStringValue()).isEqualTo("30");
    }

    @Example
    void writesNoteCallsAndLineBreaksInline() throws SaxonApiException {
        XPathCompiler xpath = Stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("pl", FillLinesFunction.NAMESPACE);
        XdmNode p = Stylesheets.processor().newDocumentBuilder().build(new StreamSource(new StringReader(
                "<p xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'>Recalling <i>its</i><eol/>resolution"
                        + "<authorialNote marker='1'><p>A/RES/1.</p></authorialNote>, <noteRef marker='2'/> <noteRef/>\u00e9</p>")));
        assertThat(xpath.evaluateSingle("pl:inline-of((/*, /*))", p).getStringValue())
                .isEqualTo("Recalling its resolution[1], [2] []\u00e9".repeat(2));
    }

    record Pick(int sample, List<Integer> indices) {
    }

    /** A sample, and a few of its nodes in any order, repeats and nesting allowed. */
    @Provide
    Arbitrary<Pick> picks() {
        return Arbitraries.integers().between(0, OURS.size() - 1).flatMap(sample -> Combinators.combine(
                        Arbitraries.just(sample),
                        Arbitraries.integers().between(0, OURS.get(sample).size() - 1).list().ofMinSize(0).ofMaxSize(6))
                .as(Pick::new));
    }

    /** The document, its elements and its text nodes, in document order. */
    private static List<XdmNode> nodes(Processor processor, String xml) throws SaxonApiException {
        XdmNode document = processor.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
        List<XdmNode> nodes = new ArrayList<>();
        processor.newXPathCompiler().evaluate("/descendant-or-self::node()[self::document-node() or self::* or self::text()]", document)
                .forEach(item -> nodes.add((XdmNode) item));
        return nodes;
    }

    private static String text(XsltExecutable executable, XdmValue nodes) throws SaxonApiException {
        Xslt30Transformer transformer = executable.load30();
        transformer.setStylesheetParameters(Map.of(new QName("nodes"), nodes));
        StringWriter out = new StringWriter();
        transformer.callTemplate(null, executable.getProcessor().newSerializer(out));
        return out.toString();
    }

    private static XsltExecutable compile(Processor processor, String stylesheet) {
        try {
            return processor.newXsltCompiler().compile(new StreamSource(new StringReader(stylesheet), "fragment-text.xsl"));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
