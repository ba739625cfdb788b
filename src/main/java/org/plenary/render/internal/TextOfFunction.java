package org.plenary.render.internal;

import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.expr.sort.GlobalOrderComparer;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.util.Navigator;
import net.sf.saxon.type.Type;

/**
 * pl:text-of($nodes): what common.xsl's pl:text gives, the text a reader sees with notes left out,
 * white space normalised: {@code normalize-space(string-join($nodes//text()[not(ancestor::akn:authorialNote)], ''))}.
 * The stylesheets call it when it is there and fall back on that expression otherwise. In Java the
 * text is gathered and normalised in one walk, instead of every text node's ancestors looked up
 * and the pieces joined, then normalised (see BENCHMARKS.md).
 */
public final class TextOfFunction extends FragmentFunction {
    public TextOfFunction() {
        super("text-of");
    }

    @Override
    char[] chars(SequenceIterator nodes) throws XPathException {
        NormalizedSpace text = new NormalizedSpace(256);
        for (NodeInfo node : outermostInDocumentOrder(nodes)) {
            if (!insideNote(node)) {
                gather(node, text);
            }
        }
        return text.chars();
    }

    /**
     * The nodes as the path {@code $nodes//text()} visits them: in document order, and a node
     * inside another of them left to that one, so that no text is taken twice.
     */
    private static List<NodeInfo> outermostInDocumentOrder(SequenceIterator nodes) throws XPathException {
        List<NodeInfo> all = new ArrayList<>();
        for (Item item = nodes.next(); item != null; item = nodes.next()) {
            all.add((NodeInfo) item);
        }
        if (all.size() > 1) {
            all.sort(GlobalOrderComparer.getInstance()::compare);
            List<NodeInfo> outermost = new ArrayList<>(all.size());
            for (NodeInfo node : all) {
                if (outermost.isEmpty() || !Navigator.isAncestorOrSelf(outermost.get(outermost.size() - 1), node)) {
                    outermost.add(node);
                }
            }
            return outermost;
        }
        return all;
    }

    /** A note, or a node in one: none of its text is the text a reader sees. */
    private static boolean insideNote(NodeInfo node) {
        for (NodeInfo above = node; above != null; above = above.getParent()) {
            if (isNote(above)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNote(NodeInfo node) {
        return isAkn(node, "authorialNote");
    }

    /** The text below the node, a note's left out (a text node itself has none below it). */
    private static void gather(NodeInfo node, NormalizedSpace text) {
        for (NodeInfo child : node.children()) {
            int kind = child.getNodeKind();
            if (kind == Type.TEXT) {
                text.append(child.getUnicodeStringValue().toString());
            } else if (kind == Type.ELEMENT && !isNote(child)) {
                gather(child, text);
            }
        }
    }
}
