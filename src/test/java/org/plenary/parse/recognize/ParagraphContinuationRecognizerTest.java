package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.pipeline.Warning;
import org.plenary.source.StyledText;

class ParagraphContinuationRecognizerTest {
    private final ParagraphContinuationRecognizer recognizer = new ParagraphContinuationRecognizer();

    private static void addPoint(ParseState state, String num, String text) {
        state.nesting().add(state.paragraph(), new Numbered(num, null, StyledText.of(text), 30));
    }

    /** A page break cut the paragraph: the rest is joined to it. */
    @Test
    void joinsTheRestOfAParagraphAfterAPageBreak() {
        ParseState state = States.operative("3. Notes the performance report for 2022 that provides a view of the");

        assertThat(recognizer.claim(Blocks.afterCut(60, "implementation of the 2022 budget, and requests the Secretary-General to continue its further improvement;"), state))
                .isTrue();

        assertThat(state.resolution().operative()).hasSize(1);
        assertThat(state.paragraph().plain()).isEqualTo("Notes the performance report for 2022 that provides a view of the "
                + "implementation of the 2022 budget, and requests the Secretary-General to continue its further improvement;");
        assertThat(state.warnings()).isEmpty();
    }

    /** When the paragraph has points, the rest after the cut is its last point's. */
    @Test
    void joinsTheRestToTheLastPoint() {
        ParseState state = States.operative("7. Calls upon States parties to the Convention:");
        addPoint(state, "a", "To develop procedures to collect, prepare and disseminate, particularly to");

        recognizer.claim(Blocks.afterCut(60, "developing countries, information on international migration;"), state);

        assertThat(state.paragraph().plain()).isEqualTo("Calls upon States parties to the Convention:");
        assertThat(state.paragraph().points().get(0).plain()).endsWith("particularly to developing countries, information on international migration;");
    }

    /** After a cut, a block that opens with an operative verb is no rest: it is a paragraph of its own, unnumbered. */
    @Test
    void anOperativeVerbAfterACutIsAnUnnumberedParagraph() {
        ParseState state = States.operative("1. Takes note of the report of the Secretary-General;");

        recognizer.claim(Blocks.afterCut(60, "Requests the Secretary-General to report thereon to the General Assembly at its seventy-ninth session;"), state);

        assertThat(state.resolution().operative()).extracting(Numbered::num, Numbered::opening)
                .containsExactly(tuple("1", "Takes note"), tuple(null, "Requests"));
    }

    /** Before any paragraph, a block of the operative part is an unnumbered paragraph. */
    @Test
    void theFirstBlockIsAnUnnumberedParagraph() {
        ParseState state = States.operative();

        assertThat(recognizer.claim(Blocks.at(44, "Decides to include in the provisional agenda of its seventy-ninth session the item entitled "
                + "\u201cProgramme budget for 2025\u201d."), state)).isTrue();

        Numbered paragraph = state.paragraph();
        assertThat(paragraph.num()).isNull();
        assertThat(paragraph.opening()).isEqualTo("Decides");
        assertThat(paragraph.line()).isEqualTo(44);
    }

    /** "Z. Takes note …": a label damaged beyond reading before an operative verb is dropped, with a warning. */
    @Test
    void dropsANumberDamagedBeyondReading() {
        ParseState state = States.operative();

        recognizer.claim(Blocks.at(44, "Z. Takes note of the report of the Secretary-General;"), state);

        assertThat(state.paragraph().num()).isNull();
        assertThat(state.paragraph().plain()).isEqualTo("Takes note of the report of the Secretary-General;");
        assertThat(state.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("repair", 44));
    }

    /** A label before words that are no operative verb is text: "C. Danger pay" keeps its words. */
    @Test
    void keepsALabelBeforeOtherWords() {
        ParseState state = States.operative();

        recognizer.claim(Blocks.text("C. Danger pay"), state);

        assertThat(state.paragraph().plain()).isEqualTo("C. Danger pay");
        assertThat(state.warnings()).isEmpty();
    }

    /** After a paragraph's points, the text that closes them is the paragraph's wrap-up; a second block goes on from it. */
    @Test
    void textAfterThePointsIsTheWrapUp() {
        ParseState state = States.operative("7. Calls upon States parties to the Convention:");
        addPoint(state, "a", "To afford each other assistance in connection with criminal investigations;");
        addPoint(state, "b", "To exchange information on the prevention of trafficking;");

        recognizer.claim(Blocks.at(70, "and requests the Secretary-General to report thereon to the Commission"), state);
        recognizer.claim(Blocks.at(72, "at its thirty-third session."), state);

        assertThat(state.paragraph().wrapUp().plain())
                .isEqualTo("and requests the Secretary-General to report thereon to the Commission at its thirty-third session.");
        assertThat(state.paragraph().wrapUp().line()).isEqualTo(70);
        assertThat(state.paragraph().points()).hasSize(2);
    }

    /** After a paragraph that ended its sentence, a capitalised block is a paragraph of its own. */
    @Test
    void aNewSentenceAfterAFinishedParagraphIsAParagraphOfItsOwn() {
        ParseState state = States.operative("1. Takes note of the report of the Secretary-General;");

        recognizer.claim(Blocks.text("Further invites Member States to contribute to the Trust Fund;"), state);

        assertThat(state.resolution().operative()).extracting(Numbered::num).containsExactly("1", null);
        assertThat(state.paragraph().opening()).isEqualTo("Further invites");
    }

    /** In text, a block that no cut explains is joined to an unfinished paragraph, with a warning. */
    @Test
    void joinsABlockToAnUnfinishedParagraphWithAWarning() {
        ParseState state = States.operative("4. Requests the Secretary-General to submit a report");

        recognizer.claim(Blocks.at(80, "to the General Assembly at its seventy-ninth session;"), state);

        assertThat(state.resolution().operative()).hasSize(1);
        assertThat(state.paragraph().plain()).isEqualTo("Requests the Secretary-General to submit a report to the General Assembly at its seventy-ninth session;");
        assertThat(state.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("joined", 80));
        assertThat(state.warnings().get(0).message()).contains("paragraph 4");
    }

    /** In print, a block is what the page shows: the same block is a paragraph of its own. */
    @Test
    void inPrintABlockIsAParagraphOfItsOwn() {
        ParseState state = States.operative("4. Requests the Secretary-General to submit a report");

        recognizer.claim(new Block(StyledText.of("to the General Assembly at its seventy-ninth session;"), 80, 80, false,
                new Block.Look(false, false, true, 2, true, false)), state);

        assertThat(state.resolution().operative()).extracting(Numbered::num).containsExactly("4", null);
        assertThat(state.warnings()).isEmpty();
    }

    /** In text, a block after a line that stopped short is a paragraph of its own too, not the rest of the one before. */
    @Test
    void inTextABlockAfterAShortLineIsAParagraphOfItsOwn() {
        ParseState state = States.operative("4. Decides that the Summit will have two round tables on the following themes:");
        recognizer.claim(Blocks.text("Round table 1: Strengthening the three pillars of social development and social inclusion"), state);

        recognizer.claim(new Block(StyledText.of("Round table 2: Assessing progress and addressing gaps;"), 138, 141, false,
                new Block.Look(false, false, false, 0, false, true)), state);

        assertThat(state.resolution().operative()).extracting(Numbered::num).containsExactly("4", null, null);
        assertThat(state.warnings()).isEmpty();
    }
}
