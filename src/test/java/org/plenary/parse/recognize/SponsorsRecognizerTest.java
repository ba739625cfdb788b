package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Resolution;
import org.plenary.source.StyledText;

class SponsorsRecognizerTest {
    private final SponsorsRecognizer recognizer = new SponsorsRecognizer();
    private final ParseState state = States.cover();

    /** The sponsors' line makes the document a draft and names its sponsors; the title follows. */
    @Test
    void readsTheSponsorsOfADraft() {
        state.titleOpen(true);

        assertThat(recognizer.claim(Blocks.text("Albania, Andorra, Austria and Belgium: draft resolution"), state)).isTrue();

        assertThat(state.resolution().sponsors()).isEqualTo("Albania, Andorra, Austria and Belgium");
        assertThat(state.resolution().kind()).isEqualTo(Resolution.Kind.DRAFT_RESOLUTION);
        assertThat(state.titleOpen()).isFalse();
    }

    /** A revised draft, and a sponsor marked with a note call ("Morocco:*"), read the same. */
    @Test
    void readsARevisedDraftWithANoteCall() {
        StyledText line = StyledText.builder().append("Morocco:").call("*").append(" revised draft resolution").build();

        assertThat(recognizer.claim(new Block(line, 8, 8), state)).isTrue();

        assertThat(state.resolution().sponsors()).isEqualTo("Morocco");
    }

    /** After the sponsors, the next line is the draft's title (a draft has no number), kept open for its wrap. */
    @Test
    void theLineAfterTheSponsorsIsTheTitle() {
        recognizer.claim(Blocks.text("Morocco: draft resolution"), state);

        assertThat(recognizer.claim(Blocks.at(12, "International migration and development"), state)).isTrue();

        assertThat(state.resolution().title().plain()).isEqualTo("International migration and development");
        assertThat(state.resolution().title().line()).isEqualTo(12);
        assertThat(state.titleOpen()).isTrue();
    }

    /** A cover line between the sponsors and the title ("Original: English") is not the title. */
    @Test
    void aCoverLineAfterTheSponsorsIsNotTheTitle() {
        recognizer.claim(Blocks.text("Morocco: draft resolution"), state);

        assertThat(recognizer.claim(Blocks.text("Original: English"), state)).isFalse();
        assertThat(state.resolution().title()).isNull();
    }

    /** Once the title is read, the recogniser takes nothing more. */
    @Test
    void declinesOnceTheTitleIsRead() {
        recognizer.claim(Blocks.text("Morocco: draft resolution"), state);
        recognizer.claim(Blocks.text("International migration and development"), state);

        assertThat(recognizer.claim(Blocks.text("The General Assembly,"), state)).isFalse();
        assertThat(state.resolution().title().plain()).isEqualTo("International migration and development");
    }

    /** An adopted resolution has no sponsors: its title-like lines are not taken, and it stays a resolution. */
    @Test
    void declinesTitleLikeLinesWithoutSponsors() {
        assertThat(recognizer.claim(Blocks.text("Proposed programme budget for 2024"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the General Assembly on 22 December 2023"), state)).isFalse();

        assertThat(state.resolution().sponsors()).isNull();
        assertThat(state.resolution().title()).isNull();
        assertThat(state.resolution().kind()).isEqualTo(Resolution.Kind.RESOLUTION);
    }

    /** A colon in a line that does not end with "draft resolution" is not a sponsors' line. */
    @Test
    void declinesAColonLineThatIsNoDraftsHeading() {
        assertThat(recognizer.claim(Blocks.text("Original: English"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Distr.: Limited"), state)).isFalse();

        assertThat(state.resolution().sponsors()).isNull();
    }
}
