package org.plenary.decode;

import java.nio.charset.Charset;

/** The input as text, with line ends normalised to '\n', and the charset it was read in. */
public record DecodedText(String text, Charset charset, boolean charsetGuessed) {
}
