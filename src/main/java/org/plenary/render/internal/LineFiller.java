package org.plenary.render.internal;

import java.util.regex.Pattern;

/**
 * Greedy word wrap, exactly as text.xsl's regular expression does it: each line is the longest
 * run of at most {@code width} characters that ends in a non-space and is followed by white
 * space; a word longer than a line stands alone. Done by hand because that expression,
 * backtracking from the end of every line, was most of the text rendering's time. Saxon runs
 * the stylesheet's expressions (flag "j") as Java patterns in UNIX_LINES mode: only a line feed
 * ends a line, for "." and "$" alike.
 */
public final class LineFiller {
    /** "burden- and": the hyphen stays with the next word, or the line's end would read as a broken word. */
    private static final Pattern HANGING_HYPHEN = Pattern.compile("(\\S)- ", Pattern.UNIX_LINES);

    private LineFiller() {
    }

    /** The text, white space normalised, filled to {@code width} columns: the first line starts with indent and label. */
    public static String fill(String text, String indent, String label, int width) {
        return new String(fillChars(text, indent, label, width));
    }

    /** What {@link #fill} gives, as its chars alone: the stylesheets' function makes Saxon's string of them. */
    static char[] fillChars(String text, String indent, String label, int width) {
        String flat = normalizeSpace(text);
        String bound = flat.contains("- ") ? HANGING_HYPHEN.matcher(flat).replaceAll("$1-\u00A0") : flat;
        return withoutFinalNewline(wrap(indent + label + withLastWordBound(bound) + " ", width));
    }

    /**
     * What replacing " (\S{1,30})$" in the last 31 characters with a no-break space and the word
     * gives, without a matcher for every paragraph: only the last space can start a match, when
     * no other white space follows it.
     */
    static String withLastWordBound(String text) {
        int space = text.lastIndexOf(' ');
        if (space < lastCodePoints(text, 31) || space == text.length() - 1) {
            return text;
        }
        for (int i = space + 1; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return text;
            }
        }
        return text.substring(0, space) + '\u00A0' + text.substring(space + 1);
    }

    /** Where the last {@code count} characters begin, counted in code points, as substring() in XPath counts. */
    private static int lastCodePoints(String text, int count) {
        int start = text.length();
        for (int i = 0; i < count && start > 0; i++) {
            start--;
            if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
                start--;
            }
        }
        return start;
    }

    /**
     * What replace(text, '(.{0,W-1}\S|\S{W,})\s+', '$1&#10;') gives, with Java's meaning of ".",
     * "\s" and "\S"; lengths count code points, as Java's patterns do.
     */
    static char[] wrap(String text, int width) {
        // Read from a copy of the chars: every character is visited about twice, and a string's
        // charAt and codePointAt are calls under the quick compiler.
        char[] chars = text.toCharArray();
        int n = chars.length;
        // Each line break takes the place of a white space character after a line's last word, so
        // the wrapped text is never longer than the text.
        char[] out = new char[n];
        int written = 0;
        int copied = 0;
        for (int start = 0; start < n; start++) {
            if (Character.isLowSurrogate(chars[start]) && start > 0 && Character.isHighSurrogate(chars[start - 1])) {
                continue; // a match never starts inside a pair
            }
            int end = lineEnd(chars, start, width);
            if (end < 0) {
                continue; // no match here: the pattern is tried at the next character
            }
            System.arraycopy(chars, copied, out, written, end - copied);
            written += end - copied;
            out[written++] = '\n';
            int next = end;
            while (next < n && isSpace(chars[next])) {
                next++;
            }
            copied = next;
            start = next - 1;
        }
        System.arraycopy(chars, copied, out, written, n - copied);
        return java.util.Arrays.copyOf(out, written + n - copied);
    }

    /** The end of the line a match starting here keeps (before its white space), or -1 if none starts here. */
    private static int lineEnd(char[] text, int start, int width) {
        int n = text.length;
        // First alternative: up to width-1 characters other than line terminators, the longest
        // run the pattern's greedy ".{0,W-1}" takes, then a non-space followed by white space.
        int reach = start;
        for (int count = 0; reach < n && count < width - 1; count++) {
            int c = Character.codePointAt(text, reach);
            if (isLineTerminator(c)) {
                break;
            }
            reach += Character.charCount(c);
        }
        for (int last = reach; last >= start; last = last == start ? -1 : previous(text, last)) {
            if (last >= n) {
                continue;
            }
            int c = Character.codePointAt(text, last);
            int after = last + Character.charCount(c);
            if (after < n && !isSpace(c) && isSpace(text[after])) {
                return after;
            }
        }
        // Second alternative: a word of at least width characters, then white space.
        int run = start;
        int length = 0;
        while (run < n && !isSpace(text[run])) {
            run += Character.charCount(Character.codePointAt(text, run));
            length++;
        }
        return length >= width && run < n ? run : -1;
    }

    /** The start of the code point before {@code at}. */
    private static int previous(char[] text, int at) {
        int before = at - 1;
        return before > 0 && Character.isLowSurrogate(text[before]) && Character.isHighSurrogate(text[before - 1]) ? before - 1 : before;
    }

    /** Java's \s. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What "." does not match in UNIX_LINES mode. */
    private static boolean isLineTerminator(int c) {
        return c == '\n';
    }

    /**
     * What replace($text, '&#10;$', '') gives in UNIX_LINES mode: "$" holds at the end and before a
     * final line feed, so a text ending in two line feeds loses both.
     */
    static char[] withoutFinalNewline(char[] text) {
        int n = text.length;
        if (n >= 2 && text[n - 1] == '\n' && text[n - 2] == '\n') {
            return java.util.Arrays.copyOf(text, n - 2);
        }
        return n >= 1 && text[n - 1] == '\n' ? java.util.Arrays.copyOf(text, n - 1) : text;
    }

    /** XPath's normalize-space: runs of space, tab, CR and LF become one space; none at the ends. */
    static String normalizeSpace(String text) {
        NormalizedSpace normalized = new NormalizedSpace(text.length());
        normalized.append(text);
        // As the stylesheets mostly pass it: normalised already, and the same string back.
        return normalized.changed() ? normalized.toString() : text;
    }
}
