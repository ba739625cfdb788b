package org.plenary.render.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a JSON tree from the XML representation of JSON that XPath's {@code fn:xml-to-json}
 * reads ({@code map}, {@code array}, {@code string}, {@code number}, {@code boolean},
 * {@code null} in the functions namespace, a {@code key} attribute in a map), as a stylesheet
 * writes it. The tree is then written by Jackson, which is several times quicker than
 * xml-to-json's own writer, and is what the collection reads, so the JSON is never parsed back.
 * Input outside that vocabulary is refused, as xml-to-json refuses it.
 */
public final class JsonXmlHandler extends DefaultHandler {
    public static final String NAMESPACE = "http://www.w3.org/2005/xpath-functions";

    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private JsonNode root;
    /** The key of the value being read, in a map. */
    private String key;
    /** The kind of scalar being read ("string", "number", "boolean"), or null between values. */
    private String scalar;

    /** The tree, once the document ended. */
    public JsonNode root() {
        if (root == null) {
            throw new IllegalStateException("No JSON was written");
        }
        return root;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!NAMESPACE.equals(uri)) {
            throw new SAXException("Not an element of the XML representation of JSON: " + qName);
        }
        if (scalar != null) {
            throw new SAXException("An element inside a " + scalar + ": " + qName);
        }
        key = attributes.getValue("", "key");
        if (!open.isEmpty() && open.peek().isObject() == (key == null)) {
            throw new SAXException(key == null ? "A value without a key in a map: " + qName : "A key outside a map: " + key);
        }
        switch (localName) {
            case "map" -> open.push(attach(nodes.objectNode()));
            case "array" -> open.push(attach(nodes.arrayNode()));
            case "null" -> attach(nodes.nullNode());
            case "string", "number", "boolean" -> {
                scalar = localName;
                text.setLength(0);
            }
            default -> throw new SAXException("Not an element of the XML representation of JSON: " + qName);
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        if (scalar != null) {
            text.append(chars, start, length);
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                throw new SAXException("Text outside a string, number or boolean: \"" + new String(chars, start, length).strip() + "\"");
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (scalar != null) {
            String value = text.toString();
            attach(switch (scalar) {
                case "string" -> nodes.textNode(value);
                case "number" -> number(value.strip());
                default -> nodes.booleanNode(bool(value.strip()));
            });
            scalar = null;
        } else if (localName.equals("map") || localName.equals("array")) {
            open.pop();
            key = null;
        }
    }

    private <T extends JsonNode> T attach(T node) throws SAXException {
        ContainerNode<?> parent = open.peek();
        if (parent instanceof ObjectNode map) {
            map.set(key, node);
        } else if (parent instanceof ArrayNode array) {
            array.add(node);
        } else if (root == null) {
            root = node;
        } else {
            throw new SAXException("More than one top-level value");
        }
        return node;
    }

    /**
     * An integer as the node Jackson reads it into (int, else long), any other JSON number as an
     * exact decimal: the value as written.
     */
    private JsonNode number(String value) throws SAXException {
        try {
            if (!value.isEmpty() && value.length() < 18 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')) {
                long integer = Long.parseLong(value);
                return integer == (int) integer ? nodes.numberNode((int) integer) : nodes.numberNode(integer);
            }
            return nodes.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new SAXException("Not a number: \"" + value + "\"");
        }
    }

    private static boolean bool(String value) throws SAXException {
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new SAXException("Not a boolean: \"" + value + "\"");
        };
    }
}
