package org.plenary.layout;

/** A logical paragraph: hard wraps joined, page furniture and note blocks taken out. */
public record Block(String text, int firstLine, int lastLine) {
}
