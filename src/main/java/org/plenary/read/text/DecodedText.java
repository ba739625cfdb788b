package org.plenary.read.text;

import java.nio.charset.Charset;

/**
 * The input as text, with line ends normalised to '\n', and how it was read: the charset, whether
 * that charset was inferred rather than declared (no BOM, not UTF-8), how many stray NUL
 * characters were dropped, and which other characters XML forbids were taken out.
 */
public record DecodedText(String text, Charset charset, boolean charsetGuessed, int removedNuls, Forbidden forbidden) {
    public DecodedText(String text, Charset charset, boolean charsetGuessed) {
        this(text, charset, charsetGuessed, 0, Forbidden.NONE);
    }

    public DecodedText(String text, Charset charset, boolean charsetGuessed, int removedNuls) {
        this(text, charset, charsetGuessed, removedNuls, Forbidden.NONE);
    }

    /** Control characters XML 1.0 forbids, taken out of the text: how many, and the first's code point and place. */
    public record Forbidden(int count, int codePoint, int line, int column) {
        public static final Forbidden NONE = new Forbidden(0, 0, 0, 0);
    }
}
