package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.layout.Table;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

import static org.plenary.layout.pdf.LineShapes.endsClause;
import static org.plenary.layout.pdf.LineShapes.endsSentence;
import static org.plenary.layout.pdf.LineShapes.endsWithCall;
import static org.plenary.layout.pdf.LineShapes.endsWithColon;
import static org.plenary.layout.pdf.LineShapes.endsWithHyphen;
import static org.plenary.layout.pdf.LineShapes.isGroupNumber;
import static org.plenary.layout.pdf.LineShapes.isLoneNumber;
import static org.plenary.layout.pdf.LineShapes.isSectionNumber;
import static org.plenary.layout.pdf.LineShapes.isSeparator;
import static org.plenary.layout.pdf.LineShapes.opensWithParticiple;

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
    private final List<Block> blocks = new ArrayList<>();
    private StyledText.Builder current;
    private SourceLine first;
    private SourceLine previous;
    private boolean previousBold;
    private boolean currentBold;
    private boolean bodyStarted;
    private boolean committeeLineSeen;
    /** Whether the paragraph is the formula: the line after it starts another. */
    private boolean formulaOpen;
    /** Whether the paragraph is an annex's heading ("Annex"), which the annex's title follows with no break. */
    private boolean annexHeadingOpen;
    /** Whether the paragraph is the heading under a group's number, which a known opening ends. */
    private boolean groupHeadingOpen;
    /** How many lines the paragraph has so far. */
    private int currentLines;
    /** Whether the paragraph started after a line that stopped short in a word (see {@link #endsShortOverCapital}). */
    private boolean currentAfterShortLine;
    /** Whether the paragraph is a group's number alone ("II"), whose heading follows on the next line. */
    private boolean groupNumberOpen;

    /** Whether a line opens a paragraph with a known phrase ("Recalling", "Decides"). */
    private final java.util.function.Predicate<String> opensParagraph;

    ParagraphBuilder(PageMetrics metrics, java.util.function.Predicate<String> opensParagraph) {
        this.metrics = metrics;
        this.opensParagraph = opensParagraph;
    }

    /** @param next the text of the line after this one: on its page, or at the page's end the next page's first */
    void add(SourceLine line, StyledText text, String next) {
        this.next = next.strip();
        add(line, text);
    }

    /** The line after the one being added: a heading is known by what follows it. */
    private String next = "";

    void add(SourceLine line, StyledText text) {
        StyledText styled = text.collapseWhitespace();
        if (styled.isEmpty()) {
            return;
        }
        boolean bold = styled.allOf(StyledText.BOLD);
        if (!metrics.sized() && current != null && isLoneNumber(styled.text())) {
            // pdftotext put a raised call on a line of its own: it belongs to the line before.
            current.append(" ").append(styled);
            callOnItsOwnLine = true;
            return;
        }
        if (current == null || startsParagraph(line, styled, bold)) {
            flush();
            currentAfterShortLine = previous != null && bodyStarted && endsShortOverCapital(styled.text());
            current = StyledText.builder().append(styled);
            currentLines = 1;
            first = line;
            currentBold = bold;
            formulaOpen = StructurePatterns.isFormula(styled.text());
            // A resolution printed without its formula (A/RES/78/225) starts its body at the first
            // known opening after the committee line: no title opens with "Reaffirming".
            bodyStarted |= formulaOpen || committeeLineSeen && opensParagraph.test(styled.text());
            committeeLineSeen |= StructurePatterns.COMMITTEE_LINE.matcher(styled.text()).lookingAt();
            annexHeadingOpen = styled.length() < 20 && StructurePatterns.ANNEX_HEADING.matcher(styled.text()).matches();
            groupHeadingOpen = groupNumberOpen;
            groupNumberOpen = bodyStarted && isGroupNumber(styled.text());
        } else {
            joinLine(current, styled);
            currentLines++;
            currentBold &= bold;
        }
        previous = line;
        previousBold = bold;
        callOnItsOwnLine = false;
    }

    private boolean callOnItsOwnLine;

    private boolean startsParagraph(SourceLine line, StyledText text, boolean bold) {
        // A budget section's number stands on a line of its own, under the heading before it too.
        if (formulaOpen || annexHeadingOpen || groupNumberOpen && Character.isUpperCase(text.text().charAt(0))
                || bodyStarted && isSectionNumber(text.text())
                || groupHeadingOpen && opensParagraph.test(text.text())) {
            return true;
        }
        if (line.page() != previous.page() && metrics.indents()) {
            // A paragraph runs on across the page break only from a full line into one at the
            // margin, or at the column the lines before it wrapped to (a point's hanging indent).
            // In text, a line that ended a clause may go on all the same: only an opening says it did not.
            boolean column = !metrics.indented(line) || Math.abs(line.left() - previous.left()) < 1f;
            boolean endedThere = metrics.sized() ? ended(previous)
                    : ended(previous) && (opensParagraph.test(text.text()) || endsSentence(previous.plain()) && Character.isUpperCase(text.text().charAt(0)))
                    || isHeadingBeforeNumber(text.text()) || ended(previous) && isHeadingBeforeOpening(text.text());
            // A known opening at the indent, under a paragraph's first line at the indent, starts
            // one: that paragraph was one line, full though it was (a page's last recital).
            boolean afterOneLine = currentLines == 1 && metrics.indented(previous) && metrics.indented(line)
                    && opensParagraph.test(text.text());
            return !column || endedThere || afterOneLine || bold != previousBold || standsApart(line) || standsApart(previous)
                    || StructurePatterns.startsStructure(text.text());
        }
        boolean sameRow = line.page() == previous.page() && Math.abs(line.baseline() - previous.baseline()) < (metrics.sized() ? 2f : 0.5f);
        if (sameRow) {
            return !bodyStarted;
        }
        if (!metrics.indents() || !metrics.sized() && !bodyStarted) {
            return startsUnindented(line, text);
        }
        if (bold && previousBold && bodyStarted && previous.right() - previous.left() < 0.6f * (metrics.rightMargin(line.page()) - metrics.leftMargin(line.page()))) {
            return true; // a short heading line ("I", "Section 1") is a heading of its own; a long one wraps
        }
        if (bold != previousBold || metrics.spaced(line) && !callOnItsOwnLine || standsApart(line) || standsApart(previous)
                || Math.abs(line.size() - previous.size()) > 0.1f * metrics.bodySize()) {
            return true;
        }
        if (!bodyStarted) {
            // Cover lines go on only at the left of the line before (a wrapped title, the committee line).
            return Math.abs(line.left() - previous.left()) > 1f && !(metrics.indented(previous) && !metrics.indented(line));
        }
        // An indented line starts a paragraph after a line at another column, or after a short
        // line (the last of a one-line paragraph); a hanging indent's lines all stand at one column.
        // A known opening after a line that ended a clause also starts one (a one-line recital
        // whose call, printed as a digit, reaches the margin).
        // So does a known opening under a paragraph's first line at its column: that paragraph
        // was one line, though it ends with no clause's punctuation ("… for 2022 1").
        boolean indentedStart = metrics.indented(line) && (Math.abs(line.left() - previous.left()) > 1f || ended(previous)
                || (endsClause(previous.plain()) || metrics.indented(previous)) && opensParagraph.test(text.text()));
        boolean structure = StructurePatterns.startsStructure(text.text()) && (metrics.indented(line) || ended(previous));
        // In text, a known opening after a clause's end starts a paragraph at the margin too: the
        // UN sometimes prints a recital without its indent (78/68, "Recognizing the efforts …").
        boolean openingAtMargin = !metrics.sized() && endsClause(previous.plain()) && opensParagraph.test(text.text());
        return indentedStart || structure || openingAtMargin || metrics.indented(line) && endsShortOverCapital(text.text());
    }

    /**
     * Where lines have no indents (pdftotext without -layout): a paragraph starts after a line
     * that ended a clause, when the line opens with a known phrase or a number, or the line
     * before was much shorter than a full one. On the cover, every line is a field of its own
     * unless it goes on from the one before (lower case, a parenthesis, a hyphen).
     */
    private boolean startsUnindented(SourceLine line, StyledText text) {
        String plain = text.text();
        if (!bodyStarted) {
            return !(Character.isLowerCase(plain.charAt(0)) || plain.startsWith("(") || endsWithHyphen(previous) || bracketOpen());
        }
        boolean ended = endsClause(previous.plain());
        boolean shortLine = previous.right() < 0.6f * metrics.rightMargin(line.page());
        // A short line without a clause's end before a known opening is a heading ("Social aspects");
        // a line of stars alone separates parts.
        return StructurePatterns.startsStructure(plain) && !midSentenceLabel(plain) || standsApart(line) || standsApart(previous)
                || (ended || shortLine) && !quoteOpen() && (opensParagraph.test(plain) || !endsWithColon(previous) && opensWithParticiple(plain))
                || ended && shortLine
                || endsWithCall(previous.plain()) && opensParagraph.test(plain)
                || isHeadingBeforeNumber(plain) || ended && isHeadingBeforeOpening(plain)
                || ended && isGroupNumberOverHeading(plain)
                || endsShortOverCapital(plain)
                || isSeparator(plain) || isSeparator(previous.plain().strip());
    }

    /**
     * "(d) of the Sendai Framework" at a line's start, under "… the achievement of target": a
     * label the wrap put first on the line, in the middle of a sentence (the line before ends in
     * a word, not "and" or "or"), and going on in lower case. A point's label follows the end of
     * a clause: ":", ";", "; and".
     */
    private boolean midSentenceLabel(String plain) {
        Matcher label = StructurePatterns.POINT_START.matcher(plain);
        if (!label.lookingAt() || label.end() >= plain.length() || !Character.isLowerCase(plain.charAt(label.end()))) {
            return false;
        }
        String before = previous.plain().strip();
        return !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1)) && !MID_LIST_END.matcher(before).find();
    }

    /** A line ending so may be followed by a list's next point: "…; and", "… or". */
    private static final Pattern MID_LIST_END = Pattern.compile("\\b(?:and|or)$");

    /**
     * Whether the line before ended its paragraph: in a PDF it stops short of the right margin;
     * in pdftotext's text, where a justified line loses its spacing and so its length, it ends a
     * clause.
     */
    private boolean ended(SourceLine line) {
        return metrics.sized() ? !metrics.full(line) : endsClause(line.plain());
    }

    /**
     * Whether the line before opened a quotation it did not close: the words after "the theme
     * “Her Land. Her Rights:" are the title's ("Advancing gender equality …", A/RES/78/154). The
     * line, not the paragraph: the UN sometimes leaves a quotation unclosed (78/261).
     */
    private boolean quoteOpen() {
        String plain = previous.plain();
        int depth = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            depth += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return depth > 0;
    }

    /** Whether the paragraph so far opened a bracket it has not closed: "[without reference … (A/75/L.48 and". */
    private boolean bracketOpen() {
        int depth = 0;
        for (int i = 0; i < current.length(); i++) {
            char c = current.charAt(i);
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * A heading line of text without type: after a paragraph's end, a capitalised line without a
     * clause's end, with a numbered paragraph right under it ("Budget estimates for …", "12. …").
     */
    private boolean isHeadingBeforeNumber(String plain) {
        return endsSentence(previous.plain()) && Character.isUpperCase(plain.charAt(0)) && !endsClause(plain)
                && StructurePatterns.OPERATIVE_START.matcher(next).lookingAt();
    }

    /**
     * A group's heading at the top of a page, the running head above it ("Social aspects", 78/148):
     * a short capitalised line ending in a word, no clause's punctuation, with a known opening or
     * a numbered paragraph right under it. A paragraph's last line ends with its punctuation.
     */
    private boolean isHeadingBeforeOpening(String plain) {
        // Not the second line of a heading: a group's heading may wrap ("… Agenda 2063:" / "The Africa We Want").
        return !groupHeadingOpen && !endsWithColon(previous) && plain.length() <= 60 && Character.isUpperCase(plain.charAt(0))
                && Character.isLetter(plain.charAt(plain.length() - 1)) && (opensParagraph.test(next) || StructurePatterns.OPERATIVE_START.matcher(next).lookingAt());
    }

    /**
     * In text, whose lines keep where they broke: the last line of a wrapped paragraph stopping in
     * a word less than half-way across, and a capital after it. A paragraph's lines run full to
     * its last, so the short one was the last ("… and social / inclusion", then "Round table 2:
     * …"); a number or a point's letter alone on its line ("1.", "(a)") ends in no letter.
     */
    private boolean endsShortOverCapital(String plain) {
        if (metrics.sized() || currentLines < 2) {
            return false; // print shows its paragraphs; a table's row, a title, a heading were never wrapped
        }
        String before = previous.plain().strip();
        float left = metrics.leftMargin(previous.page());
        float width = metrics.rightMargin(previous.page()) - left;
        return !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1))
                && previous.right() - left < 0.5f * width && Character.isUpperCase(plain.charAt(0));
    }

    /** A group's number alone ("V"), its heading on the next line, capitalised. */
    private boolean isGroupNumberOverHeading(String plain) {
        return isGroupNumber(plain) && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
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
        float width = metrics.rightMargin(line.page()) - metrics.leftMargin(line.page());
        boolean headingType = line.text().allOf(StyledText.BOLD) || line.text().allOf(StyledText.ITALIC)
                || line.right() - line.left() < 0.45f * width;
        float centre = (metrics.leftMargin(line.page()) + metrics.rightMargin(line.page())) / 2;
        boolean centred = headingType && Math.abs((line.left() + line.right()) / 2 - centre) < 0.04f * width
                && line.left() > metrics.leftMargin(line.page()) + 3 * metrics.em()
                && line.right() < metrics.rightMargin(line.page()) - 3 * metrics.em();
        boolean right = line.left() > metrics.leftMargin(line.page()) + 0.35f * width
                && Math.abs(line.right() - metrics.rightMargin(line.page())) < 1.5f * metrics.em();
        return centred || right;
    }

    /**
     * Joins a wrapped line to the text before it: a space between, italic between two italic words,
     * and none after a word broken by a hyphen at the line's end (a suspended hyphen's keeps it:
     * "troop-" then "and police-contributing").
     */
    static void joinLine(StyledText.Builder text, StyledText line) {
        if (!text.endsInBrokenWord() || StructurePatterns.goesOnSuspendedHyphen(line.text())) {
            text.append(" ", (byte) (text.lastStyle() & line.styleAt(0) & StyledText.ITALIC));
        }
        text.append(line);
    }

    /** Whether the cover is behind: the formula, or the body's first known opening, has been read. */
    boolean bodyStarted() {
        return bodyStarted;
    }

    /**
     * Adds a table printed from line {@code first} to line {@code last}. A table at the top of a
     * page, right after a table with as many columns, is that table going on: its rows join it,
     * without the header the page printed again. Returns whether a header was so left out.
     */
    boolean table(SourceLine first, SourceLine last, Table table, boolean topOfPage) {
        flush();
        Block before = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        boolean headerLeftOut = false;
        if (topOfPage && before != null && before.table() != null
                && before.table().rows().get(0).cells().size() == table.rows().get(0).cells().size()) {
            Table joined = before.table().followedBy(table);
            blocks.set(blocks.size() - 1, new Block(joined.text(), before.firstLine(), last.number(), false, before.look(), joined));
            headerLeftOut = !table.header().isEmpty();
        } else {
            blocks.add(new Block(table.text(), first.number(), last.number(), false,
                    new Block.Look(false, false, true, first.page(), metrics.sized(), false), table));
        }
        previous = last;
        previousBold = false;
        formulaOpen = false;
        annexHeadingOpen = false;
        groupHeadingOpen = false;
        groupNumberOpen = false;
        return headerLeftOut;
    }

    private void flush() {
        if (current != null) {
            blocks.add(new Block(current.build(), first.number(), previous.number(), false,
                    new Block.Look(currentBold, standsApart(first), !metrics.indented(first), first.page(), metrics.sized(),
                            currentAfterShortLine)));
            current = null;
        }
    }

    List<Block> finish() {
        flush();
        return blocks;
    }
}
