package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution.SetAside;
import org.plenary.pipeline.Warning;

class SetAsideRecognizerTest {
    private final SetAsideRecognizer recognizer = new SetAsideRecognizer("Text after the conclusions was set aside");

    /** Furniture is never dropped: it is kept aside, stripped, and reported at its line. */
    @Test
    void keepsTheTextAsideAndWarns() {
        ParseState state = States.cover();
        state.zone(Zone.AFTER_CONCLUSIONS);

        assertThat(recognizer.claim(Blocks.at(88, "  23-26236 (E)     050124  "), state)).isTrue();

        assertThat(state.resolution().setAside()).extracting(SetAside::text, SetAside::line)
                .containsExactly(tuple("23-26236 (E)     050124", 88));
        Warning warning = state.warnings().get(0);
        assertThat(warning.code()).isEqualTo("set-aside");
        assertThat(warning.line()).isEqualTo(88);
        assertThat(warning.message()).isEqualTo("Text after the conclusions was set aside: \"23-26236 (E)     050124\"");
        assertThat(state.zone()).isEqualTo(Zone.AFTER_CONCLUSIONS);
    }

    /** The warning quotes a long text abbreviated; the text kept aside is whole. */
    @Test
    void abbreviatesALongTextInTheWarningOnly() {
        ParseState state = States.cover();
        String note = "This is a publication of the United Nations; the present text is subject to editorial revision "
                + "before it is issued in the Official Records.";

        recognizer.claim(Blocks.text(note), state);

        assertThat(state.resolution().setAside()).extracting(SetAside::text).containsExactly(note);
        assertThat(state.warnings().get(0).message()).endsWith("...\"").hasSizeLessThan(note.length());
    }
}
