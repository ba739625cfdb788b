package org.plenary.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.source.SourceForm.BlockMode;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Joins physical lines of text into logical paragraphs. Hard-wrapped text breaks at blank lines,
 * indented first lines and structural starts; a paragraph that a page's note block or furniture
 * cut in two is joined again when its first part did not end a paragraph.
 */
public final class Unwrapper {
    /** The pattern endsClause scans for by hand, kept to test that the two agree. */
    static final Pattern TRAILING_CALLS = Pattern.compile("(?:[\\d*™®§\\s\"”’']|(?<=[,;:.])[A-Za-z]{1,2})+$");

    private final BlockMode mode;
    private final java.util.function.Predicate<String> opensParagraph;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Boolean> cutBefore = new ArrayList<>();
    private StyledText.Builder current;
    private int first;
    private int last;
    private boolean hardBreakPending;
    private boolean removedSinceBlock;
    private int previousIndent;
    /**
     * The block's last line, and whether the block is a line that stands alone (the formula, an
     * annex's heading, which the annex's title follows with no break): asked per line, so kept.
     */
    private String lastText = "";
    private boolean currentStandsAlone;

    public Unwrapper(BlockMode mode) {
        this(mode, text -> false);
    }

    /**
     * @param opensParagraph whether a line opens a paragraph with a known phrase ("Recalling",
     *     "Decides"): in text with no blank lines or indents between paragraphs (plain PDF text,
     *     text copied from a viewer) that, after a line that ended a clause, is the only sign of a break
     */
    public Unwrapper(BlockMode mode, java.util.function.Predicate<String> opensParagraph) {
        this.mode = mode;
        this.opensParagraph = opensParagraph;
    }

    public void blank() {
        flush();
        previousIndent = 0;
    }

    /** Furniture or a note block was taken out here. */
    public void removed() {
        if (mode == BlockMode.HARD_WRAPPED) {
            flush();
            previousIndent = 0;
        }
        removedSinceBlock = true;
    }

    public void body(SourceLine line) {
        String raw = line.plain();
        StyledText styled = line.text().collapseWhitespace();
        String text = styled.text();
        if (text.isEmpty()) {
            flush();
            return;
        }
        int indent = StructurePatterns.firstNonSpace(raw);
        boolean startsNew = current == null || mode == BlockMode.LINE_PER_BLOCK || hardBreakPending
                || (StructurePatterns.startsStructure(text) && !inlineEnumeration(text))
                || currentStandsAlone
                || (mode != BlockMode.LINE_PER_BLOCK && endsClause() && opensParagraph.test(text))
                || (mode == BlockMode.HARD_WRAPPED && indent > previousIndent);
        previousIndent = indent;
        if (startsNew) {
            flush();
            current = StyledText.builder().append(styled);
            currentStandsAlone = StructurePatterns.isFormula(text)
                    || text.length() < 20 && StructurePatterns.ANNEX_HEADING.matcher(text).matches();
            first = line.number();
            cutBefore.add(removedSinceBlock);
            removedSinceBlock = false;
        } else {
            boolean hyphenated = current.endsInBrokenWord() && !StructurePatterns.goesOnSuspendedHyphen(text);
            if (!hyphenated) {
                join(current, styled);
            }
            current.append(styled);
        }
        last = line.number();
        lastText = text;
        hardBreakPending = mode == BlockMode.MARKDOWN && (raw.endsWith("  ") || raw.endsWith("\\"));
    }

    /** The space between two joined lines: italic when both sides are, so an opening phrase wrapped over a line stays one. */
    static void join(StyledText.Builder before, StyledText after) {
        byte style = after.length() > 0 && (before.lastStyle() & StyledText.ITALIC) != 0 && after.has(0, StyledText.ITALIC)
                ? StyledText.ITALIC : StyledText.PLAIN;
        before.append(" ", style);
    }

    /** The paragraph so far ends a clause (calls after the punctuation do not count): its last line says. */
    private boolean endsClause() {
        return endsClause(lastText);
    }

    /**
     * Whether the text ends a clause (",", ";", ":" or "."), once trailing note calls still in the
     * text as digits, quotes and two-letter OCR call remnants are set aside. A backward scan: the
     * regular expression TRAILING_CALLS anchored at the end would be tried at every position of a
     * long paragraph.
     */
    static boolean endsClause(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isDigit(c) || Character.isWhitespace(c) || TRAILING.indexOf(c) >= 0) {
                end--;
            } else if (isAsciiLetter(c) && end >= 2 && ",;:.".indexOf(text.charAt(end - 2)) >= 0) {
                end -= 1;
            } else if (isAsciiLetter(c) && end >= 3 && isAsciiLetter(text.charAt(end - 2)) && ",;:.".indexOf(text.charAt(end - 3)) >= 0) {
                end -= 2;
            } else {
                break;
            }
        }
        return end > 0 && ",;:.".indexOf(text.charAt(end - 1)) >= 0;
    }

    private static final String TRAILING = "*™®§\"”’'";

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * "(a) the …" at the start of a wrapped line, after a line that ended mid-clause: an enumeration
     * inside a paragraph that the wrap happened to put first on the line, not a point of its own.
     */
    private boolean inlineEnumeration(String line) {
        java.util.regex.Matcher point = StructurePatterns.POINT_START.matcher(line);
        if (current == null || !point.lookingAt()) {
            return false;
        }
        String after = line.substring(point.end());
        boolean lowercase = !after.isEmpty() && Character.isLowerCase(after.charAt(0));
        String before = lastText.strip();
        return lowercase && !StructurePatterns.lastIsOneOf(before, ":;.");
    }

    /**
     * The blocks, with paragraphs cut by removed material joined again. Only body paragraphs (after
     * the formula, before the conclusions) are joined, so cover lines that merely follow each other stay apart.
     */
    public List<Block> finish() {
        flush();
        List<Block> joined = new ArrayList<>();
        boolean inBody = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (inBody && !joined.isEmpty() && cutBefore.get(i) && continues(joined.get(joined.size() - 1), block)) {
                Block previous = joined.remove(joined.size() - 1);
                StyledText.Builder both = StyledText.builder().append(previous.text());
                join(both, block.text());
                joined.add(new Block(both.append(block.text()).build(), previous.firstLine(), block.lastLine()));
                continue;
            }
            joined.add(new Block(block.text(), block.firstLine(), block.lastLine(), cutBefore.get(i)));
            inBody |= StructurePatterns.isFormula(block.plain());
            // The conclusions end the body: what follows (document codes, a cover run together) is not prose.
            inBody &= !StructurePatterns.MEETING.matcher(block.plain()).matches();
        }
        return joined;
    }

    private static boolean continues(Block before, Block after) {
        if (StructurePatterns.startsStructure(after.plain())) {
            return false;
        }
        boolean beforeEnded = endsClause(before.plain());
        return !beforeEnded || !Character.isUpperCase(after.plain().codePointAt(0));
    }

    private void flush() {
        if (current != null) {
            blocks.add(new Block(current.build().collapseWhitespace(), first, last));
            current = null;
        }
        hardBreakPending = false;
    }
}
