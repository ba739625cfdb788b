package org.plenary.layout;

/** A footnote's text as found in a note block, with the source line where it starts. */
public record NoteBody(String marker, String text, int line) {
}
