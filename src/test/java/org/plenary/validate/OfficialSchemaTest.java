package org.plenary.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;

/**
 * The official OASIS schema Plenary ships (unpacked at build time from io.legaldocml:legaldocml-test)
 * is the OASIS Akoma Ntoso 3.0 schema: its text is fixed by its digest, and it accepts and rejects
 * exactly what the OASIS text in ../shared/akn does, with the same messages at the same places.
 * (The two texts differ in layout, in default occurrence counts written out, in unions of types
 * written as member types, and in mixed="true" repeated on extensions of mixed types: none of
 * which changes what they accept.)
 */
class OfficialSchemaTest {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The UN's Akoma Ntoso files that fail the official schema (of 995): found with bin/plenary validate ../shared/un-akn. */
    private static final List<String> INVALID_UN_FILES = List.of("76/A_RES_76_246-2119713E.xml", "77/A_RES_77_100-2228244E.xml",
            "77/A_RES_77_104-2228250E.xml", "77/A_RES_77_118-2228394E.xml", "77/A_RES_77_128-2228507E.xml");

    @Test
    void theShippedSchemaIsTheKnownText() throws Exception {
        assertThat(sha256(OfficialSchema.RESOURCE)).isEqualTo("cf443b96ad1534e5086d7858087d259a61116142fdfddcfc4e606037de73b3b9");
        assertThat(sha256(OfficialSchema.RESOURCE.replace("akomantoso30.xsd", "xml.xsd")))
                .isEqualTo("0e93d88564df10e983cd42261e67df893402051989cef4f11a3d766515985fb5");
        assertThat(OfficialSchema.validator()).isSameAs(OfficialSchema.validator());
    }

    @Test
    void itAcceptsTheValidDocumentsAndRejectsTheInvalidOnes() throws IOException {
        SchemaValidator shipped = OfficialSchema.validator();
        for (Map.Entry<String, String> document : valid().entrySet()) {
            assertThat(shipped.validate(document.getValue(), document.getKey())).as(document.getKey()).isEmpty();
        }
        for (Map.Entry<String, String> document : invalid().entrySet()) {
            assertThat(shipped.validate(document.getValue(), document.getKey())).as(document.getKey()).isNotEmpty();
        }
    }

    @Test
    void itJudgesAsTheOasisTextInTheSharedMaterial() throws Exception {
        SchemaValidator oasis = SchemaValidator.fromFile(SharedMaterial.sharedOfficialSchema());
        SchemaValidator shipped = OfficialSchema.validator();
        Map<String, String> documents = new LinkedHashMap<>(valid());
        documents.putAll(invalid());
        Path unAkn = SharedMaterial.require("un-akn");
        List<String> unFiles = new ArrayList<>(INVALID_UN_FILES);
        unFiles.addAll(List.of("75/75_100_E.xml", "76/A_RES_76_10-2117757E.xml", "77/A_RES_77_1-2223391E.xml"));
        for (String name : unFiles) {
            documents.put(name, Files.readString(unAkn.resolve(name)));
        }
        int rejected = 0;
        for (Map.Entry<String, String> document : documents.entrySet()) {
            List<ValidationProblem> expected = oasis.validate(document.getValue(), document.getKey());
            assertThat(shipped.validate(document.getValue(), document.getKey())).as(document.getKey()).isEqualTo(expected);
            rejected += expected.isEmpty() ? 0 : 1;
        }
        for (String name : INVALID_UN_FILES) {
            assertThat(oasis.validate(unAkn.resolve(name))).as(name).isNotEmpty();
        }
        System.out.printf("official schema: %d documents judged alike by the shipped schema and ../shared/akn (%d rejected)%n",
                documents.size(), rejected);
        assertThat(rejected).isGreaterThanOrEqualTo(invalid().size() + INVALID_UN_FILES.size());
    }

    /** Our outputs of the five samples, and hand-made documents that use what the two texts write differently. */
    private static Map<String, String> valid() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String sample : Conversions.SAMPLES) {
            documents.put(sample, Conversions.convertSample(sample).aknXml());
        }
        documents.put("mixed-inlines.xml", statement("<p>Text <ref href=\"/akn/un/x\">a <i>ref</i></ref>, <docDate date=\"2020-01-01\">1 <b>January</b></docDate>,"
                + " <date date=\"2020-01-01T10:00:00\">a time</date>, <docProponent>the <i>Assembly</i></docProponent>"
                + " <session value=\"75\">seventy-<b>fifth</b></session>.</p>"));
        documents.put("xml-attributes.xml", statement("<p xml:lang=\"fr\" xml:space=\"preserve\">Texte.</p>"));
        documents.put("un-resolution.xml", Files.readString(SharedMaterial.unAknResolution()));
        return documents;
    }

    /** Hand-made documents that each break one rule of the schema. */
    private static Map<String, String> invalid() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("unknown-element.xml", statement("<p>Text <bogus/>.</p>"));
        documents.put("text-in-body.xml", statement("Loose text<p>Text.</p>"));
        documents.put("bad-date.xml", statement("<p><docDate date=\"yesterday\">yesterday</docDate></p>"));
        documents.put("bad-xml-space.xml", statement("<p xml:space=\"sometimes\">Text.</p>"));
        documents.put("duplicate-eid.xml", statement("<p eId=\"p_1\">One.</p><p eId=\"p_1\">Two.</p>"));
        documents.put("eid-with-space.xml", statement("<p eId=\"p 1\">One.</p>"));
        documents.put("missing-name.xml", statement("<p>Text.</p>").replace("<statement name=\"resolution\">", "<statement>"));
        documents.put("wrong-order.xml", statement("<p>Text.</p>").replace("<preface><p>Preface.</p></preface>", "")
                .replace("</mainBody>", "</mainBody><preface><p>Preface.</p></preface>"));
        documents.put("no-frbr-work.xml", statement("<p>Text.</p>").replaceFirst("(?s)<FRBRWork>.*?</FRBRWork>", ""));
        documents.put("other-namespace.xml", statement("<p>Text.</p>").replace(AKN, "http://www.akomantoso.org/2.0"));
        documents.put("not-well-formed.xml", statement("<p>Text.</p>").replace("</mainBody>", ""));
        return documents;
    }

    /** A minimal statement, valid but for what {@code body} does. */
    private static String statement(String body) {
        String frbr = "<FRBRthis value=\"/akn/un/statement/deliberation/unga/2020-01-01/1/!main\"/>"
                + "<FRBRuri value=\"/akn/un/statement/deliberation/unga/2020-01-01/1\"/>"
                + "<FRBRdate date=\"2020-01-01\" name=\"adoption\"/><FRBRauthor href=\"#ga\"/>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"" + AKN + "\">\n<statement name=\"resolution\">\n"
                + "<meta><identification source=\"#ga\">\n"
                + "<FRBRWork>" + frbr + "<FRBRcountry value=\"un\"/></FRBRWork>\n"
                + "<FRBRExpression>" + frbr.replace("/!main", "/eng@/!main").replace("/1\"", "/1/eng@\"") + "<FRBRlanguage language=\"eng\"/></FRBRExpression>\n"
                + "<FRBRManifestation>" + frbr.replace("/!main", "/eng@/!main.xml").replace("/1\"", "/1/eng@.xml\"") + "</FRBRManifestation>\n"
                + "</identification></meta>\n"
                + "<preface><p>Preface.</p></preface>\n"
                + "<mainBody>\n" + body + "\n</mainBody>\n</statement>\n</akomaNtoso>\n";
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = OfficialSchema.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
