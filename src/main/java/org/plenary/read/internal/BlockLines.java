package org.plenary.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.source.NoteMarkers;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * The lines of a document made of blocks (a web page, a word processor's paragraphs) as a reader
 * sees them: white space collapsed to single spaces within a line, a new line at each block's
 * start and end and at each break, a blank line between blocks. Each line keeps the number of the
 * source line (or paragraph) where its text began.
 */
public final class BlockLines {
    /** A note's marker in brackets, as pages print calls in their text: "[1]", "[*]". */
    private static final Pattern BRACKETED_MARKER = Pattern.compile("\\[(" + NoteMarkers.MARKER + ")\\]");
    private final List<SourceLine> lines = new ArrayList<>();
    private StyledText.Builder current = StyledText.builder();
    private int currentSourceLine;
    /** White space seen since the last character written: one space, written before the next text. */
    private boolean pendingSpace;
    /** The style the pending space was written in (plain between a cell and the next, say). */
    private byte pendingSpaceStyle;
    /** The next line opens a block (rather than going on after a break within one). */
    private boolean blockStart = true;
    /** The line holds a label or a note's marker and nothing else yet. */
    private boolean onlyLabel;

    /** Text as the page holds it: its runs of white space (non-breaking spaces too) read as one space. */
    public void text(String raw, byte style, int sourceLine) {
        if (raw.indexOf('\u200B') >= 0 || raw.indexOf('\uFEFF') >= 0) {
            // Zero-width spaces show nothing and join nothing: "1.\u200B Takes note" reads "1. Takes note".
            raw = raw.replace("\u200B", "").replace("\uFEFF", "");
        }
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpaceStyle = pendingSpace ? (byte) (pendingSpaceStyle & style) : style;
                pendingSpace = true;
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(raw.charAt(end))) {
                end++;
            }
            word(raw.substring(i, end), style, sourceLine);
            i = end;
        }
    }

    /**
     * A word, with any bracketed marker in it read as a call, as in a page's text: "Cairo[1]", or
     * "[1]" opening a line (a note's start). "see [1]" within a line is text.
     */
    private void word(String word, byte style, int sourceLine) {
        Matcher m = BRACKETED_MARKER.matcher(word);
        int at = 0;
        while (m.find()) {
            if (m.start() == 0 && !atLineStart()) {
                continue; // "[1]" standing alone within a line: text
            }
            if (m.start() > at) {
                plainWord(word.substring(at, m.start()), style, sourceLine);
            }
            call(m.group(1), sourceLine);
            at = m.end();
        }
        if (at < word.length()) {
            plainWord(word.substring(at), style, sourceLine);
        }
    }

    private void plainWord(String word, byte style, int sourceLine) {
        if (atLineStart()) {
            currentSourceLine = sourceLine;
        } else if (pendingSpace && current.length() > 0 && !(current.endsWithCall() && closesBefore(word.charAt(0)))) {
            // "Cairo <sup>1</sup>, in": the space before a call does not stand before the comma after it.
            // A space within an italic run is italic: "<i>Takes note</i>" is one opening phrase.
            current.append(" ", (byte) (pendingSpaceStyle & style));
        }
        pendingSpace = false;
        onlyLabel = false;
        current.append(word, style);
    }

    /** A note call at the current end of the line. */
    public void call(String marker, int sourceLine) {
        if (atLineStart()) {
            currentSourceLine = sourceLine;
        }
        onlyLabel = false;
        current.call(marker);
    }

    /** A space between two things a browser sets apart on one line (two cells of a table's row). */
    public void separate() {
        pendingSpaceStyle = StyledText.PLAIN;
        pendingSpace = true;
    }

    /** A break within a block ({@code <br>}, a line of preformatted text). */
    public void lineBreak() {
        flush();
    }

    /**
     * A block starts or ends: what went before is a line of its own. A line that holds only a
     * list item's label or a note's marker so far waits for its text, which a page often wraps in
     * a paragraph of its own ({@code <li><p>…</p></li>}).
     */
    public void blockBoundary() {
        if (onlyLabel) {
            return;
        }
        flush();
        blockStart = true;
    }

    /** A list item's label, "1." or "(a)", opening the line. */
    public void label(String label, int sourceLine) {
        text(label + " ", StyledText.PLAIN, sourceLine);
        onlyLabel = true;
    }

    /** A note's marker opening the line: the start of a note. */
    public void noteStart(String marker, int sourceLine) {
        call(marker, sourceLine);
        onlyLabel = true;
    }

    /** Nothing written on the line yet, neither text nor a call. */
    private boolean atLineStart() {
        return current.length() == 0 && !current.endsWithCall();
    }

    public List<SourceLine> finish() {
        flush();
        return lines;
    }

    private void flush() {
        pendingSpace = false;
        onlyLabel = false;
        if (atLineStart()) {
            return;
        }
        int number = Math.max(1, currentSourceLine);
        if (blockStart && !lines.isEmpty()) {
            // A blank line between blocks, as in the text of a page: what follows a note is not more of it.
            lines.add(SourceLine.ofText(StyledText.EMPTY, number, 1, 0));
        }
        lines.add(SourceLine.ofText(current.build(), number, 1, blockStart ? 1 : 0));
        current = StyledText.builder();
        blockStart = false;
    }

    private static boolean closesBefore(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == ']';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0';
    }
}
