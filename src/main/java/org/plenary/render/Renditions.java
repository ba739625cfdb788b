package org.plenary.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three published renderings of one document, kept as the UTF-8 bytes the serializer wrote:
 * they are published as they are, and read as text only where something looks inside.
 */
public final class Renditions {
    private final byte[] html;
    private final byte[] json;
    private final JsonNode jsonTree;
    private final byte[] text;

    /** The JSON as a tree and as the bytes written from it. */
    public record JsonRendition(JsonNode tree, byte[] bytes) {
    }

    public Renditions(byte[] html, JsonRendition json, byte[] text) {
        this.html = html;
        this.json = json.bytes();
        this.jsonTree = json.tree();
        this.text = text;
    }

    /** The JSON's tree, which its bytes were written from: read it instead of parsing the bytes. */
    public JsonNode jsonTree() { return jsonTree; }

    /** The HTML as written, read-only. */
    public ByteBuffer htmlBytes() { return ByteBuffer.wrap(html).asReadOnlyBuffer(); }
    public ByteBuffer jsonBytes() { return ByteBuffer.wrap(json).asReadOnlyBuffer(); }
    public ByteBuffer textBytes() { return ByteBuffer.wrap(text).asReadOnlyBuffer(); }

    public String html() { return new String(html, StandardCharsets.UTF_8); }
    public String json() { return new String(json, StandardCharsets.UTF_8); }
    public String text() { return new String(text, StandardCharsets.UTF_8); }
}
