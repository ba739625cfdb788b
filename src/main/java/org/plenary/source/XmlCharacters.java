package org.plenary.source;

/**
 * The characters XML 1.0 allows. Everything a reader puts into the source model ends up in the
 * Akoma Ntoso, whose parsers reject a document holding one control character: so readers keep
 * only these (tab, line feed, carriage return and, while the pages are counted, form feed aside).
 */
public final class XmlCharacters {
    private XmlCharacters() {
    }

    /** Whether XML 1.0 allows the code point in a document (a lone surrogate is never allowed). */
    public static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * Whether XML 1.0 allows the char standing alone, as nearly every char of a text is: false for
     * a surrogate too, whose pair only {@link #allowed(int)} can judge. A scan asks this of each
     * char and reads a code point only where it says no.
     */
    public static boolean allowedAlone(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c <= 0xFFFD;
    }

    /**
     * The text with each character XML forbids written as an escape (\\u001b), for a name, say,
     * that must stay recognisable in a document where the character itself cannot stand.
     */
    public static String escapingForbidden(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (allowed(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** The text without the characters XML forbids; the text itself when it holds none. */
    public static String withoutForbidden(String text) {
        if (text.length() == 1 && allowedAlone(text.charAt(0))) {
            return text; // a PDF's glyph, one character: the common case, checked without a loop
        }
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (allowed(c)) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }
}
