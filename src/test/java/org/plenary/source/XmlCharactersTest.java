package org.plenary.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The char-by-char check agrees with the code-point one on every char that stands alone. */
class XmlCharactersTest {
    @Test
    void aCharAllowedAloneIsAnAllowedCodePointAndOnlySurrogatesAreLeftToTheCodePoint() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean surrogate = Character.isSurrogate((char) c);
            assertThat(XmlCharacters.allowedAlone((char) c)).as("U+%04X", c).isEqualTo(!surrogate && XmlCharacters.allowed(c));
        }
    }

    @Test
    void forbiddenCharactersGoAndAPairOfSurrogatesStays() {
        assertThat(XmlCharacters.withoutForbidden("a\u001bb\uFFFE")).isEqualTo("ab");
        assertThat(XmlCharacters.withoutForbidden("\uD835\uDC00")).isEqualTo("\uD835\uDC00");
        assertThat(XmlCharacters.withoutForbidden("\uD835")).isEmpty();
        assertThat(XmlCharacters.withoutForbidden("e")).isEqualTo("e");
    }
}
