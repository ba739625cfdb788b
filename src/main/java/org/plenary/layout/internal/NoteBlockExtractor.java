package org.plenary.layout.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.NoteBody;
import org.plenary.layout.StructurePatterns;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Finds note bodies wherever they sit in text (a page's foot, between paragraphs, at the end) and
 * lifts them out. Notes are numbered from 1 in order, so a line that starts with a number is a
 * note only when that number is the next one due; "1994 (United Nations …" inside a note, or a
 * wrapped "2 July 1999", is not. A line that opens with an explicit marker (a superscript, "[n]")
 * starts a note whatever its number.
 */
public final class NoteBlockExtractor {
    private static final Pattern IMPLICIT_START = Pattern.compile("^(\\d{1,3}|\\*{1,3}|[†‡])[ \\t]+(\\S.*)$");
    private static final Pattern DATE_START = Pattern.compile(
            "^\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    /** A note body's usual start: a number, then a capital ("Resolution 217 A (III).", "See A/75/1"). */
    private static final Pattern NOTE_LIKE = Pattern.compile("^(\\d{1,3})[ \\t]+[\\p{Lu}\\p{Pi}\"“(].*$");
    /** A line that ends a sentence or clause, after which a note block may begin without a rule. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:,]\\s*$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENDS_NOTE = Pattern.compile("[.;)\\]”\"]\\s*$");
    private static final Pattern RULE_LINE = Pattern.compile("[-_=*\\s]{3,}");

    private final boolean hardWrapped;
    private final List<NoteBody> notes = new ArrayList<>();
    private final Set<String> seenMarkers = new HashSet<>();
    private int expectedNumber;
    private StyledText.Builder current;
    private String currentMarker;
    private int currentLine;
    private String previousNoteLine;
    private int textColumn;
    /** The last line offered, note or body: a note block may follow a paragraph with no rule between. */
    private String lastLine = "";
    private int zoneIndent;

    public NoteBlockExtractor(boolean hardWrapped) {
        this(hardWrapped, 1);
    }

    /** @param firstNumber the number the document's notes start at (a part B goes on from part A) */
    public NoteBlockExtractor(boolean hardWrapped, int firstNumber) {
        this.hardWrapped = hardWrapped;
        this.expectedNumber = firstNumber;
    }

    /**
     * The number a document's notes start at: 1, unless no note 1 can be seen and a higher number
     * starts a note-like line after a break (a part B whose notes go on from its part A).
     */
    public static int firstNoteNumber(List<SourceLine> lines) {
        java.util.SortedSet<Integer> candidates = new java.util.TreeSet<>();
        boolean afterBreak = true;
        boolean inBlock = false;
        for (SourceLine source : lines) {
            String line = source.plain().strip();
            if (line.isEmpty() || RULE_LINE.matcher(line).matches()) {
                afterBreak = true;
                inBlock = false;
                continue;
            }
            Matcher m = NOTE_LIKE.matcher(line);
            // A note's wrapped lines keep the block open: "2 Official Records …, / Supplement No. 5 …", then "3 A/75/793."
            boolean candidate = (afterBreak || inBlock) && m.matches() && !DATE_START.matcher(line).find();
            if (candidate) {
                candidates.add(Integer.parseInt(m.group(1)));
            }
            inBlock = candidate || inBlock;
            afterBreak = false;
        }
        // A numbering that goes on from another part shows at least two notes in a row.
        for (int n : candidates) {
            if (n == 1 || candidates.contains(n + 1)) {
                return n;
            }
        }
        return 1;
    }

    /**
     * Offers the next non-furniture line. Returns true when the line belongs to a note (and is
     * taken out of the body).
     *
     * @param afterBreak the line follows a blank line or a rule
     * @param afterRule the line follows a rule: a note block's first line may be indented there
     */
    public boolean offer(SourceLine line, boolean afterBreak, boolean afterRule) {
        String before = lastLine;
        String text = line.plain();
        lastLine = text;
        StyledText styled = line.text();
        if (!styled.calls().isEmpty() && styled.calls().get(0).at() == 0) {
            // An explicit marker opens the line: the reader saw a note's start.
            StyledText.Call marker = styled.calls().get(0);
            startNote(marker.marker(), styled.withoutLeadingCalls().strip(), line.number());
            return true;
        }
        int indent = StructurePatterns.firstNonSpace(text);
        boolean inZone = current != null;
        // Most lines cannot open a note: only one that starts with a marker goes through the tests below.
        if (indent < text.length() && isMarkerStart(text.charAt(indent))) {
            String stripped = text.strip();
            Matcher implicit = IMPLICIT_START.matcher(stripped);
            boolean placed = indent == 0 || afterRule || (inZone && indent == zoneIndent);
            if (implicit.matches() && placed && isDue(implicit.group(1)) && HAS_LETTER.matcher(implicit.group(2)).find()
                    && !DATE_START.matcher(stripped).find()
                    && (afterBreak || afterSentence(before, inZone, stripped)
                            || (inZone && (!hardWrapped || endsNote(previousNoteLine) || alignedNoteStart(indent, stripped))))) {
                if (!inZone) {
                    zoneIndent = indent;
                }
                startNote(implicit.group(1), styled.substring(indent + implicit.start(2)).strip(), line.number());
                textColumn = indent + implicit.start(2);
                return true;
            }
        }
        if (inZone && !afterBreak && (!hardWrapped || indent == 0 || indent == textColumn || indent == zoneIndent)
                && !StructurePatterns.startsStructure(text)) {
            boolean hyphenJoin = hardWrapped && current.length() > 0 && current.charAt(current.length() - 1) == '-';
            if (!hyphenJoin) {
                current.append(" ");
            }
            current.append(styled.strip());
            previousNoteLine = text;
            return true;
        }
        closeNote();
        return false;
    }

    public List<NoteBody> finish() {
        closeNote();
        return notes;
    }

    /**
     * In a laid-out note block, a line at the column where the block's notes start (not where
     * their wrapped lines continue) that opens like a note is the next note, even if the note
     * before it did not end with a full stop.
     */
    private boolean alignedNoteStart(int indent, String stripped) {
        return indent == zoneIndent && indent != textColumn && NOTE_LIKE.matcher(stripped).matches();
    }

    /**
     * Plain PDF text draws no rule before a page's notes: after a line that ended a sentence, a
     * note-like line with the number due may open the block.
     */
    private boolean afterSentence(String before, boolean inZone, String stripped) {
        return hardWrapped && !inZone && ENDS_SENTENCE.matcher(before).find() && NOTE_LIKE.matcher(stripped).matches();
    }

    /** What IMPLICIT_START can open with. */
    private static boolean isMarkerStart(char c) {
        return c >= '0' && c <= '9' || c == '*' || c == '†' || c == '‡';
    }

    private boolean isDue(String marker) {
        if (isNumbered(marker)) {
            return Integer.parseInt(marker) == expectedNumber;
        }
        return !seenMarkers.contains(marker);
    }

    static boolean isNumbered(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            if (!Character.isDigit(marker.charAt(i))) {
                return false;
            }
        }
        return !marker.isEmpty();
    }

    private static boolean endsNote(String line) {
        return line != null && ENDS_NOTE.matcher(line).find();
    }

    private void startNote(String marker, StyledText text, int lineNumber) {
        closeNote();
        currentMarker = marker;
        currentLine = lineNumber;
        current = StyledText.builder().append(text);
        previousNoteLine = text.text();
        seenMarkers.add(marker);
        if (isNumbered(marker)) {
            expectedNumber = Math.max(expectedNumber, Integer.parseInt(marker) + 1);
        }
    }

    private void closeNote() {
        if (current != null) {
            notes.add(new NoteBody(currentMarker, current.build().collapseWhitespace(), currentLine));
            current = null;
            previousNoteLine = null;
        }
    }
}
