package org.plenary.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import javax.xml.transform.stream.StreamSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.streams.Steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Conversions;
import org.plenary.render.Stylesheets;

/** The JSON tree built from the XML form of JSON is the one XPath's xml-to-json describes. */
class JsonTreeDestinationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FN = "xmlns='" + JsonTreeDestination.NAMESPACE + "'";


    /** Every sample's JSON stylesheet output, written both ways: Saxon's xml-to-json and the destination agree. */
    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void agreesWithXmlToJsonOnEverySample(String sample) throws Exception {
        XdmNode akn = Conversions.convertSample(sample).aknTree();
        XdmDestination jsonXml = new XdmDestination();
        Stylesheets.compile("/xslt/json.xsl").load30().applyTemplates(akn, jsonXml);
        String xml = jsonXml.getXdmNode().toString();

        // Compared as read back from text: a decimal is a double to Jackson's reader, exact in the destination's tree.
        assertThat(JSON.readTree(JSON.writeValueAsString(handled(xml)))).isEqualTo(JSON.readTree(xmlToJson(jsonXml.getXdmNode())));
    }

    @Test
    void readsEveryKindOfValue() throws Exception {
        JsonNode json = handled("<map " + FN + "><string key='s'>a &quot;b&quot; / \u00e9\t</string>"
                + "<number key='n'>12</number><number key='d'> 0.9876 </number><boolean key='t'>true</boolean>"
                + "<boolean key='f'>0</boolean><null key='z'/><array key='a'><string>x</string><map/><array/></array></map>");

        assertThat(json.get("s").asText()).isEqualTo("a \"b\" / \u00e9\t");
        assertThat(json.get("n").isIntegralNumber()).isTrue();
        assertThat(json.get("n").asLong()).isEqualTo(12);
        assertThat(json.get("d").decimalValue()).isEqualByComparingTo("0.9876");
        assertThat(json.get("t").asBoolean()).isTrue();
        assertThat(json.get("f").asBoolean()).isFalse();
        assertThat(json.get("z").isNull()).isTrue();
        assertThat(json.get("a")).hasSize(3);
        assertThat(json.get("a").get(0).asText()).isEqualTo("x");
        assertThat(JSON.writeValueAsString(json)).isEqualTo(
                "{\"s\":\"a \\\"b\\\" / \u00e9\\t\",\"n\":12,\"d\":0.9876,\"t\":true,\"f\":false,\"z\":null,\"a\":[\"x\",{},[]]}");
    }

    @Test
    void aTopLevelScalarIsTheDocument() throws Exception {
        assertThat(handled("<string " + FN + ">alone</string>").asText()).isEqualTo("alone");
    }

    @Test
    void refusesWhatXmlToJsonRefuses() throws Exception {
        assertThatThrownBy(() -> handled("<map " + FN + "><string>no key</string></map>"))
                .hasMessageContaining("without a key");
        assertThatThrownBy(() -> handled("<array " + FN + "><string key='k'>key</string></array>"))
                .hasMessageContaining("key outside a map");
        assertThatThrownBy(() -> handled("<map " + FN + "><number key='n'>twelve</number></map>"))
                .hasMessageContaining("Not a number");
        assertThatThrownBy(() -> handled("<map " + FN + "><object key='o'/></map>"))
                .hasMessageContaining("Not an element");
        assertThatThrownBy(() -> handled("<map><string key='s'>no namespace</string></map>"))
                .hasMessageContaining("Not an element");
        assertThatThrownBy(() -> handled("<map " + FN + "><string key='s'><string key='t'/></string></map>"))
                .hasMessageContaining("inside a string");
        assertThatThrownBy(() -> handled("<array " + FN + ">loose <string>x</string></array>"))
                .hasMessageContaining("Text outside");
        // A stylesheet's result may hold two top-level elements; a JSON text holds one value.
        XdmNode two = parse("<r><null " + FN + "/><map " + FN + "/></r>");
        assertThatThrownBy(() -> built(two.select(Steps.child().then(Steps.child())).asXdmValue()))
                .hasMessageContaining("More than one top-level value");
    }

    @Test
    void ignoresCommentsAndProcessingInstructionsAsXmlToJsonDoes() throws Exception {
        JsonNode json = handled("<map " + FN + "><!-- c --><?pi x?><null key='z'/><array key='a'><!-- c --><null/></array></map>");
        assertThat(JSON.writeValueAsString(json)).isEqualTo("{\"z\":null,\"a\":[null]}");
    }

    private static JsonNode handled(String xml) throws Exception {
        return built(parse(xml));
    }

    /** Sends the value's events to a destination, as a stylesheet's result is sent. */
    private static JsonNode built(XdmValue value) throws SaxonApiException {
        JsonTreeDestination destination = new JsonTreeDestination();
        Stylesheets.processor().writeXdmValue(value, destination);
        return destination.root();
    }

    private static XdmNode parse(String xml) throws SaxonApiException {
        return Stylesheets.processor().newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }

    private static String xmlToJson(XdmNode jsonXml) throws SaxonApiException {
        Processor processor = Stylesheets.processor();
        XPathSelector selector = processor.newXPathCompiler().compile("xml-to-json(.)").load();
        selector.setContextItem(jsonXml);
        return selector.evaluateSingle().getStringValue();
    }
}
