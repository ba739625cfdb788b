package org.plenary.layout;

import org.plenary.source.StyledText;

/** A footnote's text as found in a note block, with the source line where it starts. */
public record NoteBody(String marker, StyledText text, int line) {
}
