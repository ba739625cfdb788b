package org.plenary.parse.recognize;

import org.plenary.layout.Block;
import org.plenary.source.StyledText;

/** Blocks as layout hands them to the parser, built from realistic lines. */
final class Blocks {
    private Blocks() {
    }

    /** A block of plain text on line 1, as text input gives it (look unknown: anything may be a heading). */
    static Block text(String text) {
        return at(1, text);
    }

    /** A block of plain text starting on the given line. */
    static Block at(int line, String text) {
        return new Block(StyledText.of(text), line, line);
    }

    /** A block that follows material layout took out (a page break, a note area): it may continue the paragraph before. */
    static Block afterCut(int line, String text) {
        return new Block(StyledText.of(text), line, line, true);
    }

    /** A block whose first words are set in italics, as print sets a recital's or a paragraph's opening. */
    static Block italicOpening(int line, String italic, String rest) {
        StyledText text = StyledText.builder().append(italic, StyledText.ITALIC).append(rest).build();
        return new Block(text, line, line);
    }

    /** A block read from a PDF with its fonts: bold or not, centred or not. */
    static Block printed(int line, String text, boolean bold, boolean centred) {
        return new Block(StyledText.of(text), line, line, false, new Block.Look(bold, centred, false, 1, true, false));
    }
}
