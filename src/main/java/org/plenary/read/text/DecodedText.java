package org.plenary.read.text;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plenary.pipeline.Warning;

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

    /** What reading the bytes changed or assumed, as warnings for the document (a fresh list to add to). */
    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        if (charsetGuessed) {
            warnings.add(new Warning("charset", 0, "The file is not UTF-8; it was read as " + charset.name() + "."));
        }
        if (removedNuls > 0) {
            warnings.add(new Warning("nul", 0, "The file held " + removedNuls + " stray NUL characters; they were removed."));
        }
        if (forbidden.count() > 0) {
            warnings.add(new Warning("control-character", forbidden.line(), String.format(Locale.ROOT,
                    "The file held %d control character%s that XML does not allow (the first, U+%04X, at line %d, column %d): "
                            + "removed, a vertical tab read as a space. Check the text there.",
                    forbidden.count(), forbidden.count() == 1 ? "" : "s", forbidden.codePoint(), forbidden.line(), forbidden.column())));
        }
        return warnings;
    }
}
