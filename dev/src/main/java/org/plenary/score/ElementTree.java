package org.plenary.score;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A DOM read the way Python's xml.etree.ElementTree gives it to score.py: an element's children
 * are its child elements only (comments and processing instructions are dropped, so text on
 * either side of one runs together), its {@code text} is the character data before its first
 * child element and each child's {@code tail} the character data after it, and a tag is
 * {@code {namespace}local}, or {@code local} without a namespace.
 */
final class ElementTree {
    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private ElementTree() {
    }

    /** score.py's {@code el.tag.replace(NS, '')}: the local name for Akoma Ntoso (or no namespace), else the full tag. */
    static String tag(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace == null || namespace.equals(AKN) ? element.getLocalName() : "{" + namespace + "}" + element.getLocalName();
    }

    /** {@code el.tag == NS + name}: an Akoma Ntoso element of that name. */
    static boolean isAkn(Element element, String name) {
        return AKN.equals(element.getNamespaceURI()) && name.equals(element.getLocalName());
    }

    /** {@code list(el)}. */
    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** {@code el.findall(NS + name)}: direct children only. */
    static List<Element> findAll(Element element, String name) {
        return children(element).stream().filter(child -> isAkn(child, name)).toList();
    }

    /** {@code el.find(NS + name)}: the first such direct child, or null. */
    static Element find(Element element, String name) {
        return children(element).stream().filter(child -> isAkn(child, name)).findFirst().orElse(null);
    }

    /** {@code el.findtext(NS + name) or ''}: the text of the first such child before any element of its own. */
    static String findText(Element element, String name) {
        Element found = find(element, name);
        return found == null ? "" : text(found);
    }

    /** {@code el.iter(NS + name)}: the element itself and its descendants of that name, in document order. */
    static List<Element> iter(Element element, String name) {
        List<Element> found = new ArrayList<>();
        collect(element, name, found);
        return found;
    }

    private static void collect(Element element, String name, List<Element> found) {
        if (isAkn(element, name)) {
            found.add(element);
        }
        for (Element child : children(element)) {
            collect(child, name, found);
        }
    }

    /** {@code el.text or ''}. */
    static String text(Element element) {
        return characterDataFrom(element.getFirstChild());
    }

    /** {@code el.tail or ''}. */
    static String tail(Element element) {
        return characterDataFrom(element.getNextSibling());
    }

    /** Text and CDATA from this node on, up to the next element; comments and instructions skipped. */
    private static String characterDataFrom(Node node) {
        StringBuilder data = new StringBuilder();
        for (; node != null && !(node instanceof Element); node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                data.append(node.getNodeValue());
            }
        }
        return data.toString();
    }

    /** {@code el.get(name)} for an attribute without a namespace: null when absent. */
    static String attribute(Element element, String name) {
        return element.hasAttributeNS(null, name) ? element.getAttributeNS(null, name) : null;
    }
}
