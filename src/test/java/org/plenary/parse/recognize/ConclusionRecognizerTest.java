package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;

class ConclusionRecognizerTest {
    private final ConclusionRecognizer recognizer = new ConclusionRecognizer();
    private final ParseState state = States.operative("2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;");

    /** The meeting line ends the operative part; its date, printed on the next line, is awaited. */
    @Test
    void theMeetingLineEndsTheOperativePart() {
        assertThat(recognizer.claim(Blocks.text("50th plenary meeting"), state)).isTrue();

        assertThat(state.resolution().meeting()).isEqualTo("50th plenary meeting");
        assertThat(state.resolution().adoptionDate()).isNull();
        assertThat(state.conclusionDatePending()).isTrue();
        assertThat(state.zone()).isEqualTo(Zone.AFTER_CONCLUSIONS);
    }

    /** The date on the line after the meeting is the adoption date; a second date is not. */
    @Test
    void theDateOnTheNextLineIsTheAdoptionDate() {
        recognizer.claim(Blocks.text("50th plenary meeting"), state);

        assertThat(recognizer.claim(Blocks.text("22 December 2023"), state)).isTrue();
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(state.conclusionDatePending()).isFalse();

        assertThat(recognizer.claim(Blocks.text("28 December 2023"), state)).isFalse();
        assertThat(state.resolution().adoptionDate().printed()).isEqualTo("22 December 2023");
    }

    /** The meeting and its date on one line, as older resolutions and text exports print them. */
    @Test
    void readsTheMeetingAndTheDateOnOneLine() {
        assertThat(recognizer.claim(Blocks.text("87th plenary meeting 22 December 1999"), state)).isTrue();

        assertThat(state.resolution().meeting()).isEqualTo("87th plenary meeting");
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(1999, 12, 22));
        assertThat(state.conclusionDatePending()).isFalse();
    }

    /** A date followed by its full stop is the date all the same. */
    @Test
    void readsADateWithItsFullStop() {
        recognizer.claim(Blocks.text("87th plenary meeting"), state);

        assertThat(recognizer.claim(Blocks.text("22 December 1999."), state)).isTrue();
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(1999, 12, 22));
    }

    /** OCR runs the words together; a resumed meeting keeps its "(resumed)". */
    @Test
    void readsDamagedAndResumedMeetings() {
        recognizer.claim(Blocks.text("30th plenarymeeting"), state);
        assertThat(state.resolution().meeting()).isEqualTo("30th plenary meeting");

        ParseState resumed = States.operative("1. Decides to defer consideration of the item;");
        recognizer.claim(Blocks.text("100th (resumed) plenary meeting"), resumed);
        assertThat(resumed.resolution().meeting()).isEqualTo("100th (resumed) plenary meeting");
    }

    /** A paragraph or a recital that mentions a meeting does not end the operative part. */
    @Test
    void declinesTextThatMentionsAMeeting() {
        assertThat(recognizer.claim(Blocks.text("3. Decides to consider the question at its 42nd plenary meeting;"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Recalling the decision taken at its 42nd plenary meeting, on 19 December 2023,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("22 December 2023"), state)).isFalse();

        assertThat(state.zone()).isEqualTo(Zone.OPERATIVE);
        assertThat(state.resolution().meeting()).isNull();
        assertThat(state.resolution().adoptionDate()).isNull();
    }

    /** Only the block right after the meeting may be its date: furniture in between ends the wait. */
    @Test
    void furnitureAfterTheMeetingEndsTheWaitForItsDate() {
        recognizer.claim(Blocks.text("50th plenary meeting"), state);

        assertThat(recognizer.claim(Blocks.text("23-26236 (E) 050124"), state)).isFalse();
        assertThat(state.conclusionDatePending()).isFalse();
        assertThat(recognizer.claim(Blocks.text("22 December 2023"), state)).isFalse();

        assertThat(state.resolution().adoptionDate()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.AFTER_CONCLUSIONS);
    }
}
