package org.plenary.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.ByteOrderMark;
import org.plenary.pipeline.ConversionException;
import org.plenary.source.XmlCharacters;

/**
 * Bytes to text. A byte order mark decides the charset; otherwise UTF-16 is recognised by its NUL
 * bytes, then strict UTF-8 is tried, and when that fails, Windows-1252 (a superset of the printable
 * Latin-1 range that Word exports use); an inferred charset is reported as a warning. Binary data
 * and empty files are refused with a message saying so.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final ByteOrderMark[] BOMS = {
        ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE
    };

    /** The default size limit: far above any resolution, low enough to bound time and memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses an input above the size limit; callers check the size before reading a file. */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new ConversionException(String.format("The file is %.1f MB, above the size limit of %.1f MB.",
                    size / 1048576.0, maxBytes / 1048576.0),
                    "A resolution is far smaller: check the file; to allow larger files, raise the limit with --max-bytes N (for the watcher also the setting plenary.max-bytes).");
        }
    }

    public DecodedText decode(byte[] bytes) {
        checkSize(bytes.length);
        for (ByteOrderMark bom : BOMS) {
            if (startsWith(bytes, bom.getBytes())) {
                Charset charset = Charset.forName(bom.getCharsetName());
                String text = new String(bytes, bom.length(), bytes.length - bom.length(), charset);
                return checked(cleaned(text, false), charset, false, 0);
            }
        }
        Charset wide = utf16WithoutBom(bytes);
        if (wide != null) {
            return checked(cleaned(new String(bytes, wide), false), wide, true, 0);
        }
        DecodedText decoded = decodedNarrow(bytes, 0);
        if (decoded != null) {
            return decoded;
        }
        // The text holds NUL bytes: many mean binary data; a few in otherwise good text are damage
        // (a bad copy, a padded export), dropped from the bytes, as they may split a character, and reported.
        int nuls = countNuls(bytes);
        if (nuls * 1000L > bytes.length) {
            throw new ConversionException("The file holds binary data, not text (a NUL byte at offset " + firstNul(bytes) + ").",
                    "Save the resolution as PDF, plain text, markdown or Akoma Ntoso XML, and {drop} that file.");
        }
        return decodedNarrow(withoutNuls(bytes, nuls), nuls);
    }

    /** UTF-8, else Windows-1252; null when the text holds a NUL. */
    private static DecodedText decodedNarrow(byte[] bytes, int removedNuls) {
        // The JDK's lenient decoding is the fast one; it marks a malformed sequence with U+FFFD, so
        // only text holding that character is decoded again strictly, to tell damage from a real one.
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        Charset charset = StandardCharsets.UTF_8;
        if (decoded.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes)) {
            decoded = new String(bytes, WINDOWS_1252);
            charset = WINDOWS_1252;
        }
        Cleaned cleaned = cleaned(decoded, true);
        return cleaned == null ? null : checked(cleaned, charset, charset != StandardCharsets.UTF_8, removedNuls);
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Invisible format characters (direction marks, zero-width spaces, soft hyphens) that hide structure. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\u2060' || c == '\uFEFF';
    }

    /** No-break and other fixed-width spaces: to a parser they are spaces ("2 December 2020"). */
    static boolean isFixedSpace(char c) {
        return c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** A text cleaned, with what the checks after the clean-up need to know of it. */
    private record Cleaned(String text, int controls, boolean blank, boolean plainlyAllowed) {
    }

    /**
     * One pass over the characters: line ends made line feeds (CR LF and a lone CR), invisible
     * characters removed, fixed-width spaces made spaces, a soft hyphen ending a line made a hyphen
     * (it stood where the line was broken at a hyphen: "twenty-|fourth"); and, for the checks, the
     * control characters counted, whether all is white space, whether every character is one XML
     * allows alone. The same string back when nothing changed.
     *
     * @param nulIsDamage whether a NUL stops the pass (null back): in single-byte and UTF-8 text
     *     NUL bytes are taken out of the bytes; in UTF-16 a NUL is a control character like others
     */
    private static Cleaned cleaned(String text, boolean nulIsDamage) {
        // Read from a copy of the chars (a string's charAt is a call under the quick compiler),
        // which is also where the kept ones are moved to.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int kept = 0;
        int controls = 0;
        boolean changed = false;
        boolean blank = true;
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x20) {
                if (c == '\r') {
                    c = '\n';
                    changed = true;
                    if (i + 1 < n && chars[i + 1] == '\n') {
                        i++;
                    }
                } else if (c == 0 && nulIsDamage) {
                    return null;
                } else if (c != '\n' && c != '\t' && c != '\f') {
                    controls++;
                }
            } else if (c >= '\u00A0') { // below both ranges: most characters
                if (c == '\u00AD' && i + 1 < n && (chars[i + 1] == '\n' || chars[i + 1] == '\r')) {
                    c = '-';
                    changed = true;
                } else if (isInvisible(c)) {
                    changed = true;
                    continue;
                } else if (isFixedSpace(c)) {
                    c = ' ';
                    changed = true;
                }
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
            }
            if (plain && !XmlCharacters.allowedAlone(c) && c != '\f') {
                plain = false;
            }
            chars[kept++] = c;
        }
        return new Cleaned(changed ? new String(chars, 0, kept) : text, controls, blank, plain);
    }

    private static DecodedText checked(Cleaned cleaned, Charset charset, boolean guessed, int removedNuls) {
        if (cleaned.blank()) {
            throw new ConversionException("The file is empty (it holds no text).",
                    "Check that the file was saved completely, then {drop} it again.");
        }
        int length = cleaned.text().length();
        if (cleaned.controls() * 100 > length) {
            throw new ConversionException("The file holds binary data, not text (" + cleaned.controls()
                    + " control characters in " + length + ").",
                    "Save the resolution as PDF, plain text, markdown or Akoma Ntoso XML, and {drop} that file.");
        }
        return withoutForbidden(cleaned.text(), cleaned.plainlyAllowed(), charset, guessed, removedNuls);
    }

    /**
     * Takes out the control characters XML 1.0 forbids, which would make every output unreadable:
     * Word's optional hyphen (0x1F) and the like go, a vertical tab (Word's line break within a
     * paragraph) reads as a space. The form feed stays: readers count pages by it and drop it.
     */
    private static DecodedText withoutForbidden(String text, boolean plainlyAllowed, Charset charset, boolean guessed, int removedNuls) {
        if (plainlyAllowed) {
            return new DecodedText(text, charset, guessed, removedNuls);
        }
        StringBuilder kept = null;
        int count = 0;
        int first = 0;
        int line = 1;
        int column = 0;
        int firstLine = 0;
        int firstColumn = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            column++;
            if (c != '\f' && !org.plenary.source.XmlCharacters.allowed(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                    first = c;
                    firstLine = line;
                    firstColumn = column;
                }
                count++;
                if (c == 0x0B) {
                    kept.append(' ');
                }
            } else if (kept != null) {
                kept.append(text, i, i + width);
            }
            if (c == '\n') {
                line++;
                column = 0;
            }
            i += width;
        }
        if (kept == null) {
            return new DecodedText(text, charset, guessed, removedNuls);
        }
        return new DecodedText(kept.toString(), charset, guessed, removedNuls,
                new DecodedText.Forbidden(count, first, firstLine, firstColumn));
    }



    /**
     * UTF-16 saved without a byte order mark: in Latin-script text nearly every other byte is NUL,
     * at odd offsets for little-endian and even ones for big-endian.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192) & ~1;
        if (limit < 8) {
            return null;
        }
        int pairs = limit / 2;
        // Either order needs NULs in 7 pairs of 10: once neither can get there, it is not UTF-16
        // (most text shows it within the first third, without a NUL).
        int needed = (pairs * 7 + 9) / 10;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < limit; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
            int left = (limit - i) / 2 - 1;
            if ((i & 126) == 0 && evenNuls + left < needed && oddNuls + left < needed) {
                return null;
            }
        }
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int countNuls(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            count += b == 0 ? 1 : 0;
        }
        return count;
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] withoutNuls(byte[] bytes, int nuls) {
        byte[] kept = new byte[bytes.length - nuls];
        int at = 0;
        for (byte b : bytes) {
            if (b != 0) {
                kept[at++] = b;
            }
        }
        return kept;
    }


    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
