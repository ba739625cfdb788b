package org.plenary.render.internal;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;

/**
 * pl:inline-of($nodes): what text.xsl's pl:inline gives, the inline text of each node's children
 * in turn, note calls as [n], a line break as a space, white space as written. The stylesheet calls
 * it when it is there and falls back on its templates (mode "inline") otherwise. In Java the
 * fragment is walked once, where the templates matched a rule for every node and joined the pieces
 * each made: a sixth of the text rendering.
 */
public final class InlineTextFunction extends ExtensionFunctionDefinition {
    private static final NamespaceUri AKN = NamespaceUri.of("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");

    @Override
    public StructuredQName getFunctionQName() {
        return new StructuredQName("pl", FillLinesFunction.NAMESPACE, "inline-of");
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.NODE_SEQUENCE};
    }

    @Override
    public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
        return SequenceType.SINGLE_STRING;
    }

    @Override
    public ExtensionFunctionCall makeCallExpression() {
        return new ExtensionFunctionCall() {
            @Override
            public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
                StringBuilder text = new StringBuilder();
                SequenceIterator nodes = arguments[0].iterate();
                // Each node's children, in the order given, as the stylesheet's for-each takes them.
                for (Item item = nodes.next(); item != null; item = nodes.next()) {
                    children((NodeInfo) item, text);
                }
                char[] chars = new char[text.length()];
                text.getChars(0, chars.length, chars, 0);
                return new StringValue(SaxonStrings.of(chars));
            }
        };
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
        if (element.getNamespaceUri().equals(AKN)) {
            switch (element.getLocalPart()) {
                case "authorialNote", "noteRef" -> {
                    String marker = element.getAttributeValue(NamespaceUri.NULL, "marker");
                    text.append('[').append(marker == null ? "" : marker).append(']');
                    return;
                }
                case "eol" -> {
                    text.append(' ');
                    return;
                }
                default -> { }
            }
        }
        children(element, text);
    }
}
