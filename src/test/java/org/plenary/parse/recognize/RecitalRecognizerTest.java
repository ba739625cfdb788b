package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.pipeline.Warning;

class RecitalRecognizerTest {
    private final RecitalRecognizer recognizer = new RecitalRecognizer();

    /** A recital opens with a phrase of the lexicon, which is kept as its opening. */
    @Test
    void readsARecitalWithItsOpening() {
        ParseState state = States.afterFormula();

        assertThat(recognizer.claim(Blocks.at(21, "Recalling also its resolutions 49/127 of 19 December 1994 and 50/123 of 20 December 1995,"), state))
                .isTrue();

        Preambular recital = state.resolution().preamble().get(0);
        assertThat(recital.opening()).isEqualTo("Recalling also");
        assertThat(recital.plain()).isEqualTo("Recalling also its resolutions 49/127 of 19 December 1994 and 50/123 of 20 December 1995,");
        assertThat(recital.line()).isEqualTo(21);
        assertThat(state.warnings()).isEmpty();
    }

    /** Print sets the opening in italics: an italic opening the lexicon lacks is the opening all the same. */
    @Test
    void anItalicOpeningTheLexiconLacksIsTheOpening() {
        ParseState state = States.afterFormula();

        recognizer.claim(Blocks.italicOpening(21, "Commemorating", " the twentieth anniversary of the Durban Declaration,"), state);

        assertThat(state.resolution().preamble()).extracting(Preambular::opening).containsExactly("Commemorating");
        assertThat(state.warnings()).isEmpty();
    }

    /** Without italics or lexicon, the first word stands for the opening, and the gap is reported. */
    @Test
    void anUnknownPlainOpeningIsReported() {
        ParseState state = States.afterFormula();

        recognizer.claim(Blocks.at(21, "Commemorating the twentieth anniversary of the Durban Declaration,"), state);

        assertThat(state.resolution().preamble()).extracting(Preambular::opening).containsExactly("Commemorating");
        assertThat(state.warnings()).extracting(Warning::code, Warning::line)
                .containsExactly(tuple("unknown-opening", 21));
    }

    /** OCR ran the opening's words together: they are put apart in the text, and the source word accounted for. */
    @Test
    void repairsAnOpeningRunTogether() {
        ParseState state = States.afterFormula();

        recognizer.claim(Blocks.at(21, "Takingnote of the report of the Secretary-General on international migration and development,"), state);

        Preambular recital = state.resolution().preamble().get(0);
        assertThat(recital.opening()).isEqualTo("Taking note");
        assertThat(recital.plain()).startsWith("Taking note of the report of the Secretary-General");
        assertThat(state.resolution().repairedWords()).containsExactly("Takingnote");
        assertThat(state.warnings()).extracting(Warning::code).containsExactly("repair");
    }

    /** A page typed with the opening's words run together prints the typo in italics too: repaired, and still italic. */
    @Test
    void repairsAnItalicOpeningRunTogether() {
        ParseState state = States.afterFormula();

        recognizer.claim(Blocks.italicOpening(21, "Takingnote", " of the report of the Secretary-General,"), state);

        Preambular recital = state.resolution().preamble().get(0);
        assertThat(recital.opening()).isEqualTo("Taking note");
        assertThat(recital.content().leadingItalic()).isEqualTo("Taking note");
        assertThat(state.resolution().repairedWords()).containsExactly("Takingnote");
        assertThat(state.warnings()).extracting(Warning::code).containsExactly("repair");
    }

    /**
     * A page break cut the recital: the rest goes on from it, also when it opens with a number
     * ("2030 Agenda …"), which is neither a paragraph number nor a recital of its own.
     */
    @Test
    void theRestOfARecitalAfterAPageBreakIsJoinedToIt() {
        ParseState state = States.preamble("Reaffirming its resolution 70/1 of 25 September 2015, entitled \u201cTransforming our world: the");

        assertThat(recognizer.claim(Blocks.afterCut(30, "2030 Agenda for Sustainable Development\u201d,"), state)).isTrue();

        assertThat(state.resolution().preamble()).hasSize(1);
        assertThat(state.resolution().preamble().get(0).plain())
                .isEqualTo("Reaffirming its resolution 70/1 of 25 September 2015, entitled \u201cTransforming our world: the 2030 Agenda for Sustainable Development\u201d,");
    }

    /** After a page break, a block opening with a phrase of the lexicon is the next recital. */
    @Test
    void aKnownOpeningAfterAPageBreakIsANewRecital() {
        ParseState state = States.preamble("Recalling its resolution 56/203 of 21 December 2001,");

        recognizer.claim(Blocks.afterCut(30, "Noting the need for the relevant United Nations organizations to enhance their support,"), state);

        assertThat(state.resolution().preamble()).extracting(Preambular::opening).containsExactly("Recalling", "Noting");
    }

    /** After a recital that ended with its comma, a capitalised participle the lexicon lacks opens the next one. */
    @Test
    void anUnlistedParticipleAfterAPageBreakIsANewRecital() {
        ParseState state = States.preamble("Noting that 2021 marks the twentieth anniversary of the adoption of the Durban Declaration,");

        recognizer.claim(Blocks.afterCut(30, "Committing to finalizing the modalities of the Permanent Forum before the midterm review,"), state);

        assertThat(state.resolution().preamble()).extracting(Preambular::opening).containsExactly("Noting", "Committing");
    }

    /** The first block of the preamble has nothing to go on from: a cut before it makes no difference. */
    @Test
    void aBlockAfterACutOpensTheFirstRecital() {
        ParseState state = States.afterFormula();

        recognizer.claim(Blocks.afterCut(30, "in particular chapter X on international migration,"), state);

        assertThat(state.resolution().preamble()).hasSize(1);
    }

    /** Layout has joined a paragraph's wrapped lines: a block not after a cut is a recital of its own. */
    @Test
    void aBlockNotAfterACutIsARecitalOfItsOwn() {
        ParseState state = States.preamble("Recalling its resolution 56/203 of 21 December 2001,");

        recognizer.claim(Blocks.at(30, "Deeply concerned about the situation of migrant workers,"), state);

        assertThat(state.resolution().preamble()).extracting(Preambular::opening).containsExactly("Recalling", "Deeply concerned");
    }
}
