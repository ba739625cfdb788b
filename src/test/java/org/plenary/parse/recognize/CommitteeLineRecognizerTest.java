package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;

class CommitteeLineRecognizerTest {
    private final CommitteeLineRecognizer recognizer = new CommitteeLineRecognizer();
    private final ParseState state = States.cover();

    /** The line is kept as printed, and the report's symbol is taken from its parentheses. */
    @Test
    void readsTheCommitteeAndItsReport() {
        assertThat(recognizer.claim(Blocks.text("[on the report of the Second Committee (A/54/587/Add.5)]"), state)).isTrue();

        assertThat(state.resolution().committeeLine()).isEqualTo("[on the report of the Second Committee (A/54/587/Add.5)]");
        assertThat(state.resolution().committeeReport()).isEqualTo("A/54/587/Add.5");
    }

    /** A resolution adopted without a Main Committee cites the draft instead. */
    @Test
    void readsAResolutionWithoutReferenceToAMainCommittee() {
        assertThat(recognizer.claim(Blocks.text("[without reference to a Main Committee (A/70/L.1)]"), state)).isTrue();

        assertThat(state.resolution().committeeLine()).startsWith("[without reference to a Main Committee");
        assertThat(state.resolution().committeeReport()).isEqualTo("A/70/L.1");
    }

    /** A symbol that OCR or a line break split with a space is put back together. */
    @Test
    void removesSpacesInsideTheReportsSymbol() {
        assertThat(recognizer.claim(Blocks.text("[on the report of the Third Committee (A/78/ 481/Add.2)]"), state)).isTrue();

        assertThat(state.resolution().committeeReport()).isEqualTo("A/78/481/Add.2");
    }

    /**
     * Most committee lines cite a paragraph of the report (210 of the 253 real resolutions):
     * the report's symbol is "A/78/662", not the citation run together.
     */
    @Test
    void theReportsSymbolLeavesOutTheParagraphCited() {
        assertThat(recognizer.claim(Blocks.text("[on the report of the Fifth Committee (A/78/662, para. 83)]"), state)).isTrue();

        assertThat(state.resolution().committeeReport()).isEqualTo("A/78/662");
    }

    /** Only the first committee line is the resolution's: a second bracketed line is left to others. */
    @Test
    void declinesASecondCommitteeLine() {
        recognizer.claim(Blocks.text("[on the report of the Sixth Committee (A/78/432)]"), state);

        assertThat(recognizer.claim(Blocks.text("[on the report of the Second Committee (A/78/459)]"), state)).isFalse();
        assertThat(state.resolution().committeeReport()).isEqualTo("A/78/432");
    }

    /** The words without their brackets are prose (a recital citing the report), and other bracketed lines are not the committee's. */
    @Test
    void declinesLinesWithoutTheBracketedForm() {
        assertThat(recognizer.claim(Blocks.text(
                "Having considered the report of the Second Committee (A/78/459) on the item,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("on the report of the Second Committee (A/78/459)"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("[A/RES/78/253]"), state)).isFalse();

        assertThat(state.resolution().committeeLine()).isNull();
        assertThat(state.resolution().committeeReport()).isNull();
    }
}
