package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.source.StyledText;

class GroupHeadingRecognizerTest {
    private final GroupHeadingRecognizer recognizer = new GroupHeadingRecognizer();

    /** A group's number alone ("I" under the formula of a budget resolution) opens the group and the operative part. */
    @Test
    void aNumberAloneOpensAGroup() {
        ParseState state = States.afterFormula();

        assertThat(recognizer.claim(Blocks.at(22, "I"), state)).isTrue();

        Resolution.Group group = state.group();
        assertThat(group.num()).isEqualTo("I");
        assertThat(group.lines()).containsExactly(new Resolution.HeadingLine("I", null));
        assertThat(group.hasTitle()).isFalse();
        assertThat(state.groupOpening()).isTrue();
        assertThat(state.paragraph()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
    }

    /** The number's other printed forms: with its period, a letter, "Part II". */
    @Test
    void readsTheNumbersOtherForms() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        recognizer.claim(Blocks.text("IV."), state);
        assertThat(state.group().num()).isEqualTo("IV");
        assertThat(state.group().lines().get(0).num()).isEqualTo("IV.");

        recognizer.claim(Blocks.text("B"), state);
        assertThat(state.group().num()).isEqualTo("B");

        recognizer.claim(Blocks.text("Part II"), state);
        assertThat(state.group().num()).isEqualTo("II");
        assertThat(state.group().lines().get(0).num()).isEqualTo("Part II");
    }

    /** "VI. Documentation": the number and the title on one line, kept apart. */
    @Test
    void aNumberWithItsTitleOnOneLine() {
        ParseState state = States.afterFormula();

        assertThat(recognizer.claim(Blocks.at(30, "VI.    Documentation"), state)).isTrue();

        Resolution.HeadingLine line = state.group().lines().get(0);
        assertThat(state.group().num()).isEqualTo("VI");
        assertThat(line.num()).isEqualTo("VI.");
        assertThat(line.title().plain()).isEqualTo("Documentation");
        assertThat(line.title().line()).isEqualTo(30);
        assertThat(state.group().hasTitle()).isTrue();
    }

