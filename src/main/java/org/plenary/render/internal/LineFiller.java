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
    /** The paragraph's last word is not left alone on its line (it could read as a running header). */
    private static final Pattern LAST_WORD = Pattern.compile(" (\\S{1,30})$", Pattern.UNIX_LINES);

    private LineFiller() {
    }

    /** The text, white space normalised, filled to {@code width} columns: the first line starts with indent and label. */
    public static String fill(String text, String indent, String label, int width) {
        String flat = normalizeSpace(text);
        String bound = flat.contains("- ") ? HANGING_HYPHEN.matcher(flat).replaceAll("$1-\u00A0") : flat;
        // As substring() in XPath: the last 31 characters, counted in code points.
        int tailStart = bound.offsetByCodePoints(0, Math.max(0, bound.codePointCount(0, bound.length()) - 31));
        bound = bound.substring(0, tailStart) + LAST_WORD.matcher(bound.substring(tailStart)).replaceAll("\u00A0$1");
        return withoutFinalNewline(wrap(indent + label + bound + " ", width));
    }

    /**
     * What replace(text, '(.{0,W-1}\S|\S{W,})\s+', '$1&#10;') gives, with Java's meaning of ".",
     * "\s" and "\S"; lengths count code points, as Java's patterns do.
     */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
        int n = text.length();
        int copied = 0;
        for (int start = 0; start < n; start++) {
            if (Character.isLowSurrogate(text.charAt(start)) && start > 0 && Character.isHighSurrogate(text.charAt(start - 1))) {
                continue; // a match never starts inside a pair
            }
            int end = lineEnd(text, start, width);
            if (end < 0) {
                continue; // no match here: the pattern is tried at the next character
            }
            out.append(text, copied, end).append('\n');
            int next = end;
            while (next < n && isSpace(text.charAt(next))) {
                next++;
            }
            copied = next;
            start = next - 1;
        }
        return out.append(text, copied, n).toString();
    }

    /** The end of the line a match starting here keeps (before its white space), or -1 if none starts here. */
    private static int lineEnd(String text, int start, int width) {
        int n = text.length();
        // First alternative: up to width-1 characters other than line terminators, the longest
        // run the pattern's greedy ".{0,W-1}" takes, then a non-space followed by white space.
        int reach = start;
        for (int count = 0; reach < n && count < width - 1; count++) {
            int c = text.codePointAt(reach);
            if (isLineTerminator(c)) {
                break;
            }
            reach += Character.charCount(c);
        }
        for (int last = reach; last >= start; last = last == start ? -1 : text.offsetByCodePoints(last, -1)) {
            if (last >= n) {
                continue;
            }
            int c = text.codePointAt(last);
            int after = last + Character.charCount(c);
            if (after < n && !isSpace(c) && isSpace(text.charAt(after))) {
                return after;
            }
        }
        // Second alternative: a word of at least width characters, then white space.
        int run = start;
        int length = 0;
        while (run < n && !isSpace(text.charAt(run))) {
            run += Character.charCount(text.codePointAt(run));
            length++;
        }
        return length >= width && run < n ? run : -1;
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
    static String withoutFinalNewline(String text) {
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return text.substring(0, n - 2);
        }
        return n >= 1 && text.charAt(n - 1) == '\n' ? text.substring(0, n - 1) : text;
    }

    private static boolean isNormalized(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** XPath's normalize-space: runs of space, tab, CR and LF become one space; none at the ends. */
    static String normalizeSpace(String text) {
        if (isNormalized(text)) {
            return text; // as the stylesheets mostly pass it: normalised already
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
