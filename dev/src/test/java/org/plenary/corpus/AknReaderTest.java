package org.plenary.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the corpus check reads the UN's own markup as truth, where that markup strays from AKN4UN. */
class AknReaderTest {
    @TempDir
    Path dir;

    /** As in A/RES/76/245: a recital the UN put into the main body, before paragraph 1, is a recital. */
    @Test
    void readsAnUnnumberedRecitalAtTheHeadOfTheMainBodyAsPreambular() throws IOException {
        ReferenceDocument ref = read("""
                <paragraph eId="para_1"><content><p><span class="italic">Having further considered</span> the notes by the Secretary-General,</p></content></paragraph>
                <paragraph eId="para_2"><num>1.</num><content><p><span class="italic">Reaffirms</span> its resolutions;</p></content></paragraph>
                """);
        assertThat(ref.preambleOpenings).containsExactly("Recalling", "Having further considered");
        assertThat(ref.operativeTexts).hasSize(1);
    }

    /** A single unnumbered decision, or one that ends its sentence, stays operative. */
    @Test
    void keepsAnUnnumberedDecisionOperative() throws IOException {
        ReferenceDocument ref = read("""
                <paragraph eId="para_1"><content><p><span class="italic">Decides</span> to defer consideration of the item,</p></content></paragraph>
                <paragraph eId="para_2"><content><p><span class="italic">Having considered</span> the report, decides to take note of it.</p></content></paragraph>
                """);
        assertThat(ref.preambleOpenings).containsExactly("Recalling");
        assertThat(ref.operativeTexts).hasSize(2);
    }

    /** Truth files come from outside: a DOCTYPE (external entities, expansion bombs) is refused, never read. */
    @Test
    void refusesXmlWithADoctype() throws IOException {
        Path file = dir.resolve("hostile.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n  <!ENTITY file SYSTEM \"file:///etc/hostname\">\n]>\n"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&file;</akomaNtoso>\n");
        assertThatThrownBy(() -> new AknReader().read(file)).hasMessageContaining("DOCTYPE");
    }

    private ReferenceDocument read(String mainBody) throws IOException {
        Path file = dir.resolve("res.xml");
        Files.writeString(file, """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <statement name="resolution">
                    <meta><identification source="#un"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
                    <preamble>
                      <formula name="enactingFormula"><p>The General Assembly,</p></formula>
                      <container name="Recalling" eId="container_1"><p><span class="italic">Recalling</span> its resolution 75/253,</p></container>
                    </preamble>
                    <mainBody>
                    %s
                    </mainBody>
                  </statement>
                </akomaNtoso>
                """.formatted(mainBody));
        return new AknReader().read(file);
    }
}
