package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Joins a PDF's body lines into paragraphs by what the page shows. A paragraph starts where a
 * line is indented past the margin its lines wrap to, stands apart by more than the line spacing,
 * changes between bold and regular type, or is centred or set to the right; it goes on across a
 * page break when the page's first line is not indented and the line before the break was full.
 * On the cover, before the formula, the parts of a line that stand apart are paragraphs of their
 * own (the cover's two columns).
 */
final class ParagraphBuilder {
    private final PageMetrics metrics;
    private final float pageCentre;
    private final List<Block> blocks = new ArrayList<>();
    private StyledText.Builder current;
    private SourceLine first;
    private SourceLine previous;
    private boolean previousBold;
    private boolean currentBold;
    private boolean bodyStarted;
    private boolean formulaOpen;

    ParagraphBuilder(PageMetrics metrics, float pageWidth) {
        this.metrics = metrics;
        this.pageCentre = pageWidth / 2;
    }

    void add(SourceLine line, StyledText text) {
        StyledText styled = text.collapseWhitespace();
        if (styled.isEmpty()) {
            return;
        }
        boolean bold = styled.allOf(StyledText.BOLD);
        if (current == null || startsParagraph(line, styled, bold)) {
            flush();
            current = StyledText.builder().append(styled);
            first = line;
            currentBold = bold;
            formulaOpen = StructurePatterns.isFormula(styled.text());
            bodyStarted |= formulaOpen;
        } else {
            boolean hyphen = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                    && Character.isLetter(current.charAt(current.length() - 2));
            if (!hyphen) {
                current.append(" ", (byte) (current.lastStyle() & styled.styleAt(0) & StyledText.ITALIC));
            }
            current.append(styled);
            currentBold &= bold;
        }
        previous = line;
        previousBold = bold;
    }

    private boolean startsParagraph(SourceLine line, StyledText text, boolean bold) {
        if (formulaOpen) {
            return true;
        }
        if (line.page() != previous.page()) {
            // A paragraph runs on across the page break only from a full line into one at the
            // margin, or at the column the lines before it wrapped to (a point's hanging indent).
            boolean column = !metrics.indented(line) || Math.abs(line.left() - previous.left()) < 1f;
            return !column || !metrics.full(previous) || bold != previousBold || standsApart(line) || standsApart(previous)
                    || StructurePatterns.startsStructure(text.text());
        }
        boolean sameRow = Math.abs(line.baseline() - previous.baseline()) < 2f;
        if (sameRow) {
            return !bodyStarted;
        }
        if (bold && previousBold && bodyStarted && previous.right() - previous.left() < 0.6f * (metrics.rightMargin() - metrics.leftMargin())) {
            return true; // a short heading line ("I", "Section 1") is a heading of its own; a long one wraps
        }
        if (bold != previousBold || metrics.spaced(line) || standsApart(line) || standsApart(previous)
                || Math.abs(line.size() - previous.size()) > 0.1f * metrics.bodySize()) {
            return true;
        }
        if (!bodyStarted) {
            // Cover lines go on only at the left of the line before (a wrapped title, the committee line).
            return Math.abs(line.left() - previous.left()) > 1f && !(metrics.indented(previous) && !metrics.indented(line));
        }
        // An indented line starts a paragraph after a line at another column, or after a short
        // line (the last of a one-line paragraph); a hanging indent's lines all stand at one column.
        boolean indentedStart = metrics.indented(line) && (Math.abs(line.left() - previous.left()) > 1f || !metrics.full(previous));
        boolean structure = StructurePatterns.startsStructure(text.text()) && (metrics.indented(line) || !metrics.full(previous));
        return indentedStart || structure;
    }

    /**
     * Centred, or set against the right margin far from the left one (the conclusions' meeting and
     * date). A centred line is a heading (bold, italic or short); an indented list's line in
     * regular type may happen to sit mid-page.
     */
    private boolean standsApart(SourceLine line) {
        if (!bodyStarted) {
            return false;
        }
        float width = metrics.rightMargin() - metrics.leftMargin();
        boolean headingType = line.text().allOf(StyledText.BOLD) || line.text().allOf(StyledText.ITALIC)
                || line.right() - line.left() < 0.45f * width;
        boolean centred = headingType && Math.abs((line.left() + line.right()) / 2 - pageCentre) < 0.04f * width
                && line.left() > metrics.leftMargin() + 3 * metrics.bodySize()
                && line.right() < metrics.rightMargin() - 3 * metrics.bodySize();
        boolean right = line.left() > metrics.leftMargin() + 0.35f * width
                && Math.abs(line.right() - metrics.rightMargin()) < 1.5f * metrics.bodySize();
        return centred || right;
    }

    private void flush() {
        if (current != null) {
            blocks.add(new Block(current.build(), first.number(), previous.number(), false,
                    new Block.Look(currentBold, standsApart(first), !metrics.indented(first), first.page())));
            current = null;
        }
    }

    List<Block> finish() {
        flush();
        return blocks;
    }
}
