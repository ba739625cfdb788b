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
                return checked(text, charset, false, 0);
            }
        }
        Charset wide = utf16WithoutBom(bytes);
        if (wide != null) {
            return checked(new String(bytes, wide), wide, true, 0);
        }
        int nuls = countNuls(bytes);
        if (nuls * 1000L > bytes.length) {
            throw new ConversionException("The file holds binary data, not text (a NUL byte at offset " + firstNul(bytes) + ").",
                    "Save the resolution as PDF, plain text, markdown or Akoma Ntoso XML, and {drop} that file.");
        }
        // A few NULs in otherwise good text are damage (a bad copy, a padded export): drop and report them.
        byte[] text = nuls == 0 ? bytes : withoutNuls(bytes, nuls);
        // The JDK's lenient decoding is the fast one; it marks a malformed sequence with U+FFFD, so
        // only text holding that character is decoded again strictly, to tell damage from a real one.
        String decoded = new String(text, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0 && !isStrictUtf8(text)) {
            return checked(new String(text, WINDOWS_1252), WINDOWS_1252, true, nuls);
        }
        return checked(decoded, StandardCharsets.UTF_8, false, nuls);
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

    /**
     * Removes invisible characters and turns fixed-width spaces into spaces, in one pass over the
     * characters; the same string back when there is nothing to change.
     */
    static String withoutInvisibles(String text) {
        // Read from a copy of the chars (a string's charAt is a call under the quick compiler),
        // which is also where the kept ones are moved to.
        char[] chars = text.toCharArray();
        int kept = 0;
        boolean changed = false;
        for (char c : chars) {
            if (c >= '\u00A0') { // below both ranges: most characters
                if (isInvisible(c)) {
                    changed = true;
                    continue;
                }
                if (isFixedSpace(c)) {
                    c = ' ';
                    changed = true;
                }
            }
            chars[kept++] = c;
        }
        return changed ? new String(chars, 0, kept) : text;
    }

    private static DecodedText checked(String text, Charset charset, boolean guessed, int removedNuls) {
        // A soft hyphen that ends a line stood where the line was broken at a hyphen ("twenty-|fourth").
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (hasCharAtOrAbove(normalised, '\u00A0')) {
            normalised = withoutInvisibles(normalised.replace("\u00AD\n", "-\n"));
        }
        if (normalised.isBlank()) {
            throw new ConversionException("The file is empty (it holds no text).",
                    "Check that the file was saved completely, then {drop} it again.");
        }
        char[] chars = normalised.toCharArray();
        int controls = countControls(chars);
        if (controls * 100 > normalised.length()) {
            throw new ConversionException("The file holds binary data, not text (" + controls
                    + " control characters in " + normalised.length() + ").",
                    "Save the resolution as PDF, plain text, markdown or Akoma Ntoso XML, and {drop} that file.");
        }
        return withoutForbidden(normalised, allPlainlyAllowed(chars), charset, guessed, removedNuls);
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
     * Whether every char is one XML allows on its own, or the form feed kept: nearly every text,
     * told by chars; a text with a surrogate or a forbidden character is read by code points.
     */
    private static boolean allPlainlyAllowed(char[] text) {
        for (char c : text) {
            if (!XmlCharacters.allowedAlone(c) && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Control characters other than line feed, tab and form feed: many of them mean binary data. */
    private static int countControls(char[] text) {
        int count = 0;
        for (char c : text) {
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
                count++;
            }
        }
        return count;
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
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < limit; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = limit / 2;
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

    /** Whether any character is at or above the given one: plain ASCII text needs none of the clean-ups. */
    private static boolean hasCharAtOrAbove(String text, char lowest) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= lowest) {
                return true;
            }
        }
        return false;
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
