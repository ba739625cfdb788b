package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

class AnnexParagraphRecognizerTest {
    private final AnnexParagraphRecognizer recognizer = new AnnexParagraphRecognizer();

    private static ParseState inAnnex(String... headings) {
        ParseState state = States.operative("3. Decides to adopt the Convention contained in the annex to the present resolution;");
        for (String heading : headings) {
            state.resolution().annexes().add(new Resolution.Annex(new TextUnit(StyledText.of(heading), 400)));
        }
        state.zone(Zone.ANNEX);
        return state;
    }

    /** Every block after an annex's heading is one of its paragraphs, stripped, with its line. */
    @Test
    void aBlockIsAParagraphOfTheAnnex() {
        ParseState state = inAnnex("Annex");

        assertThat(recognizer.claim(Blocks.at(470, "  Provisional agenda for the Fifteenth Congress  "), state)).isTrue();

        TextUnit paragraph = state.resolution().annexes().get(0).paragraphs().get(0);
        assertThat(paragraph.plain()).isEqualTo("Provisional agenda for the Fifteenth Congress");
        assertThat(paragraph.line()).isEqualTo(470);
    }

    /** With several annexes, a block is the last one's. */
    @Test
    void aBlockGoesToTheLastAnnex() {
        ParseState state = inAnnex("Annex I", "Annex II");

        recognizer.claim(Blocks.text("Draft articles on the protection of persons in the event of disasters"), state);

        assertThat(state.resolution().annexes().get(0).paragraphs()).isEmpty();
        assertThat(state.resolution().annexes().get(1).paragraphs()).hasSize(1);
    }

    /**
     * An annexed text has its own numbering and may print its own conclusions: in an annex, a
     * numbered line, a point and a meeting line are annex text, left as printed. The annex zone asks
     * no other recogniser than the annex's.
     */
    @Test
    void inAnAnnexParagraphsPointsAndMeetingLinesAreAnnexText() {
        ParseState state = inAnnex("Annex");

        assertThat(States.claimedBy(Blocks.text("1. Opening of the Conference."), state)).isEqualTo("AnnexParagraphRecognizer");
        assertThat(States.claimedBy(Blocks.text("(a) Election of the President;"), state)).isEqualTo("AnnexParagraphRecognizer");
        assertThat(States.claimedBy(Blocks.text("45th plenary meeting"), state)).isEqualTo("AnnexParagraphRecognizer");
        assertThat(States.claimedBy(Blocks.text("20 December 2023"), state)).isEqualTo("AnnexParagraphRecognizer");

        assertThat(state.resolution().annexes().get(0).paragraphs()).extracting(TextUnit::plain)
                .containsExactly("1. Opening of the Conference.", "(a) Election of the President;", "45th plenary meeting", "20 December 2023");
        assertThat(state.resolution().operative()).hasSize(1);
        assertThat(state.paragraph().points()).isEmpty();
        assertThat(state.resolution().meeting()).isNull();
        assertThat(state.resolution().adoptionDate()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.ANNEX);
    }

    /** An annex paragraph keeps its styles and note calls. */
    @Test
    void keepsStylesAndCalls() {
        ParseState state = inAnnex("Annex");
        StyledText line = StyledText.builder().append("Recalling the ").append("Vienna Declaration", StyledText.ITALIC)
                .call("1").append(",").build();

        recognizer.claim(new Block(line, 480, 480), state);

        StyledText kept = state.resolution().annexes().get(0).paragraphs().get(0).content();
        assertThat(kept.callMarkers()).containsExactly("1");
        assertThat(kept.has(kept.text().indexOf("Vienna"), StyledText.ITALIC)).isTrue();
    }
}
