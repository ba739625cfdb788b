package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plenary.pipeline.ConversionException;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8AndNormalisesLineEnds() {
        DecodedText text = decoder.decode("one\r\ntwo\rthree’\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo("one\ntwo\nthree’\n");
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.charsetGuessed()).isFalse();
    }

    @Test
    void followsAUtf16ByteOrderMark() {
        byte[] body = "The General Assembly,".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decoder.decode(bytes).text()).isEqualTo("The General Assembly,");
    }

    @Test
    void fallsBackToWindows1252AndSaysSo() {
        byte[] bytes = "one’s country".getBytes(Charset.forName("windows-1252"));
        DecodedText text = decoder.decode(bytes);
        assertThat(text.text()).isEqualTo("one’s country");
        assertThat(text.charsetGuessed()).isTrue();
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsText() {
        DecodedText text = decoder.decode("the sign \uFFFD stands for what was lost".getBytes(StandardCharsets.UTF_8));
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.charsetGuessed()).isFalse();
        assertThat(text.text()).contains("\uFFFD");
    }

    @Test
    void refusesEmptyAndBinaryInput() {
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(ConversionException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
        assertThatThrownBy(() -> decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .isInstanceOf(ConversionException.class).hasMessageContaining("binary");
    }

    @Test
    void recognisesUtf16WithoutAByteOrderMark() {
        String text = "The General Assembly,\nRecalling its resolution 54/212,\n";
        DecodedText little = decoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(little.text()).isEqualTo(text);
        assertThat(little.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(little.charsetGuessed()).isTrue();
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(text);
    }

    @Test
    void readsLatin1AsItsWindowsSuperset() {
        byte[] accents = "Réunion, Curaçao\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decoder.decode(accents).text()).isEqualTo("Réunion, Curaçao\n");
    }

    @Test
    void normalisesCarriageReturnOnlyAndMixedLineEnds() {
        byte[] bytes = "one\rtwo\r\nthree\nfour\r\rfive".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes).text()).isEqualTo("one\ntwo\nthree\nfour\n\nfive");
    }

    @Test
    void dropsStrayNulsAndCountsThem() {
        String text = "The General Assembly,\n".repeat(200);
        byte[] bytes = (text.substring(0, 100) + "\0" + text.substring(100) + "\0\0").getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = decoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.removedNuls()).isEqualTo(3);
    }

    @Test
    void refusesInputAboveTheSizeLimit() {
        assertThatThrownBy(() -> new TextDecoder(10).decode("The General Assembly,".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ConversionException.class).hasMessageContaining("size limit");
    }

    @Test
    void takesOutTheControlCharactersXmlForbidsAndSaysWhere() {
        String filler = "\nRecalling its resolution".repeat(20);
        DecodedText decoded = new TextDecoder().decode(("The General Assembly,\nRecal\u001Fling its\u000Bresolution\u0007\n\fpage two\tend" + filler)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("The General Assembly,\nRecalling its resolution\n\fpage two\tend" + filler);
        assertThat(decoded.forbidden()).isEqualTo(new DecodedText.Forbidden(3, 0x1F, 2, 6));
    }

    @Test
    void everyCharacterLeftIsOneXmlAllows() {
        StringBuilder all = new StringBuilder("Recalling " + "the resolution ".repeat(300));
        for (char c = 1; c < 0x20; c++) {
            all.append(c).append('x');
        }
        all.append('\uFFFE').append('\uFFFF').append('\uD800').append("end");
        DecodedText decoded = new TextDecoder().decode(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(decoded.text().codePoints().filter(c -> c != '\f')).allMatch(org.plenary.source.XmlCharacters::allowed);
        assertThat(decoded.text()).startsWith("Recalling ").endsWith("end");
    }

    @Test
    void charactersBeyondTheBasicPlaneAreKeptWhole() {
        String text = "The General Assembly,\nRecalling \uD835\uDC65 and \uD83D\uDE00 in its resolution\u0007" + "\nRecalling it".repeat(20);

        DecodedText decoded = new TextDecoder().decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(text.replace("\u0007", ""));
        assertThat(decoded.forbidden().count()).isEqualTo(1);
    }
}
