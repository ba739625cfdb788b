package org.plenary.source;

/**
 * One printed line as a reader found it: its styled text and where it stood. Readers of text
 * give {@link #left} as the column the text starts at; the PDF reader gives positions in points
 * from the page's top-left corner, with {@link #size} the line's type size.
 *
 * @param number the line's place in reading order, from 1: the source line of a text file, the
 *     line of the extracted text of a PDF; what warnings and errors cite
 * @param page the page, from 1 (form feeds count pages in text)
 * @param left where the text starts (column, or points)
 * @param right where it ends (column, or points)
 * @param baseline the line's baseline in points (PDF), or its number (text)
 * @param size the type size of most of the line in points (PDF), or 0 (text)
 * @param gapBefore the space before the line: blank lines in text; in a PDF, the distance in
 *     points from the baseline of the line above on the same page (0 for a page's first line)
 */
public record SourceLine(StyledText text, int number, int page, float left, float right, float baseline, float size,
                         float gapBefore) {

    /** A line of a text file: its columns, no type size. */
    public static SourceLine ofText(StyledText text, int number, int page, int gapBefore) {
        int indent = 0;
        String plain = text.text();
        while (indent < plain.length() && plain.charAt(indent) == ' ') {
            indent++;
        }
        return new SourceLine(text, number, page, indent, plain.length(), number, 0, gapBefore);
    }

    public boolean isBlank() {
        return text.text().isBlank() && text.calls().isEmpty();
    }

    /** The line's text as a reader sees it. */
    public String plain() {
        return text.text();
    }

    public SourceLine withText(StyledText newText) {
        return new SourceLine(newText, number, page, left, right, baseline, size, gapBefore);
    }
}
