package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputCheckTest {
    @Test
    void wellFormedOutputsPass() {
        assertThat(OutputCheck.problem("<akomaNtoso>\t\u00e9\ud83d\ude00</akomaNtoso>")).isNull();
    }

    @Test
    void aControlCharacterInTheAkomaNtosoIsRefused() {
        assertThat(OutputCheck.problem("<p>Word\u001fs</p>"))
                .isEqualTo("the Akoma Ntoso holds the character U+001F, which XML forbids");
        assertThat(OutputCheck.problem("<p>\ud800</p>")).contains("U+D800");
    }
}
