package org.plenary.layout;

/**
 * A logical paragraph: hard wraps joined, page furniture and note blocks taken out.
 * {@code afterCut} says that such material was taken out just before it, so it may be the rest
 * of the paragraph before (the parser, which knows the opening phrases, decides).
 */
public record Block(String text, int firstLine, int lastLine, boolean afterCut) {
    public Block(String text, int firstLine, int lastLine) {
        this(text, firstLine, lastLine, false);
    }
}
