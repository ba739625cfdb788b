package org.plenary.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.Line;
import org.plenary.layout.Marks;
import org.plenary.layout.SourceForm.BlockMode;
import org.plenary.layout.StructurePatterns;

/**
 * Joins physical lines into logical paragraphs. Hard-wrapped text breaks at blank lines, indented
 * first lines and structural starts; a paragraph that a page's note block or furniture cut in two
 * is joined again when its first part did not end a paragraph.
 */
public final class Unwrapper {
    /** Calls at a paragraph's end, also as OCR renders them ("Territory,™", "Women,s"). */
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /**
     * A line that goes on a suspended hyphen ("cell-" then "and gene-based therapies"): the hyphen
     * belongs to the word before, not to a word broken at the line's end, so the space stays.
     */
    private static final Pattern SUSPENDED_HYPHEN = Pattern.compile("(?:and|or|nor|to) [\\p{L}\\d]+-\\p{L}");
    /** The pattern endsClause scans for by hand, kept to test that the two agree. */
    static final Pattern TRAILING_CALLS = Pattern.compile(
            "(?:" + Marks.CALL.pattern() + "|[\\d*™®§\\s\"”’'" + Marks.ITALIC_CLOSE + "]|(?<=[,;:.])[A-Za-z]{1,2})+$");

    private final BlockMode mode;
    private final java.util.function.Predicate<String> opensParagraph;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Boolean> cutBefore = new ArrayList<>();
    private StringBuilder current;
    private int first;
    private int last;
    private boolean hardBreakPending;
    private boolean removedSinceBlock;
    private int previousIndent;
    /** The block's last line and whether the block is the formula: asked per line, so kept, not recomputed. */
    private String lastText = "";
    private boolean currentIsFormula;

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

    private static final Pattern SPACE_RUN = Pattern.compile("[\\t ]+");

    public void body(Line line) {
        String raw = line.text();
        String text = raw.strip();
        if (text.indexOf('\t') >= 0 || text.contains("  ")) {
            text = SPACE_RUN.matcher(text).replaceAll(" ");
        }
        if (text.isEmpty()) {
            flush();
            return;
        }
        int indent = StructurePatterns.firstNonSpace(raw);
        boolean startsNew = current == null || mode == BlockMode.LINE_PER_BLOCK || hardBreakPending
                || (StructurePatterns.startsStructure(text) && !inlineEnumeration(text))
                || currentIsFormula
                || (mode != BlockMode.LINE_PER_BLOCK && endsClause() && opensParagraph.test(Marks.plain(text)))
                || (mode == BlockMode.HARD_WRAPPED && indent > previousIndent);
        previousIndent = indent;
        if (startsNew) {
            flush();
            current = new StringBuilder(text);
            currentIsFormula = StructurePatterns.isFormula(text);
            first = line.number();
            cutBefore.add(removedSinceBlock);
            removedSinceBlock = false;
        } else {
            boolean hyphenated = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                    && Character.isLetter(current.charAt(current.length() - 2)) && !SUSPENDED_HYPHEN.matcher(text).lookingAt();
            current.append(hyphenated ? "" : " ").append(text);
        }
        last = line.number();
        lastText = text;
        hardBreakPending = mode == BlockMode.MARKDOWN && (raw.endsWith("  ") || raw.endsWith("\\"));
    }

    /** The paragraph so far ends a clause (calls after the punctuation do not count): its last line says. */
    private boolean endsClause() {
        return endsClause(lastText);
    }

    /**
     * Whether the text ends a clause (",", ";", ":" or "."), once trailing note calls, digits, quotes
     * and two-letter OCR call remnants are set aside. A backward scan: the regular expression
     * TRAILING_CALLS anchored at the end would be tried at every position of a long paragraph.
     */
    static boolean endsClause(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isDigit(c) || Character.isWhitespace(c) || TRAILING.indexOf(c) >= 0) {
                end--;
            } else if (c == Marks.CALL_CLOSE) {
                // A call: the earliest opening mark with some text before this close and no other close between.
                int open = -1;
                for (int k = end - 3; k >= 0 && text.charAt(k + 1) != Marks.CALL_CLOSE; k--) {
                    if (text.charAt(k) == Marks.CALL_OPEN) {
                        open = k;
                    }
                    if (text.charAt(k) == Marks.CALL_CLOSE) {
                        break;
                    }
                }
                if (open < 0) {
                    break;
                }
                end = open;
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

    private static final String TRAILING = "*™®§\"”’'" + Marks.ITALIC_CLOSE;

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
        String after = Marks.plain(line.substring(point.end()));
        boolean lowercase = !after.isEmpty() && Character.isLowerCase(after.charAt(0));
        String before = Marks.plain(lastText).strip();
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
                joined.add(new Block(previous.text() + " " + block.text(), previous.firstLine(), block.lastLine()));
                continue;
            }
            joined.add(new Block(block.text(), block.firstLine(), block.lastLine(), cutBefore.get(i)));
            inBody |= StructurePatterns.isFormula(block.text());
            // The conclusions end the body: what follows (document codes, a cover run together) is not prose.
            inBody &= !StructurePatterns.MEETING.matcher(Marks.plain(block.text())).matches();
        }
        return joined;
    }

    private static boolean continues(Block before, Block after) {
        if (StructurePatterns.startsStructure(after.text())) {
            return false;
        }
        boolean beforeEnded = endsClause(before.text());
        return !beforeEnded || !Character.isUpperCase(Marks.plain(after.text()).codePointAt(0));
    }

    private void flush() {
        if (current != null) {
            String text = current.toString();
            if (text.indexOf(Marks.ITALIC_CLOSE) >= 0) {
                text = text.replace(Marks.ITALIC_CLOSE + " " + Marks.ITALIC_OPEN, " ");
            }
            if (text.contains("  ")) {
                text = SPACES.matcher(text).replaceAll(" ");
            }
            blocks.add(new Block(text.strip(), first, last));
            current = null;
        }
        hardBreakPending = false;
    }
}
