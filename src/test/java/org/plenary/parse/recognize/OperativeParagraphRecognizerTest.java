package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.pipeline.Warning;

class OperativeParagraphRecognizerTest {
    private final OperativeParagraphRecognizer recognizer = new OperativeParagraphRecognizer();

    // In the preamble: what ends it.

    /** Paragraph 1 ends the preamble: the zone moves and the block is left to the operative part's recognisers. */
    @Test
    void aNumberedParagraphEndsThePreamble() {
        ParseState state = States.preamble("Recalling its resolution 56/203 of 21 December 2001,");

        assertThat(recognizer.claim(Blocks.text("1. Takes note of the report of the Secretary-General;"), state)).isFalse();

        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
        assertThat(state.resolution().operative()).isEmpty();
    }

    /** An operative verb where a recital could stand, not ending with a comma, ends the preamble too. */
    @Test
    void anUnnumberedOperativeParagraphEndsThePreamble() {
        ParseState state = States.preamble("Recalling its resolution 77/262 of 30 December 2022,");

        recognizer.claim(Blocks.text("Decides to include in the provisional agenda of its seventy-ninth session the item entitled "
                + "\u201cProgramme budget for 2025\u201d."), state);

        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
    }

    /** "l. Decides …": paragraph 1 typed with a letter for its digit is read as paragraph 1, and reported. */
    @Test
    void readsALetterForTheFirstParagraphsOne() {
        ParseState state = States.preamble("Recalling its resolution 56/203 of 21 December 2001,");

        assertThat(recognizer.claim(Blocks.at(40, "l. Decides to convene a high-level dialogue on international migration and development;"), state))
                .isTrue();

        Numbered first = state.resolution().operative().get(0);
        assertThat(first.num()).isEqualTo("1");
        assertThat(first.opening()).isEqualTo("Decides");
        assertThat(first.plain()).startsWith("Decides to convene");
        assertThat(state.paragraph()).isSameAs(first);
        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
        assertThat(state.resolution().repairedWords()).containsExactly("l");
        assertThat(state.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("repair", 40));
    }

    /**
     * Recitals stay recitals: one whose continuation opens with a number ("1325 (2000) …",
     * "2030 Agenda …"), one with a participle, a point "(a)", "I." before no operative verb.
     */
    @Test
    void recitalsAndTheirNearMissesDoNotEndThePreamble() {
        ParseState state = States.preamble("Recalling its resolution");

        assertThat(recognizer.claim(Blocks.afterCut(30, "1325 (2000) of 31 October 2000 on women and peace and security,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.afterCut(31, "2030 Agenda for Sustainable Development,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Reaffirming the continuing validity of the principles of the Charter,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("(a) To develop procedures to collect, prepare and disseminate information,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("I. Organization of work"), state)).isFalse();

        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
        assertThat(state.resolution().operative()).isEmpty();
        assertThat(state.warnings()).isEmpty();
    }

    /** An operative verb that ends with a comma is a recital's clause, not a paragraph. */
    @Test
    void anOperativeVerbEndingWithACommaDoesNotEndThePreamble() {
        ParseState state = States.preamble("Recalling its resolution 56/203 of 21 December 2001,");

        recognizer.claim(Blocks.text("Welcomes the efforts of Member States to protect migrant workers,"), state);

        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
    }

    /** After "The General Assembly" without comma, no preamble comes: a block that is no recital is the operative part. */
    @Test
    void afterAFormulaWithoutCommaAnyNonRecitalEndsThePreamble() {
        ParseState recitalFollows = States.afterFormula();
        recitalFollows.formulaWithoutComma(true);
        recognizer.claim(Blocks.text("Recalling its resolution 56/203 of 21 December 2001,"), recitalFollows);
        assertThat(recitalFollows.zone()).isEqualTo(Zone.PREAMBLE);

        ParseState decisionFollows = States.afterFormula();
        decisionFollows.formulaWithoutComma(true);
        recognizer.claim(Blocks.text("Elects Ms. Maria Gomez as a member of the Advisory Committee for a term beginning on 1 January 2024"), decisionFollows);
        assertThat(decisionFollows.zone()).isEqualTo(Zone.OPERATIVE);
    }

    /**
     * The one sentence of a resolution without numbered paragraphs, with a verb the lexicon lacks,
     * right before the meeting line after recitals that all ended with a comma.
     */
    @Test
    void aClosingSentenceBeforeTheMeetingLineEndsThePreamble() {
        String appoints = "Entrusts Mr. Jorge Moreira da Silva with the office of Executive Director of the United Nations Office "
                + "for Project Services for a term ending on 31 December 2026.";
        ParseState state = States.preamble("Recalling its resolution 72/279 of 31 May 2018,", "Noting the recommendation of the Secretary-General,");

        States.next(state, "42nd plenary meeting");
        recognizer.claim(Blocks.text(appoints), state);
        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);

        ParseState noMeetingAfter = States.preamble("Recalling its resolution 72/279 of 31 May 2018,");
        States.next(noMeetingAfter, "Noting also the statement of the Secretary-General,");
        recognizer.claim(Blocks.text(appoints), noMeetingAfter);
        assertThat(noMeetingAfter.zone()).isEqualTo(Zone.PREAMBLE);
    }

    // In the operative part: numbered paragraphs.

    /** The first numbered paragraph: its number, its opening and its text without the number. */
    @Test
    void readsTheFirstParagraph() {
        ParseState state = States.operative();

        assertThat(recognizer.claim(Blocks.at(40, "1. Takes note of the report of the Secretary-General;"), state)).isTrue();

        Numbered paragraph = state.resolution().operative().get(0);
        assertThat(paragraph.num()).isEqualTo("1");
        assertThat(paragraph.opening()).isEqualTo("Takes note");
        assertThat(paragraph.plain()).isEqualTo("Takes note of the report of the Secretary-General;");
        assertThat(paragraph.line()).isEqualTo(40);
        assertThat(state.paragraph()).isSameAs(paragraph);
    }

    /** OCR may set the period apart from the number: "12 . Decides". */
    @Test
    void readsANumberWithItsPeriodSetApart() {
        ParseState state = States.operative("11. Requests the Secretary-General to report to the General Assembly;");

        assertThat(recognizer.claim(Blocks.text("12 . Decides to include in the provisional agenda of its seventy-ninth session the item;"), state))
                .isTrue();
        assertThat(state.paragraph().num()).isEqualTo("12");
    }

    /** A paragraph or two missing is kept but reported; the numbering goes on. */
    @Test
    void aSmallGapInTheNumberingIsReported() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.at(50, "5. Requests the Secretary-General to continue the review of the fund;"), state)).isTrue();

        assertThat(state.paragraph().num()).isEqualTo("5");
        assertThat(state.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("numbering", 50));
    }

