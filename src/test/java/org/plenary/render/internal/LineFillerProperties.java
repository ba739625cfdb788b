package org.plenary.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.str.StringTool;
import net.sf.saxon.str.UnicodeString;
import org.plenary.render.Stylesheets;

/** The Java line filler gives what text.xsl's own regular expressions give when it runs alone. */
class LineFillerProperties {
    /** text.xsl's pl:fill compiled by a processor without the extension: its fallback path. */
    private static final XsltExecutable STANDALONE = compileStandalone();

    @Property(tries = 1500)
    void fillsAsTheStylesheetsExpressionsDo(@ForAll("texts") String text, @ForAll("indents") String indent,
                                            @ForAll("labels") String label, @ForAll("widths") int width) throws SaxonApiException {
        assertThat(LineFiller.fill(text, indent, label, width))
                .as("width %d, text %s", width, text.replace("\n", "\\n"))
                .isEqualTo(standalone(text, indent, label, width));
    }

    @Example
    void fillsGreedilyAndKeepsTheLastWordAndHangingHyphensBound() {
        String text = "Decides to continue the burden- and responsibility-sharing arrangements set out in A/75/389.";
        assertThat(LineFiller.fill(text, "    ", "1. ", 40)).isEqualTo("""
                    1. Decides to continue the
                burden-\u00A0and responsibility-sharing
                arrangements set out in\u00A0A/75/389.""");
    }

    @Example
    void theApplicationsProcessorOffersTheFunction() throws SaxonApiException {
        XPathCompiler xpath = Stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("pl", FillLinesFunction.NAMESPACE);
        assertThat(xpath.evaluateSingle("pl:fill-lines('Decides  to\u00A0continue', '    ', '1. ', 12)", null).getStringValue())
                .isEqualTo("    1.\nDecides\u00A0to\u00A0continue");
    }

    /** The string the function hands Saxon is the one Saxon would make of the filled text: same characters, same code points. */
    @Property(tries = 500)
    void theFunctionGivesSaxonTheStringItWouldMakeItself(@ForAll("texts") String text) {
        UnicodeString ours = SaxonStrings.of(text.toCharArray());
        UnicodeString saxons = StringTool.fromCharSequence(text);
        assertThat(ours.toString()).isEqualTo(text);
        assertThat(ours.length()).isEqualTo(saxons.length());
        assertThat(ours.compareTo(saxons)).isZero();
        assertThat(ours.hashCode()).isEqualTo(saxons.hashCode());
    }

    @Example
    void theFunctionsResultCountsCodePointsAsXPathDoes() throws SaxonApiException {
        XPathCompiler xpath = Stylesheets.processor().newXPathCompiler();
        xpath.declareNamespace("pl", FillLinesFunction.NAMESPACE);
        assertThat(xpath.evaluateSingle("string-length(pl:fill-lines('\uD835\uDC00 \u00E9', '', '', 80))", null).getStringValue())
                .isEqualTo("3");
        assertThat(xpath.evaluateSingle("substring(pl:fill-lines('caf\u00E9 \u2014 bar', '', '', 80), 6, 1)", null).getStringValue())
                .isEqualTo("\u2014");
    }

    private static String standalone(String text, String indent, String label, int width) throws SaxonApiException {
        Xslt30Transformer transformer = STANDALONE.load30();
        transformer.setStylesheetParameters(Map.of(new QName("width"), new XdmAtomicValue(width),
                new QName("t"), new XdmAtomicValue(text), new QName("i"), new XdmAtomicValue(indent), new QName("l"), new XdmAtomicValue(label)));
        StringWriter out = new StringWriter();
        transformer.callTemplate(null, STANDALONE.getProcessor().newSerializer(out));
        return out.toString();
    }

    private static XsltExecutable compileStandalone() {
        String textXsl = LineFillerProperties.class.getResource("/xslt/text.xsl").toString();
        String wrapper = """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:pl="urn:plenary:functions">
                  <xsl:import href="%s"/>
                  <xsl:param name="t" as="xs:string"/>
                  <xsl:param name="i" as="xs:string"/>
                  <xsl:param name="l" as="xs:string"/>
                  <xsl:template name="xsl:initial-template">
                    <xsl:value-of select="pl:fill($t, $i, $l)"/>
                  </xsl:template>
                </xsl:stylesheet>""".formatted(textXsl);
        try {
            return new Processor(false).newXsltCompiler().compile(new StreamSource(new StringReader(wrapper), "wrapper.xsl"));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Words short and longer than a line, hanging hyphens, white space of every kind, and characters Java's "." and "\s" treat apart. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("word", "a", "resolution", "A/75/389.", "x".repeat(12), "y".repeat(25), "burden-", "-", "- ", " ", " ", " ", "  ",
                        "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u2028", "\u0085", "\uD835\uDC00", "\uD835\uDC00\uD835\uDC01", "é")
                .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> indents() {
        return Arbitraries.of("", "    ", "            ");
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.of("", "1. ", "(a) ", "[12] ");
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(1, 2, 5, 12, 30, 80);
    }
}
