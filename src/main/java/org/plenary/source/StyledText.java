package org.plenary.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Text as a reader found it, with what the reader knew of its look: which characters are italic,
 * bold or raised, and where note calls stand. A call is an anchor between two characters, not
 * text, so the plain text ({@link #text()}) is what a reader sees and every pattern of the parser
 * runs on it unchanged. Immutable; pieces are cut and joined with {@link #substring} and
 * {@link Builder}.
 */
public final class StyledText implements CharSequence {
    public static final byte PLAIN = 0;
    public static final byte ITALIC = 1;
    public static final byte BOLD = 2;
    /** Raised and smaller: a note call before layout turns it into a {@link Call}, or an ordinal's "st". */
    public static final byte SUPERSCRIPT = 4;

    public static final StyledText EMPTY = new StyledText("", null, List.of());

    /** A note call after the character before {@code at}: "Cairo,¹" has its call at 6. */
    public record Call(int at, String marker) {
    }

    private final String text;
    /** One style byte per character, or null when every character is plain (most text input). */
    private final byte[] styles;
    private final List<Call> calls;

    private StyledText(String text, byte[] styles, List<Call> calls) {
        this.text = text;
        this.styles = styles;
        this.calls = calls;
    }

    public static StyledText of(String text) {
        return text.isEmpty() ? EMPTY : new StyledText(text, null, List.of());
    }

    public static StyledText of(String text, byte style) {
        if (style == PLAIN || text.isEmpty()) {
            return of(text);
        }
        byte[] styles = new byte[text.length()];
        Arrays.fill(styles, style);
        return new StyledText(text, styles, List.of());
    }

    /** The text a reader sees: no call markers, no style. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    public boolean isEmpty() {
        return text.isEmpty() && calls.isEmpty();
    }

    public byte styleAt(int index) {
        return styles == null ? PLAIN : styles[index];
    }

    public boolean has(int index, byte style) {
        return (styleAt(index) & style) != 0;
    }

    /** Whether any character carries the style. */
    public boolean hasAny(byte style) {
        if (styles == null) {
            return false;
        }
        for (byte s : styles) {
            if ((s & style) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The calls in order of position. */
    public List<Call> calls() {
        return calls;
    }

    public List<String> callMarkers() {
        List<String> markers = new ArrayList<>(calls.size());
        for (Call call : calls) {
            markers.add(call.marker());
        }
        return markers;
    }

    /**
     * The piece from {@code from} to {@code to}, with its styles and the calls inside it. A call
     * belongs to the text before it, so a call at {@code to} is kept and one at {@code from} is
     * not, unless the piece starts the text (a note body's marker at 0).
     */
    public StyledText substring(int from, int to) {
        if (from == 0 && to == text.length()) {
            return this;
        }
        List<Call> inside = List.of();
        for (Call call : calls) {
            if ((call.at() > from || call.at() == 0 && from == 0) && call.at() <= to) {
                if (inside.isEmpty()) {
                    inside = new ArrayList<>();
                }
                inside.add(new Call(call.at() - from, call.marker()));
            }
        }
        byte[] part = styles == null ? null : Arrays.copyOfRange(styles, from, to);
        return new StyledText(text.substring(from, to), part, inside.isEmpty() ? List.of() : Collections.unmodifiableList(inside));
    }

    public StyledText substring(int from) {
        return substring(from, text.length());
    }

    /** Without white space at either end; calls at the ends are kept. */
    public StyledText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == text.length()) {
            return this;
        }
        StyledText piece = substring(start, end);
        boolean leading = start > 0 && !calls.isEmpty() && calls.get(0).at() <= start;
        boolean trailing = end < text.length() && !calls.isEmpty() && calls.get(calls.size() - 1).at() > end;
        if (!leading && !trailing) {
            return piece;
        }
        Builder b = new Builder();
        for (Call call : calls) {
            if (leading && call.at() <= start) {
                // A call before the first visible character (a note body's marker) stays at its start.
                b.call(call.marker());
            }
        }
        b.append(piece);
        for (Call call : calls) {
            if (trailing && call.at() > end && call.at() > start) {
                // A call among the trailing white space ("Corruption " + call) belongs to the last
                // word: it stays at the end, not dropped with the space.
                b.call(call.marker());
            }
        }
        return b.build();
    }

    /**
     * Every run of white space as one space, none at the ends: how a line's words stand once the
     * page's spacing (tabs, justified gaps, a table's columns) is gone.
     */
    public StyledText collapseWhitespace() {
        // Read from a copy of the chars: every line passes here, and a string's charAt is a call
        // (and, in text that is not Latin-1, a bounds check more) under the quick compiler.
        char[] chars = text.toCharArray();
        int n = chars.length;
        boolean clean = true;
        for (int i = 0; i < n && clean; i++) {
            char c = chars[i];
            clean = !Character.isWhitespace(c) || c == ' ' && i > 0 && i + 1 < n && !Character.isWhitespace(chars[i + 1]);
        }
        if (clean) {
            return this;
        }
        if (calls.isEmpty()) {
            StyledText trimmed = trimmedIfSingleSpaced(chars);
            if (trimmed != null) {
                return trimmed;
            }
        }
        Builder out = new Builder();
        int next = 0; // the next call to place
        boolean pendingSpace = false;
        byte spaceStyle = PLAIN;
        for (int i = 0; i <= n; ) {
            // A call goes before the space that follows it: the space is only written with the next word.
            while (next < calls.size() && calls.get(next).at() <= i) {
                out.call(calls.get(next++).marker());
            }
            if (i == n) {
                break;
            }
            if (Character.isWhitespace(chars[i])) {
                if (!pendingSpace) {
                    spaceStyle = styleAt(i);
                }
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(" ", spaceStyle);
            }
            pendingSpace = false;
            // The run of visible characters in one style, up to the next call's place.
            byte style = styleAt(i);
            int limit = next < calls.size() ? Math.min(n, calls.get(next).at()) : n;
            int end = i + 1;
            while (end < limit && !Character.isWhitespace(chars[end]) && styleAt(end) == style) {
                end++;
            }
            out.append(text.substring(i, end), style);
            i = end;
        }
        return out.build();
    }

    /**
     * A line whose only extra white space is at its ends (a printed page's indent and margin, most
     * lines of a layout text), cut to its words: what the run-by-run rebuild gives a text without
     * calls, each space keeping its style. Null when white space inside needs collapsing.
     */
    private StyledText trimmedIfSingleSpaced(char[] chars) {
        int start = 0;
        int end = chars.length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return EMPTY;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            // chars[end - 1] is no white space, so a space inside always has a next character.
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(chars[i + 1]))) {
                return null;
            }
        }
        return substring(start, end);
    }

    /** The same text with a style added to the characters from {@code from} to {@code to}. */
    public StyledText withStyle(int from, int to, byte style) {
        byte[] restyled = styles == null ? new byte[text.length()] : styles.clone();
        for (int i = from; i < to; i++) {
            restyled[i] |= style;
        }
        return new StyledText(text, restyled, calls);
    }

    /**
     * The same text with a style that stops or starts inside a word spread over the whole word:
     * a PDF may set the last letter of an italic verb upright ("Encourage" + "s"), but a word
     * is read in one style.
     */
    public StyledText wholeWords(byte style) {
        if (styles == null) {
            return this;
        }
        byte[] spread = null;
        for (int i = 1; i < text.length(); i++) {
            boolean inWord = Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i));
            byte before = spread == null ? styles[i - 1] : spread[i - 1];
            if (inWord && (before & style) != (styles[i] & style)) {
                if (spread == null) {
                    spread = styles.clone();
                }
                // Spread from the styled side over the rest of the word.
                int start = i;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                for (int k = start; k < end; k++) {
                    spread[k] |= style;
                }
            }
        }
        return spread == null ? this : new StyledText(text, spread, calls);
    }

    /** The same text without the calls before its first character (a note body's own marker). */
    public StyledText withoutLeadingCalls() {
        if (calls.isEmpty() || calls.get(0).at() != 0) {
            return this;
        }
        List<Call> rest = new ArrayList<>();
        for (Call call : calls) {
            if (call.at() > 0) {
                rest.add(call);
            }
        }
        return new StyledText(text, styles, rest.isEmpty() ? List.of() : List.copyOf(rest));
    }

    /** Whether the first character that is not white space is italic. */
    public boolean opensItalic() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return has(i, ITALIC);
            }
        }
        return false;
    }

    /** The italic run the text opens with, white space at its ends dropped; empty when it opens upright. */
    public String leadingItalic() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (has(end, ITALIC) || Character.isWhitespace(text.charAt(end)) && end + 1 < text.length() && has(end + 1, ITALIC))) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    /** Whether every character that is not white space carries the style. */
    public boolean allOf(byte style) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                if (!has(i, style)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Joins pieces of styled text and calls, in linear time. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private byte[] styles;
        private final List<Call> calls = new ArrayList<>();

        public Builder append(StyledText piece) {
            int offset = text.length();
            text.append(piece.text);
            if (piece.styles != null) {
                ensureStyles();
                System.arraycopy(piece.styles, 0, styles, offset, piece.styles.length);
            }
            for (Call call : piece.calls) {
                calls.add(new Call(call.at() + offset, call.marker()));
            }
            return this;
        }

        public Builder append(CharSequence plain) {
            text.append(plain);
            return this;
        }

        public Builder append(CharSequence chars, byte style) {
            int offset = text.length();
            text.append(chars);
            if (style != PLAIN) {
                ensureStyles();
                Arrays.fill(styles, offset, text.length(), style);
            }
            return this;
        }

        /** A note call at the current end. */
        public Builder call(String marker) {
            calls.add(new Call(text.length(), marker));
            return this;
        }

        /** Whether the text ends in a hyphen after a letter: a word broken at the line's end ("develop-"). */
        public boolean endsInBrokenWord() {
            int n = length();
            return n > 1 && charAt(n - 1) == '-' && Character.isLetter(charAt(n - 2));
        }

        public int length() {
            return text.length();
        }

        public char charAt(int index) {
            return text.charAt(index);
        }

        /** Drops the last character (a hyphen at a line's end, a space before a call). */
        public Builder dropLast() {
            int at = text.length() - 1;
            text.setLength(at);
            if (styles != null && at < styles.length) {
                // The dropped character's style goes with it: a character appended in its place
                // without a style must read as plain, and append(plain) writes no style.
                styles[at] = PLAIN;
            }
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).at() > at) {
                    calls.set(i, new Call(at, calls.get(i).marker()));
                }
            }
            return this;
        }

        /** The style of the last character, PLAIN when there is none. */
        public byte lastStyle() {
            int at = text.length() - 1;
            return at < 0 || styles == null || at >= styles.length ? PLAIN : styles[at];
        }

        /** Whether the text so far ends with a call (no character after it). */
        public boolean endsWithCall() {
            return !calls.isEmpty() && calls.get(calls.size() - 1).at() == text.length();
        }

        private void ensureStyles() {
            if (styles == null) {
                styles = new byte[Math.max(16, text.capacity())];
            } else if (styles.length < text.length()) {
                styles = Arrays.copyOf(styles, Math.max(text.length(), styles.length * 2));
            }
        }

        public StyledText build() {
            if (text.length() == 0 && calls.isEmpty()) {
                return EMPTY;
            }
            byte[] exact = styles == null ? null : Arrays.copyOf(styles, text.length());
            return new StyledText(text.toString(), exact, calls.isEmpty() ? List.of() : List.copyOf(calls));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StyledText other && text.equals(other.text) && calls.equals(other.calls)
                && Arrays.equals(styles == null ? new byte[text.length()] : styles,
                        other.styles == null ? new byte[other.text.length()] : other.styles);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + calls.hashCode();
    }
}
