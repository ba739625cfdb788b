package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.source.StyledText;

class PointRecognizerTest {
    private final PointRecognizer recognizer = new PointRecognizer();

    private ParseState paragraphWithPoints() {
        return States.operative("7. Calls upon States parties to the Convention:");
    }

    /** A point goes under the paragraph being filled, with its label and its text without it. */
    @Test
    void aPointGoesUnderItsParagraph() {
        ParseState state = paragraphWithPoints();

        assertThat(recognizer.claim(Blocks.at(41, "(a) To afford each other assistance in connection with criminal investigations;"), state)).isTrue();

        Numbered point = state.paragraph().points().get(0);
        assertThat(point.num()).isEqualTo("a");
        assertThat(point.opening()).isNull();
        assertThat(point.label()).isNull();
        assertThat(point.plain()).isEqualTo("To afford each other assistance in connection with criminal investigations;");
        assertThat(point.line()).isEqualTo(41);
    }

    /** Roman points after a letter go inside that letter's point; the next letter comes back to the paragraph. */
    @Test
    void romanPointsNestUnderTheLetterBefore() {
        ParseState state = paragraphWithPoints();

        recognizer.claim(Blocks.text("(a) To develop procedures to collect, prepare and disseminate information:"), state);
        recognizer.claim(Blocks.text("(i) On the number of migrant workers;"), state);
        recognizer.claim(Blocks.text("(ii) On their working conditions;"), state);
        recognizer.claim(Blocks.text("(b) To formulate specific proposals;"), state);

        Numbered paragraph = state.paragraph();
        assertThat(paragraph.points()).extracting(Numbered::num).containsExactly("a", "b");
        assertThat(paragraph.points().get(0).points()).extracting(Numbered::num).containsExactly("i", "ii");
        assertThat(paragraph.points().get(1).points()).isEmpty();
    }

    /** "(i)" after "(h)" is the ninth letter, not a roman sublist. */
    @Test
    void iAfterHIsTheNinthLetter() {
        ParseState state = paragraphWithPoints();
        for (char letter = 'a'; letter <= 'h'; letter++) {
            recognizer.claim(Blocks.text("(" + letter + ") To take the measures set out in the report;"), state);
        }

        recognizer.claim(Blocks.text("(i) To report thereon to the Commission at its next session;"), state);

        assertThat(state.paragraph().points()).hasSize(9).last().extracting(Numbered::num).isEqualTo("i");
        assertThat(state.paragraph().points().get(7).points()).isEmpty();
    }

    /** A new paragraph starts the nesting again: its "(i)" is its own first point, not inside the last paragraph's "(a)". */
    @Test
    void aNewParagraphStartsTheNestingAgain() {
        ParseState state = paragraphWithPoints();
        recognizer.claim(Blocks.text("(a) To develop procedures to collect, prepare and disseminate information;"), state);
        States.addParagraph(state, 50, "8. Requests the Secretary-General:");

        recognizer.claim(Blocks.text("(i) To report on the implementation of the present resolution;"), state);

        assertThat(state.paragraph().num()).isEqualTo("8");
        assertThat(state.paragraph().points()).extracting(Numbered::num).containsExactly("i");
        assertThat(state.resolution().operative().get(0).points().get(0).points()).isEmpty();
    }

    /** A numbered list the paragraph announces: "1. Opening of the Congress." is a point labelled as printed. */
    @Test
    void theItemsOfAnAnnouncedListArePointsWithTheirLabels() {
        ParseState state = States.operative("11. Approves the following provisional agenda for the Fifteenth Congress, "
                + "finalized by the Commission at its thirty-second session:");

        assertThat(recognizer.claim(Blocks.text("1.   Opening of the Congress."), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("2.   Organizational matters."), state)).isTrue();

        assertThat(state.paragraph().num()).isEqualTo("11");
        assertThat(state.paragraph().points()).extracting(Numbered::num, Numbered::label, Numbered::plain)
                .containsExactly(tuple("1", "1.", "Opening of the Congress."),
                        tuple("2", "2.", "Organizational matters."));
    }

    /** The list ends at the next paragraph: a number before an operative verb is not the list's. */
    @Test
    void declinesTheNextParagraphAfterAList() {
        ParseState state = States.operative("11. Approves the following provisional agenda for the Fifteenth Congress:");
        recognizer.claim(Blocks.text("1. Opening of the Congress."), state);
        recognizer.claim(Blocks.text("2. Organizational matters."), state);

        assertThat(recognizer.claim(Blocks.text("3. Requests the Secretary-General to facilitate the organization of the Congress;"), state))
                .isFalse();
        assertThat(state.paragraph().points()).hasSize(2);
    }

    /** Without an announcing colon, "1. …" is no list item. */
    @Test
    void declinesANumberedLineWhenNoListWasAnnounced() {
        ParseState state = States.operative("11. Approves the provisional agenda for the Fifteenth Congress;");

        assertThat(recognizer.claim(Blocks.text("1. Opening of the Congress."), state)).isFalse();
        assertThat(state.paragraph().points()).isEmpty();
    }

    /** "(a)" in the preamble is part of the recital before it, not a point of an operative paragraph. */
    @Test
    void aPointInThePreambleStaysInItsRecital() {
        ParseState state = States.preamble("Recalling the key actions for the further implementation of the Programme of Action, in which States agreed:");

        assertThat(recognizer.claim(Blocks.text("(a) To develop procedures to collect, prepare and disseminate information,"), state)).isTrue();

        assertThat(state.resolution().preamble()).hasSize(1);
        assertThat(state.resolution().preamble().get(0).plain())
                .endsWith("in which States agreed: (a) To develop procedures to collect, prepare and disseminate information,");
        assertThat(state.resolution().operative()).isEmpty();
        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
    }

    /** With no recital and no paragraph to hold it, a point is declined. */
    @Test
    void declinesAPointWithNothingToHoldIt() {
        ParseState preamble = States.afterFormula();
        assertThat(recognizer.claim(Blocks.text("(a) To develop procedures;"), preamble)).isFalse();

        ParseState groupOpened = States.operative();
        groupOpened.openGroup("I", "I", null, Blocks.text("I"));
        assertThat(recognizer.claim(Blocks.text("(a) To develop procedures;"), groupOpened)).isFalse();
    }

    /** "(1)", "(A)" and a parenthesis opening a sentence are not points. */
    @Test
    void declinesOtherParentheses() {
        ParseState state = paragraphWithPoints();

        assertThat(recognizer.claim(Blocks.text("(1) To afford each other assistance;"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("(A) To afford each other assistance;"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("(see A/78/7/Add.25) and requests the Secretary-General to report;"), state)).isFalse();

        assertThat(state.paragraph().points()).isEmpty();
    }

    /** A point keeps its styles (a title in italics). */
    @Test
    void aPointKeepsItsStyles() {
        ParseState state = paragraphWithPoints();
        StyledText line = StyledText.builder().append("(a) To implement the ").append("Global Compact", StyledText.ITALIC).append(";").build();

        recognizer.claim(new Block(line, 3, 3), state);

        StyledText point = state.paragraph().points().get(0).content();
        assertThat(point.text()).isEqualTo("To implement the Global Compact;");
        assertThat(point.has(point.text().indexOf("Global"), StyledText.ITALIC)).isTrue();
    }
}
