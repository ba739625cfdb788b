package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.plenary.SharedMaterial;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The UN links the documents its resolutions cite ({@code <a href="https://undocs.org/en/A/RES/52/189">52/189</a>}).
 * Over every second resolution of ../shared/un-akn, the references found in each paragraph's
 * text are compared with those links: same words, same symbol. The UN does not link every
 * reference (rarely a symbol written out, or a draft), so precision here is a lower bound.
 */
class ReferenceRecognitionTest {

    @Test
    void findsTheReferencesTheUnitedNationsLinks() throws Exception {
        List<Path> files = SharedMaterial.unAknFiles();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int linked = 0;
        int found = 0;
        int matched = 0;
        for (int i = 0; i < files.size(); i += 2) {
            NodeList paragraphs = factory.newDocumentBuilder().parse(files.get(i).toFile()).getElementsByTagNameNS("*", "p");
            for (int p = 0; p < paragraphs.getLength(); p++) {
                Element paragraph = (Element) paragraphs.item(p);
                if (paragraph.getElementsByTagNameNS("*", "p").getLength() > 0) {
                    continue; // a note's own paragraphs are counted on their own
                }
                StringBuilder text = new StringBuilder();
                List<String> links = new ArrayList<>();
                read(paragraph, text, links);
                String plain = text.toString().replace('\u00A0', ' ');
                List<String> ours = new ArrayList<>();
                for (DocumentReferences.Reference r : DocumentReferences.find(plain)) {
                    ours.add(key(plain.substring(r.start(), r.end()), r.symbol()));
                }
                linked += links.size();
                found += ours.size();
                for (String reference : ours) {
                    matched += links.remove(reference) ? 1 : 0;
                }
            }
        }
        double recall = matched / (double) linked;
        double precision = matched / (double) found;
        System.out.printf("references: %d linked by the UN, %d found, recall %.3f, precision %.3f%n", linked, found, recall, precision);
        assertThat(linked).isGreaterThan(5000);
        assertThat(recall).isGreaterThan(0.85);
        assertThat(precision).isGreaterThan(0.83);
    }

    private static void read(Node node, StringBuilder text, List<String> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element && !element.getLocalName().equals("authorialNote")) {
                String href = element.getAttribute("href");
                if (element.getLocalName().equals("a") && href.contains("undocs.org/")) {
                    // The UN's links carry a few quirks of their own: no language, a "(supp)" suffix.
                    String symbol = href.replaceFirst("^https?://undocs\\.org/(en/)?", "").replace("(supp)", "");
                    links.add(key(element.getTextContent().strip().replace('\u00A0', ' '), symbol));
                }
                read(element, text, links);
            }
        }
    }

    private static String key(String written, String symbol) {
        return (written + " => " + symbol).toLowerCase(Locale.ROOT);
    }
}
