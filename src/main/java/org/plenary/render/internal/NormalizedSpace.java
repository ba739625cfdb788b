package org.plenary.render.internal;

import java.util.Arrays;

/**
 * XPath's normalize-space over text that comes in pieces: runs of space, tab, CR and LF become
 * one space, none at the ends, as if the pieces were joined first.
 */
final class NormalizedSpace {
    private char[] chars;
    private int length;
    private boolean pendingSpace;
    private boolean changed;

    NormalizedSpace(int capacity) {
        chars = new char[capacity + 1];
    }

    void append(String piece) {
        int n = piece.length();
        // The piece is copied one slot past what is written and normalised where it lies (a
        // string's charAt is a call under the quick compiler): a space written before a character
        // takes the place of white space read, so the writing never overtakes the reading.
        int from = length + 1;
        if (from + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + n));
        }
        piece.getChars(0, n, chars, from);
        for (int i = from; i < from + n; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                changed |= c != ' ' || pendingSpace || length == 0;
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                chars[length++] = ' ';
                pendingSpace = false;
            }
            chars[length++] = c;
        }
    }

    /** Whether the result differs from the pieces joined: white space dropped or made a space. */
    boolean changed() {
        return changed || pendingSpace;
    }

    char[] chars() {
        return Arrays.copyOf(chars, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
