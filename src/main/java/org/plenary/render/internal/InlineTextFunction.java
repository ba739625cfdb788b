package org.plenary.render.internal;

import net.sf.saxon.om.Item;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.Type;

/**
 * pl:inline-of($nodes): what text.xsl's pl:inline gives, the inline text of each node's children
 * in turn, note calls as [n], a line break as a space, white space as written. The stylesheet calls
 * it when it is there and falls back on its templates (mode "inline") otherwise. In Java the
 * fragment is walked once, instead of a template rule matched for every node (see BENCHMARKS.md).
 */
public final class InlineTextFunction extends FragmentFunction {
    public InlineTextFunction() {
        super("inline-of");
    }

    @Override
    char[] chars(SequenceIterator nodes) throws XPathException {
        StringBuilder text = new StringBuilder();
        // Each node's children, in the order given, as the stylesheet's for-each takes them.
        for (Item item = nodes.next(); item != null; item = nodes.next()) {
            children((NodeInfo) item, text);
        }
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        return chars;
    }

    private static void children(NodeInfo node, StringBuilder text) {
        for (NodeInfo child : node.children()) {
            switch (child.getNodeKind()) {
                case Type.TEXT -> text.append(child.getUnicodeStringValue().toString());
                case Type.ELEMENT -> element(child, text);
                default -> { } // comments and processing instructions are not text
            }
        }
    }

    private static void element(NodeInfo element, StringBuilder text) {
        if (isAkn(element, "authorialNote") || isAkn(element, "noteRef")) {
            String marker = element.getAttributeValue(NamespaceUri.NULL, "marker");
            text.append('[').append(marker == null ? "" : marker).append(']');
        } else if (isAkn(element, "eol")) {
            text.append(' ');
        } else {
            children(element, text);
        }
    }
}
