package org.plenary.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.XdmNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;
import org.plenary.render.Stylesheets;

/** Every document written is valid against the official OASIS schema and against our profile. */
class ConformanceTest {
    private static SchemaValidator official;
    private static SchemaValidator profile;

    @BeforeAll
    static void schemas() {
        official = OfficialSchema.validator();
        profile = SchemaValidator.profile();
    }


    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void sampleOutputIsValidAgainstBothSchemas(String sample) throws IOException {
        DocumentJob job = Conversions.convertSample(sample);
        assertThat(official.validate(job.aknXml(), sample)).isEmpty();
        assertThat(profile.validate(job.aknXml(), sample)).isEmpty();
    }

    @Test
    void profileIsStricterThanTheOfficialSchema() throws IOException {
        String valid = Conversions.convertSample("A_RES_54_212.txt").aknXml();
        String withoutEId = valid.replaceFirst(" eId=\"para_1\"", "");
        assertThat(official.validate(withoutEId, "x.xml")).isEmpty();
        assertThat(profile.validate(withoutEId, "x.xml"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("eId"));
        String badEId = valid.replaceFirst("eId=\"para_1\"", "eId=\"Paragraph One\"");
        assertThat(profile.validate(badEId, "x.xml")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void theMarshalledTreeIsValidAndIsWhatTheXmlSays(String sample) throws Exception {
        DocumentJob job = Conversions.convertSample(sample);
        assertThat(profile.validate(job.aknTree(), job.aknXml(), sample)).isEmpty();
        XdmNode reparsed = Stylesheets.processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(job.aknXml())));
        assertThat(reparsed.toString()).isEqualTo(job.aknTree().toString());
    }

    @Test
    void aFailingTreeIsReportedWithThePositionsOfItsText() throws Exception {
        String valid = Conversions.convertSample("A_RES_54_212.txt").aknXml();
        String twoFirstParagraphs = valid.replaceFirst("eId=\"para_2\"", "eId=\"para_1\"");
        XdmNode tree = Stylesheets.processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(twoFirstParagraphs)));
        assertThat(profile.validate(tree, twoFirstParagraphs, "x.xml"))
                .isEqualTo(profile.validate(twoFirstParagraphs, "x.xml"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).contains("'para_1'"))
                .first().satisfies(p -> {
                    assertThat(p.message()).contains("multiple occurrences");
                    assertThat(p.column()).isGreaterThan(1);
                });
    }

    /** The thread's validator is kept from one document to the next: a failing one leaves nothing behind. */
    @Test
    void aTreeAfterAFailingOneIsJudgedOnItsOwn() throws Exception {
        DocumentJob job = Conversions.convertSample("A_RES_54_212.txt");
        String duplicateIds = job.aknXml().replaceFirst("eId=\"para_2\"", "eId=\"para_1\"");
        XdmNode failing = Stylesheets.processor().newDocumentBuilder().build(new StreamSource(new StringReader(duplicateIds)));
        for (int round = 0; round < 3; round++) {
            assertThat(profile.validate(failing, duplicateIds, "x.xml")).isNotEmpty();
            assertThat(profile.validate(job.aknTree(), job.aknXml(), "A_RES_54_212.txt")).isEmpty();
        }
    }

    @Test
    void problemsCarryLineAndColumn() {
        String broken = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n  <statement>\n</akomaNtoso>";
        assertThat(profile.validate(broken, "broken.xml"))
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.column()).isGreaterThan(1);
                    assertThat(p.toString()).startsWith("broken.xml:2:").contains("name");
                })
                .anySatisfy(p -> assertThat(p.toString()).startsWith("broken.xml:3:"));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&e;</akomaNtoso>";
        assertThat(profile.validate(xxe, "xxe.xml")).singleElement()
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("DOCTYPE"));
    }
}
