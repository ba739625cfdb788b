package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OutputCheckTest {
    private static ByteBuffer json(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedOutputsPass() {
        assertThat(OutputCheck.problem("<akomaNtoso>\t\u00e9\ud83d\ude00</akomaNtoso>", json("{\"symbol\":\"A/RES/1\"}"))).isNull();
    }

    @Test
    void aControlCharacterInTheAkomaNtosoIsRefused() {
        assertThat(OutputCheck.problem("<p>Word\u001fs</p>", json("{}")))
                .isEqualTo("the Akoma Ntoso holds the character U+001F, which XML forbids");
        assertThat(OutputCheck.problem("<p>\ud800</p>", json("{}"))).contains("U+D800");
    }

    @Test
    void aJsonThatDoesNotParseIsRefused() {
        assertThat(OutputCheck.problem("<p/>", json("{\"a\": \"b\u0001\"}"))).startsWith("the JSON does not parse");
        assertThat(OutputCheck.problem("<p/>", json("{\"a\": 1} {"))).startsWith("the JSON does not parse");
        assertThat(OutputCheck.problem("<p/>", json("{\"a\":"))).startsWith("the JSON does not parse");
    }
}
