package org.plenary.read.pdf;

/**
 * One character as the PDF drew it: where, how large, in which style. Positions are in points
 * from the page's top-left corner; {@code baseline} is the y the character sits on.
 */
record Glyph(String text, float x, float width, float baseline, float size, byte style, boolean isSpace) {
    /** Whether it is a space is asked of every glyph many times while lines are built: settled once. */
    Glyph(String text, float x, float width, float baseline, float size, byte style) {
        this(text, x, width, baseline, size, style, text.isBlank());
    }

    float end() {
        return x + width;
    }
}
