package org.plenary.read.pdf;

/**
 * One character as the PDF drew it: where, how large, in which style. Positions are in points
 * from the page's top-left corner; {@code baseline} is the y the character sits on.
 */
record Glyph(String text, float x, float width, float baseline, float size, byte style) {
    float end() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
