package org.plenary.read.text;

import java.nio.charset.Charset;

/**
 * The input as text, with line ends normalised to '\n', and how it was read: the charset, whether
 * that charset was inferred rather than declared (no BOM, not UTF-8), and how many stray NUL
 * characters were dropped.
 */
public record DecodedText(String text, Charset charset, boolean charsetGuessed, int removedNuls) {
    public DecodedText(String text, Charset charset, boolean charsetGuessed) {
        this(text, charset, charsetGuessed, 0);
    }
}
