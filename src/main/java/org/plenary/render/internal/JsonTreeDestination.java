package org.plenary.render.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.event.SequenceReceiver;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.AttributeMap;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.AbstractDestination;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.serialize.SerializationProperties;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.SchemaType;

/**
 * A Saxon destination that builds a JSON tree from the XML representation of JSON that XPath's
 * {@code fn:xml-to-json} reads ({@code map}, {@code array}, {@code string}, {@code number},
 * {@code boolean}, {@code null} in the functions namespace, a {@code key} attribute in a map), as
 * a stylesheet writes it. Jackson writes the tree, several times quicker than xml-to-json's own
 * writer, and the collection reads it, so the JSON is never parsed back. The events are Saxon's
 * own: through SAX, each element's attributes and text would be copied into SAX's shapes first. Input outside that vocabulary is refused, as xml-to-json
 * refuses it; comments and processing instructions are ignored, as xml-to-json ignores them.
 */
public final class JsonTreeDestination extends AbstractDestination {
    public static final String NAMESPACE = NamespaceUri.FN.toString();

    private final TreeBuilder builder = new TreeBuilder();

    /** The tree, once the stylesheet's result was written here. */
    public JsonNode root() {
        if (builder.root == null) {
            throw new IllegalStateException("No JSON was written");
        }
        return builder.root;
    }

    @Override
    public Receiver getReceiver(PipelineConfiguration pipe, SerializationProperties params) {
        builder.setPipelineConfiguration(pipe);
        // Items (a node, an atomic value) come in as the events of a document, as for SAX.
        return params.makeSequenceNormalizer(builder);
    }

    @Override
    public void close() {
        // Nothing to release: the tree is all there is.
    }

    private static final class TreeBuilder extends SequenceReceiver {
        private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        /** The local names of the elements open, innermost first: Saxon's end event names none. */
        private final Deque<String> elements = new ArrayDeque<>();
        private JsonNode root;
        /** The key of the value being read, in a map. */
        private String key;

        TreeBuilder() {
            super(null);
        }

        @Override
        public void startDocument(int properties) {
            // The document around the result: its elements are what counts.
        }

        @Override
        public void endDocument() {
            // As startDocument.
        }

        @Override
        public void processingInstruction(String target, UnicodeString data, Location location, int properties) {
            // Ignored, as xml-to-json ignores processing instructions.
        }

        @Override
        public void comment(UnicodeString content, Location location, int properties) {
            // Ignored, as xml-to-json ignores comments.
        }

        @Override
        public void append(Item item, Location location, int properties) throws XPathException {
            decompose(item, location, properties); // a node as its events; the normaliser in front sends no other
        }

        @Override
        public void close() {
            // The tree is complete at the end of its outermost element.
        }

        @Override
        public void startElement(NodeName name, SchemaType type, AttributeMap attributes, NamespaceMap namespaces,
                                 Location location, int properties) throws XPathException {
            if (!name.hasURI(NamespaceUri.FN)) {
                throw new XPathException("Not an element of the XML representation of JSON: " + name.getDisplayName());
            }
            String scalar = scalar();
            if (scalar != null) {
                throw new XPathException("An element inside a " + scalar + ": " + name.getDisplayName());
            }
            key = attributes.getValue(NamespaceUri.NULL, "key");
            if (!open.isEmpty() && open.peek().isObject() == (key == null)) {
                throw new XPathException(key == null ? "A value without a key in a map: " + name.getDisplayName()
                        : "A key outside a map: " + key);
            }
            elements.push(name.getLocalPart());
            switch (name.getLocalPart()) {
                case "map" -> open.push(attach(nodes.objectNode()));
                case "array" -> open.push(attach(nodes.arrayNode()));
                case "null" -> attach(nodes.nullNode());
                case "string", "number", "boolean" -> text.setLength(0);
                default -> throw new XPathException("Not an element of the XML representation of JSON: " + name.getDisplayName());
            }
        }

        @Override
        public void characters(UnicodeString chars, Location location, int properties) throws XPathException {
            String value = chars.toString();
            if (scalar() != null) {
                text.append(value);
            } else if (!value.isBlank()) {
                throw new XPathException("Text outside a string, number or boolean: \"" + value.strip() + "\"");
            }
        }

        @Override
        public void endElement() throws XPathException {
            String scalar = scalar();
            String ending = elements.pop();
            if (scalar != null) {
                String value = text.toString();
                attach(switch (scalar) {
                    case "string" -> nodes.textNode(value);
                    case "number" -> number(value.strip());
                    default -> nodes.booleanNode(bool(value.strip()));
                });
            } else if (ending.equals("map") || ending.equals("array")) {
                open.pop();
                key = null;
            }
        }

        /** The kind of scalar being read ("string", "number", "boolean"), or null between values. */
        private String scalar() {
            String inner = elements.peek();
            return "string".equals(inner) || "number".equals(inner) || "boolean".equals(inner) ? inner : null;
        }

        private <T extends JsonNode> T attach(T node) throws XPathException {
            ContainerNode<?> parent = open.peek();
            if (parent instanceof ObjectNode map) {
                map.set(key, node);
            } else if (parent instanceof ArrayNode array) {
                array.add(node);
            } else if (root == null) {
                root = node;
            } else {
                throw new XPathException("More than one top-level value");
            }
            return node;
        }

        /**
         * An integer as the node Jackson reads it into (int, else long), any other JSON number as
         * an exact decimal: the value as written.
         */
        private JsonNode number(String value) throws XPathException {
            try {
                if (!value.isEmpty() && value.length() < 18 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')) {
                    long integer = Long.parseLong(value);
                    return integer == (int) integer ? nodes.numberNode((int) integer) : nodes.numberNode(integer);
                }
                return nodes.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw new XPathException("Not a number: \"" + value + "\"");
            }
        }

        private static boolean bool(String value) throws XPathException {
            return switch (value) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> throw new XPathException("Not a boolean: \"" + value + "\"");
            };
        }
    }
}
