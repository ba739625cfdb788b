package org.plenary.layout;

import org.plenary.source.StyledText;

/**
 * A logical paragraph: hard wraps joined, page furniture and note blocks taken out.
 * {@code afterCut} says that such material was taken out just before it, so it may be the rest
 * of the paragraph before (the parser, which knows the opening phrases, decides). {@code look}
 * is what the page showed of it, where the reader could see the page. {@code table} is the table
 * the block is, when the page printed one (its text is then the cells' text), or null.
 */
public record Block(StyledText text, int firstLine, int lastLine, boolean afterCut, Look look, Table table) {
    /**
     * How a paragraph was set: in bold, centred on the page, or starting at the left margin
     * (where headings, annex titles and table rows stand), and whether the reader saw its type
     * at all ({@code typed}: a PDF read with its fonts, where a heading is set in bold and a
     * paragraph's bounds are what the page shows); unknown for text input. {@code afterShortLine}:
     * the line before stopped short in a word, which in text too says the paragraph before ended.
     */
    public record Look(boolean bold, boolean centred, boolean atMargin, int page, boolean typed, boolean afterShortLine) {
        public static final Look UNKNOWN = new Look(false, false, false, 0, false, false);

        /** Whether the block may be a heading by its look: anything may in text; in print, bold or centred type. */
        public boolean mayBeHeading() {
            return !typed || bold || centred;
        }
    }

    public Block(StyledText text, int firstLine, int lastLine, boolean afterCut, Look look) {
        this(text, firstLine, lastLine, afterCut, look, null);
    }

    public Block(StyledText text, int firstLine, int lastLine, boolean afterCut) {
        this(text, firstLine, lastLine, afterCut, Look.UNKNOWN);
    }

    public Block(StyledText text, int firstLine, int lastLine) {
        this(text, firstLine, lastLine, false);
    }

    /** The paragraph as a reader sees it. */
    public String plain() {
        return text.text();
    }
}
