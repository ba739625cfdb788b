package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

class TitleContinuationRecognizerTest {
    private final TitleContinuationRecognizer recognizer = new TitleContinuationRecognizer();
    private final ParseState state = States.cover();

    @BeforeEach
    void openTheTitle() {
        state.resolution().number("78/253");
        state.resolution().title(new TextUnit(StyledText.of("Special subjects relating to the proposed programme budget"), 15));
        state.titleOpen(true);
    }

    /** A title wrapped onto the next block is joined to it with a space. */
    @Test
    void joinsTheWrappedLineToTheTitle() {
        assertThat(recognizer.claim(Blocks.text("for 2024"), state)).isTrue();

        assertThat(state.resolution().title().plain()).isEqualTo("Special subjects relating to the proposed programme budget for 2024");
        assertThat(state.resolution().title().line()).isEqualTo(15);
    }

    /** A long title may hold a date itself: a long line with one is the title's. */
    @Test
    void joinsALongLineThatHoldsADate() {
        state.resolution().title(new TextUnit(StyledText.of("Agreement for the Implementation of the Provisions of the"), 15));

        assertThat(recognizer.claim(Blocks.text(
                "United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management"), state))
                .isTrue();
        assertThat(state.resolution().title().plain()).contains("of 10 December 1982 relating to");
    }

    /** A line that opens in lower case goes on from the title, whatever it holds. */
    @Test
    void joinsALowerCaseLineEvenWithADate() {
        assertThat(recognizer.claim(Blocks.text("of 10 December 1982"), state)).isTrue();
    }

    /** Nothing is joined once the title is closed (by the adoption heading, a cover field …). */
    @Test
    void declinesWhenTheTitleIsClosed() {
        state.titleOpen(false);

        assertThat(recognizer.claim(Blocks.text("for 2024"), state)).isFalse();
        assertThat(state.resolution().title().plain()).isEqualTo("Special subjects relating to the proposed programme budget");
    }

    /** A title that ended with its full stop is complete. */
    @Test
    void declinesAfterATitleThatEndsWithAFullStop() {
        state.resolution().title(new TextUnit(StyledText.of("Definition of Aggression."), 15));

        assertThat(recognizer.claim(Blocks.text("Annexed Definition"), state)).isFalse();
    }

    /** The cover lines that may come between the title and the formula are not the title's. */
    @Test
    void declinesCoverLinesAfterTheTitle() {
        assertThat(recognizer.claim(Blocks.text("[on the report of the Fifth Committee (A/78/662, para. 83)]"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("A/RES/78/253"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("28 December 2023"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the General Assembly on 22 December 2023"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("* Reissued for technical reasons on 5 January 2024."), state)).isFalse();

        assertThat(state.resolution().title().plain()).isEqualTo("Special subjects relating to the proposed programme budget");
    }

    /** A block of 400 characters or more is prose, not a title's wrapped line. */
    @Test
    void declinesALongBlock() {
        String recital = "Recalling section II of its resolution 60/283 of 7 July 2006, section II of its resolution 63/262 "
                + "of 24 December 2008, its resolution 64/243 of 24 December 2009, section II.A of its resolution 65/259 "
                + "of 24 December 2010, its resolution 66/246 of 24 December 2011, section III of its resolution 66/263 "
                + "of 21 June 2012, section III of its resolution 67/246 of 24 December 2012 and its resolution 68/246,";

        assertThat(recognizer.claim(Blocks.text(recital), state)).isFalse();
    }
}
