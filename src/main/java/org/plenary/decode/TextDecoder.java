package org.plenary.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.ByteOrderMark;
import org.plenary.pipeline.ConversionException;

/**
 * Bytes to text. A byte order mark decides the charset; otherwise strict UTF-8, and when that fails,
 * Windows-1252 (a superset of the printable Latin-1 range that Word exports use). Binary data and
 * empty files are refused with a message saying so.
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

    public DecodedText decode(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new ConversionException(String.format("The file is %.1f MB, above the size limit of %.1f MB.",
                    bytes.length / 1048576.0, maxBytes / 1048576.0),
                    "A resolution is far smaller: check the file; to allow larger files, raise plenary.max-bytes.");
        }
        for (ByteOrderMark bom : BOMS) {
            if (startsWith(bytes, bom.getBytes())) {
                Charset charset = Charset.forName(bom.getCharsetName());
                String text = new String(bytes, bom.length(), bytes.length - bom.length(), charset);
                return checked(text, charset, false);
            }
        }
        refuseBinary(bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return checked(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    /** Invisible format characters (direction marks, zero-width spaces, soft hyphens) that hide structure. */
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\u00AD\u200B-\u200F\u202A-\u202E\u2060\uFEFF]");

    /** No-break and other fixed-width spaces: to a parser they are spaces ("2 December 2020"). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\u00A0\u2000-\u200A\u202F\u205F\u3000]");

    private static DecodedText checked(String text, Charset charset, boolean guessed) {
        // A soft hyphen that ends a line stood where the line was broken at a hyphen ("twenty-|fourth").
        String normalised = INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n').replace("\u00AD\n", "-\n"))
                .replaceAll("");
        normalised = SPACES.matcher(normalised).replaceAll(" ");
        if (normalised.isBlank()) {
            throw new ConversionException("The file is empty (it holds no text).",
                    "Check that the file was saved completely, then drop it again.");
        }
        long controls = normalised.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (controls * 100 > normalised.length()) {
            throw new ConversionException("The file holds binary data, not text (" + controls
                    + " control characters in " + normalised.length() + ").",
                    "Export the resolution as plain text, markdown or Akoma Ntoso XML and drop that file.");
        }
        return new DecodedText(normalised, charset, guessed);
    }

    /** NUL bytes never occur in 8-bit text; without a BOM they mean binary data. */
    private static void refuseBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new ConversionException("The file holds binary data, not text (a NUL byte at offset " + i + ").",
                        "Export the resolution as plain text, markdown or Akoma Ntoso XML and drop that file.");
            }
        }
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
