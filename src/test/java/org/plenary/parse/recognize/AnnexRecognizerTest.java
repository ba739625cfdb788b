package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution;

class AnnexRecognizerTest {
    private final AnnexRecognizer recognizer = new AnnexRecognizer();

    private static ParseState afterConclusions() {
        ParseState state = States.operative("3. Decides to include in the provisional agenda of its seventy-ninth session the item;");
        state.zone(Zone.AFTER_CONCLUSIONS);
        return state;
    }

    /** "Annex" alone on its line opens an annex: the rest of the document is its. */
    @Test
    void anAnnexHeadingOpensTheAnnex() {
        ParseState state = afterConclusions();

        assertThat(recognizer.claim(Blocks.at(468, "Annex"), state)).isTrue();

        Resolution.Annex annex = state.resolution().annexes().get(0);
        assertThat(annex.heading().plain()).isEqualTo("Annex");
        assertThat(annex.heading().line()).isEqualTo(468);
        assertThat(annex.paragraphs()).isEmpty();
        assertThat(state.zone()).isEqualTo(Zone.ANNEX);
    }

    /** Numbered headings, in capitals, with a period; in the operative part too (no conclusions printed). */
    @Test
    void readsNumberedAndCapitalisedHeadings() {
        ParseState state = States.operative("3. Decides to include in the provisional agenda of its seventy-ninth session the item;");

        assertThat(recognizer.claim(Blocks.text("Annex I"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("Annex II."), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("ANNEX B"), state)).isTrue();

        assertThat(state.resolution().annexes()).extracting(a -> a.heading().plain()).containsExactly("Annex I", "Annex II.", "ANNEX B");
        assertThat(state.zone()).isEqualTo(Zone.ANNEX);
    }

    /** After a lone unnumbered "Annex", "Annex I" is the annexed text's own annex (a convention's), not the resolution's. */
    @Test
    void insideALoneUnnumberedAnnexAnAnnexIIsTheAnnexedTexts() {
        ParseState state = afterConclusions();
        recognizer.claim(Blocks.text("Annex"), state);

        assertThat(recognizer.claim(Blocks.text("Annex I"), state)).isFalse();

        assertThat(state.resolution().annexes()).hasSize(1);
        assertThat(state.zone()).isEqualTo(Zone.ANNEX);
    }

    /** Between numbered annexes, the next heading opens the next annex. */
    @Test
    void theNextNumberedAnnexOpensItsOwn() {
        ParseState state = afterConclusions();
        recognizer.claim(Blocks.text("Annex I"), state);

        assertThat(recognizer.claim(Blocks.text("Annex II"), state)).isTrue();

        assertThat(state.resolution().annexes()).hasSize(2);
    }

    /** An annex named inside a sentence, or with more words on its line, is text, not a heading. */
    @Test
    void declinesAnAnnexMentionedInASentence() {
        ParseState state = afterConclusions();

        assertThat(recognizer.claim(Blocks.text("Annex to the present resolution"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Annexes I and II"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("4. Decides to adopt the Convention contained in the annex to the present resolution;"), state))
                .isFalse();
        assertThat(recognizer.claim(Blocks.text("Resolution S-24/2, annex."), state)).isFalse();

        assertThat(state.resolution().annexes()).isEmpty();
        assertThat(state.zone()).isEqualTo(Zone.AFTER_CONCLUSIONS);
    }
}