    /** A numbered line that ends a clause is a sentence (a list's item), not a heading. */
    @Test
    void declinesANumberedLineThatEndsAClause() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.text("II. Programme budget implications of the recommendations;"), state)).isFalse();

        assertThat(state.group()).isNull();
    }

    /**
     * "I. Decides … ." is paragraph 1 with OCR's "I" for its "1" (the operative recogniser reads
     * "l." and "I." so): a group's title is a name, it does not open with an operative verb. In the
     * preamble this recogniser is asked first, so a resolution whose one paragraph is printed so
     * fails to convert ("No operative paragraph was found").
     */
    @Test
    void declinesParagraphOneWithALetterForItsNumber() {
        ParseState state = States.preamble("Recalling its resolution 77/262 of 30 December 2022,");

        assertThat(recognizer.claim(Blocks.text("I. Decides to defer consideration of the question to its seventy-ninth session."), state))
                .isFalse();

        assertThat(state.group()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
    }

    /** In the preamble, a title-like line right before paragraph 1 heads the first group. */
    @Test
    void aHeadingRightBeforeParagraphOneInThePreamble() {
        ParseState state = States.preamble("Recalling its resolution 77/262 of 30 December 2022,");
        States.next(state, "1. Takes note of the report of the Secretary-General;");

        assertThat(recognizer.claim(Blocks.at(25, "Enterprise resource planning project, Umoja"), state)).isTrue();

        assertThat(state.group().num()).isNull();
        assertThat(state.group().lines().get(0).title().plain()).isEqualTo("Enterprise resource planning project, Umoja");
        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
    }

    /**
     * In the preamble, a title-like line is no heading when no paragraph 1 follows, when no recital
     * came before (the agenda item's title under the formula), or when it opens as a recital does.
     */
    @Test
    void declinesTitleLikeLinesElsewhereInThePreamble() {
        ParseState beforeARecital = States.preamble("Recalling its resolution 77/262 of 30 December 2022,");
        States.next(beforeARecital, "Having considered the report of the Secretary-General,");
        assertThat(recognizer.claim(Blocks.text("Enterprise resource planning project, Umoja"), beforeARecital)).isFalse();

        ParseState noRecitalYet = States.afterFormula();
        States.next(noRecitalYet, "1. Takes note of the report of the Secretary-General;");
        assertThat(recognizer.claim(Blocks.text("Enterprise resource planning project, Umoja"), noRecitalYet)).isFalse();

        ParseState recitalWithoutComma = States.preamble("Recalling its resolution 77/262 of 30 December 2022,");
        States.next(recitalWithoutComma, "1. Takes note of the report of the Secretary-General;");
        assertThat(recognizer.claim(Blocks.text("Having considered the report of the Secretary-General"), recitalWithoutComma)).isFalse();

        assertThat(beforeARecital.zone()).isEqualTo(Zone.PREAMBLE);
        assertThat(noRecitalYet.zone()).isEqualTo(Zone.PREAMBLE);
        assertThat(recitalWithoutComma.zone()).isEqualTo(Zone.PREAMBLE);
    }

    /** Between complete paragraphs, a title-like line heads a new group without number. */
    @Test
    void aHeadingBetweenCompleteParagraphs() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.text("Financial performance report on the programme budget for 2022"), state)).isTrue();

        assertThat(state.group().num()).isNull();
        assertThat(state.group().lines().get(0).title().plain()).isEqualTo("Financial performance report on the programme budget for 2022");
        assertThat(state.paragraph()).isNull();
        assertThat(state.groupOpening()).isTrue();
    }

    /**
     * A paragraph that ends with a colon announces its numbered items (A/RES/78/318: "… two
     * high-level round tables … on the following themes:", then "Round table 1: …"): not headings.
     */
    @Test
    void declinesWhatAParagraphEndingWithAColonAnnounces() {
        ParseState state = States.operative("4. Decides that the Summit will have two high-level round tables on the following themes:");

        assertThat(recognizer.claim(Blocks.text("Round table 1: Strengthening the three pillars of social development"), state)).isFalse();

        assertThat(state.group()).isNull();
        assertThat(state.paragraph().num()).isEqualTo("4");
    }

    /** A paragraph that ends with a colon may announce a titled text (A/RES/75/1): its title is a heading. */
    @Test
    void aTitleAfterAParagraphEndingWithAColonIsAHeading() {
        ParseState state = States.operative("Adopts the following declaration:");

        assertThat(recognizer.claim(Blocks.text("Declaration on the commemoration of the seventy-fifth anniversary of the United Nations"),
                state)).isTrue();
        assertThat(state.group().lines().get(0).title().plain()).startsWith("Declaration on the commemoration");
    }

    /** After an unfinished paragraph (a page break cut it), a short capitalised line is its rest, not a heading. */
    @Test
    void declinesATitleLikeLineAfterAnUnfinishedParagraph() {
        ParseState state = States.operative("4. Recalls the report of the Board of Auditors on the accounts of the");

        assertThat(recognizer.claim(Blocks.text("United Nations Joint Staff Pension Fund"), state)).isFalse();

        assertThat(state.group()).isNull();
        assertThat(state.paragraph().num()).isEqualTo("4");
    }

    /** In print, a heading is set in bold or centred: the same line in body type is not one. */
    @Test
    void inPrintOnlyABoldOrCentredLineIsAHeading() {
        String heading = "Financial performance report on the programme budget for 2022";
        String paragraph = "2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;";

        assertThat(recognizer.claim(Blocks.printed(40, heading, false, false), States.operative(paragraph))).isFalse();
        assertThat(recognizer.claim(Blocks.printed(40, heading, true, false), States.operative(paragraph))).isTrue();
        assertThat(recognizer.claim(Blocks.printed(40, heading, false, true), States.operative(paragraph))).isTrue();
    }

    /** After a paragraph's points, a title-like line is a heading only before a numbered paragraph or in bold. */
    @Test
    void afterPointsATitleLikeLineIsAHeadingOnlyBeforeAParagraphOrInBold() {
        String closing = "Programme budget implications";

        ParseState beforeParagraph = paragraphWithAPoint();
        States.next(beforeParagraph, "6. Decides to revert to the question at its seventy-ninth session;");
        assertThat(recognizer.claim(Blocks.text(closing), beforeParagraph)).isTrue();

        ParseState beforeText = paragraphWithAPoint();
        States.next(beforeText, "in the context of the proposed programme budget for 2025.");
        assertThat(recognizer.claim(Blocks.text(closing), beforeText)).isFalse();
        assertThat(recognizer.claim(Blocks.printed(50, closing, true, false), beforeText)).isTrue();
    }

    private static ParseState paragraphWithAPoint() {
        ParseState state = States.operative("5. Requests the Secretary-General:");
        state.nesting().add(state.paragraph(), new Numbered("a", null, StyledText.of("To report on the use of the fund;"), 30));
        return state;
    }
}
