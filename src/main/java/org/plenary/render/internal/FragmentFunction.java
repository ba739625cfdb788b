package org.plenary.render.internal;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
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
 * A stylesheets' function from a fragment of Akoma Ntoso (a sequence of nodes) to a string, done
 * in Java: pl:NAME($nodes as node()*) as xs:string. The stylesheets fall back on their own
 * expressions when the function is not there.
 */
abstract class FragmentFunction extends ExtensionFunctionDefinition {
    private static final NamespaceUri AKN = NamespaceUri.of("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");

    private final String localName;

    FragmentFunction(String localName) {
        this.localName = localName;
    }

    /** The string of the nodes, as chars. */
    abstract char[] chars(SequenceIterator nodes) throws XPathException;

    @Override
    public final StructuredQName getFunctionQName() {
        return new StructuredQName("pl", FillLinesFunction.NAMESPACE, localName);
    }

    @Override
    public final SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.NODE_SEQUENCE};
    }

    @Override
    public final SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
        return SequenceType.SINGLE_STRING;
    }

    @Override
    public final ExtensionFunctionCall makeCallExpression() {
        return new ExtensionFunctionCall() {
            @Override
            public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
                return new StringValue(SaxonStrings.of(chars(arguments[0].iterate())));
            }
        };
    }

    /** Whether the node is the Akoma Ntoso element of that name. */
    static boolean isAkn(NodeInfo node, String localName) {
        return node.getNodeKind() == Type.ELEMENT && node.getLocalPart().equals(localName) && node.getNamespaceUri().equals(AKN);
    }
}
