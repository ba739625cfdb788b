package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.read.ReadStage.XmlKind;

class ReadStageTest {
    private static final String AKN = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>";

    private final ReadStage stage = new ReadStage(1_000_000);

    private DocumentJob read(String content) {
        DocumentJob job = new DocumentJob("input.xml", content.getBytes(StandardCharsets.UTF_8), Path.of("out"));
        stage.apply(job);
        return job;
    }

    @Test
    void akomaNtosoIsKnownWhateverComesBeforeItsRoot() {
        assertThat(ReadStage.xmlKind(AKN)).isEqualTo(XmlKind.AKOMA_NTOSO);
        assertThat(ReadStage.xmlKind("<?xml version=\"1.0\"?>\n<!-- exported -->\n<?xml-stylesheet href=\"a.xsl\"?>\n" + AKN))
                .isEqualTo(XmlKind.AKOMA_NTOSO);
        assertThat(ReadStage.xmlKind("<an:akomaNtoso xmlns:an=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>"))
                .isEqualTo(XmlKind.AKOMA_NTOSO);
        assertThat(read("\n  <!-- c -->" + AKN).aknInput()).isTrue();
        assertThat(ReadStage.xmlKind("\u2003\t\n" + AKN)).isEqualTo(XmlKind.AKOMA_NTOSO);
        assertThat(ReadStage.xmlKind(" \n<?xml version=\"1.0\"?>\n<catalog/>")).isEqualTo(XmlKind.OTHER_XML);
        assertThat(ReadStage.xmlKind(" \n\t ")).isEqualTo(XmlKind.NONE);
    }

    @Test
    void anHtmlPageIsKnownAfterWhiteSpaceAndComments() {
        assertThat(InputFormat.isHtmlPage("\n\t <!-- saved -->\n<!DOCTYPE html><html><body/></html>")).isTrue();
        assertThat(InputFormat.isHtmlPage("  <HTML lang=\"en\">")).isTrue();
        assertThat(InputFormat.isHtmlPage("  <!-- unclosed")).isFalse();
        assertThat(InputFormat.isHtmlPage("   ")).isFalse();
        assertThat(InputFormat.isHtmlPage("The General Assembly, <b>Recalling</b>")).isFalse();
        assertThat(InputFormat.isHtmlPage("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")).isTrue();
    }

    /** A page, XHTML with its XML declaration and DOCTYPE included, is read as a web page, not refused as XML. */
    @Test
    void anHtmlPageIsReadAsAWebPage() {
        DocumentJob job = read("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p><em>The General Assembly</em>,</p></body></html>");
        assertThat(job.source().form()).isEqualTo(org.plenary.source.SourceForm.WEB_PAGE);
        assertThat(job.source().lines()).extracting(org.plenary.source.SourceLine::plain).containsExactly("The General Assembly,");
    }

    @Test
    void aDoctypeIsRefusedWithOrWithoutAnInternalSubset() {
        assertThat(ReadStage.xmlKind("<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY x \"y\">]>\n<foo>&x;</foo>"))
                .isEqualTo(XmlKind.WITH_DOCTYPE);
        assertThat(ReadStage.xmlKind("<!-- c -->\n<!DOCTYPE akomaNtoso SYSTEM \"akn.dtd\">\n" + AKN)).isEqualTo(XmlKind.WITH_DOCTYPE);
        assertThatThrownBy(() -> read("<!DOCTYPE akomaNtoso>\n" + AKN))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("XML with a DOCTYPE")
                .satisfies(e -> assertThat(((ConversionException) e).advice()).contains("Remove the DOCTYPE"));
    }

    @Test
    void otherXmlIsNotReadAsAResolutionsText() {
        assertThat(ReadStage.xmlKind("<?xml version=\"1.0\"?>\n<catalog/>")).isEqualTo(XmlKind.OTHER_XML);
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<catalog><item/></catalog>"))
                .isInstanceOf(ConversionException.class).hasMessageContaining("not akomaNtoso");
    }

    @Test
    void textIsText() {
        assertThat(ReadStage.xmlKind("The General Assembly,\n<b>Recalling</b>")).isEqualTo(XmlKind.NONE);
        assertThat(ReadStage.xmlKind("<b>Recalling</b> its resolution")).isEqualTo(XmlKind.NONE);
    }
}
