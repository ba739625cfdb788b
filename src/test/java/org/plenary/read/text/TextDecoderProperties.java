package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.plenary.pipeline.ConversionException;
import org.plenary.source.XmlCharacters;

/**
 * The decoder's one pass over the characters gives what its rules say, step by step: NUL bytes
 * out, UTF-8 else Windows-1252, line ends made line feeds, a soft hyphen before a line end made a
 * hyphen, invisible characters out, fixed-width spaces made spaces, then the empty and binary
 * checks, then the characters XML forbids out.
 */
class TextDecoderProperties {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Property(tries = 5000)
    void agreesWithTheRulesAppliedOneByOne(@ForAll("texts") byte[] bytes) {
        // Byte order marks and UTF-16 (a third of the bytes NUL, or more) take other ways, held by the unit tests.
        Assume.that(!(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF));
        Assume.that(countNuls(bytes) * 100 < bytes.length * 30);
        String expected;
        try {
            expected = stepByStep(bytes);
        } catch (ConversionException e) {
            expected = refusal(e);
        }
        String actual;
        try {
            actual = new TextDecoder().decode(bytes).text();
        } catch (ConversionException e) {
            actual = refusal(e);
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** Which refusal: the messages' details (offsets, counts) are the unit tests' business. */
    private static String refusal(ConversionException e) {
        return e.getMessage().contains("binary data") ? "refused as binary" : e.getMessage().contains("empty") ? "refused as empty" : e.getMessage();
    }

    @Provide
    Arbitrary<byte[]> texts() {
        List<byte[]> pieces = List.of(utf8("a"), utf8("Word "), utf8(" "), utf8("\n"), utf8("\r"), utf8("\r\n"), new byte[] {0},
                utf8("\u00AD"), utf8("\u200B"), utf8("\uFEFF"), utf8("\u00A0"), utf8("\u2003"), utf8("é"), utf8("“"), utf8("\t"),
                utf8("\f"), utf8("\u0001"), utf8("\u000B"), utf8("\u001F"), utf8("\uFFFD"), utf8("\uD83D\uDE00"), utf8("\uFFFE"),
                new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x9D});
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private static int countNuls(byte[] bytes) {
        int nuls = 0;
        for (byte b : bytes) {
            nuls += b == 0 ? 1 : 0;
        }
        return nuls;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The rules one at a time, on whole strings, for single-byte and UTF-8 input (no byte order mark). */
    private static String stepByStep(byte[] bytes) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int nuls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nuls++;
            } else {
                kept.write(b);
            }
        }
        if (nuls * 1000L > bytes.length) {
            throw binary("a NUL byte at offset");
        }
        byte[] text = kept.toByteArray();
        String s = isUtf8(text) ? new String(text, StandardCharsets.UTF_8) : new String(text, WINDOWS_1252);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace("\u00AD\n", "-\n");
        StringBuilder visible = new StringBuilder();
        s.chars().filter(c -> !TextDecoder.isInvisible((char) c))
                .forEach(c -> visible.append(TextDecoder.isFixedSpace((char) c) ? ' ' : (char) c));
        s = visible.toString();
        if (s.isBlank()) {
            throw new ConversionException("The file is empty (it holds no text).", "");
        }
        long controls = s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (controls * 100 > s.length()) {
            throw binary(controls + " control characters in " + s.length());
        }
        StringBuilder allowed = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\f' || XmlCharacters.allowed(c)) {
                allowed.appendCodePoint(c);
            } else if (c == 0x0B) {
                allowed.append(' ');
            }
        });
        return allowed.toString();
    }

    private static ConversionException binary(String detail) {
        return new ConversionException("The file holds binary data, not text (" + detail, "");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