    /** A number far ahead or behind is no next paragraph (a figure, a list's item): declined. */
    @Test
    void declinesANumberThatDoesNotFollow() {
        ParseState state = States.operative("1. Takes note of the report of the Secretary-General;",
                "2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.text("9. Also decides to revert to the question at its seventy-ninth session;"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("2. Endorses the conclusions and recommendations contained in the report;"), state)).isFalse();

        assertThat(state.resolution().operative()).hasSize(2);
        assertThat(state.warnings()).isEmpty();
    }

    /** Decimal numbers follow part by part: 1.2 after 1.1, not 1.1 after 1.2. */
    @Test
    void decimalNumbersFollowPartByPart() {
        ParseState state = States.operative();
        recognizer.claim(Blocks.text("1.1 . Decides that the Working Group shall meet in Vienna;"), state);

        assertThat(recognizer.claim(Blocks.text("1.2. Also decides that the Working Group shall report to the Commission;"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("1.1. Decides that the Working Group shall meet in Vienna;"), state)).isFalse();
        assertThat(state.resolution().operative()).extracting(Numbered::num).containsExactly("1.1", "1.2");
        assertThat(OperativeParagraphRecognizer.compareNumbers("1", "1.1")).isNegative();
        assertThat(OperativeParagraphRecognizer.compareNumbers("2", "1.2")).isPositive();
    }

    /** "3 Calls upon …": the next number printed without its period, before an operative verb, with a warning. */
    @Test
    void readsTheNextNumberPrintedWithoutItsPeriod() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.at(50, "3 Calls upon all States to ensure the protection of migrant workers;"), state)).isTrue();

        assertThat(state.paragraph().num()).isEqualTo("3");
        assertThat(state.paragraph().opening()).isEqualTo("Calls upon");
        assertThat(state.warnings()).extracting(Warning::code).containsExactly("numbering");
    }

    /** A bare number that is not the next, or not before an operative verb, is a figure in the text. */
    @Test
    void declinesABareNumberThatIsAFigure() {
        ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

        assertThat(recognizer.claim(Blocks.text("4 Calls upon all States to ensure the protection of migrant workers;"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("3 Member States have not yet ratified the Convention;"), state)).isFalse();

        assertThat(state.paragraph().num()).isEqualTo("2");
    }

    /** After "… the following provisional agenda:", "1. Opening of the Congress." is the list's item, not paragraph 1. */
    @Test
    void declinesTheItemsOfAParagraphsOwnList() {
        ParseState state = States.operative("11. Approves the following provisional agenda for the Fifteenth Congress, "
                + "finalized by the Commission at its thirty-second session:");

        assertThat(recognizer.claim(Blocks.text("1. Opening of the Congress."), state)).isFalse();

        assertThat(state.resolution().operative()).hasSize(1);
    }

    /** Each group numbers its paragraphs from 1: after a group's number, "1." opens it and belongs to it. */
    @Test
    void theFirstParagraphOfAGroupBelongsToIt() {
        ParseState state = States.operative("1. Takes note of the report of the Secretary-General;",
                "2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");
        state.openGroup("II", "II", null, Blocks.text("II"));

        assertThat(recognizer.claim(Blocks.text("1. Takes note of the report of the Secretary-General;"), state)).isTrue();

        assertThat(state.paragraph().num()).isEqualTo("1");
        assertThat(state.paragraph().group()).isSameAs(state.group());
        assertThat(state.group().num()).isEqualTo("II");
        assertThat(state.groupOpening()).isFalse();
    }
}
