package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.source.StyledText;

class ResolutionNumberRecognizerTest {
    private final ResolutionNumberRecognizer recognizer = new ResolutionNumberRecognizer();
    private final ParseState state = States.cover();

    /** "78/253. Title": the number and the title, which stays open for a wrapped line. */
    @Test
    void readsTheNumberAndTheTitle() {
        assertThat(recognizer.claim(Blocks.at(15, "78/253. Special subjects relating to the proposed programme budget"), state)).isTrue();

        assertThat(state.resolution().number()).isEqualTo("78/253");
        assertThat(state.resolution().title().plain()).isEqualTo("Special subjects relating to the proposed programme budget");
        assertThat(state.resolution().title().line()).isEqualTo(15);
        assertThat(state.titleOpen()).isTrue();
    }

    /** The numbers of emergency special sessions, of a part of a resolution, and of the old series. */
    @Test
    void readsOtherNumberingSchemes() {
        ParseState emergency = States.cover();
        recognizer.claim(Blocks.text("ES-10/21. Protection of civilians and upholding legal and humanitarian obligations"), emergency);
        assertThat(emergency.resolution().number()).isEqualTo("ES-10/21");

        ParseState part = States.cover();
        recognizer.claim(Blocks.text("69/274 A. Special subjects relating to the programme budget for the biennium 2014-2015"), part);
        assertThat(part.resolution().number()).isEqualTo("69/274 A");
        assertThat(part.resolution().title().plain()).startsWith("Special subjects");

        ParseState old = States.cover();
        recognizer.claim(Blocks.text("3314 (XXIX). Definition of Aggression"), old);
        assertThat(old.resolution().number()).isEqualTo("3314 (XXIX)");
        assertThat(old.resolution().title().plain()).isEqualTo("Definition of Aggression");
    }

    /** A Security Council resolution prints its number alone: a cover line, no title. */
    @Test
    void readsASecurityCouncilNumberAlone() {
        assertThat(recognizer.claim(Blocks.text("Resolution 2334 (2016)"), state)).isTrue();

        assertThat(state.resolution().number()).isEqualTo("2334 (2016)");
        assertThat(state.resolution().title()).isNull();
        assertThat(state.resolution().coverLines()).containsExactly("Resolution 2334 (2016)");
        assertThat(state.titleOpen()).isFalse();
    }

    /** The title keeps its styles: an italic word in it stays italic. */
    @Test
    void keepsTheTitlesStyles() {
        StyledText line = StyledText.builder().append("77/335. Agreement under the ")
                .append("United Nations Convention on the Law of the Sea", StyledText.ITALIC).build();

        recognizer.claim(new Block(line, 3, 3), state);

        StyledText title = state.resolution().title().content();
        assertThat(title.text()).isEqualTo("Agreement under the United Nations Convention on the Law of the Sea");
        assertThat(title.has(0, StyledText.ITALIC)).isFalse();
        assertThat(title.has(title.length() - 1, StyledText.ITALIC)).isTrue();
    }

    /** Once the number is read, a second numbered line (a running header's, a cited resolution) is not taken. */
    @Test
    void declinesASecondNumber() {
        recognizer.claim(Blocks.text("78/253. Special subjects relating to the proposed programme budget"), state);

        assertThat(recognizer.claim(Blocks.text("77/263. Questions relating to the proposed programme budget for 2023"), state)).isFalse();
        assertThat(state.resolution().number()).isEqualTo("78/253");
    }

    /** The symbol, the distribution date and a recital citing a resolution are not the number line. */
    @Test
    void declinesLinesThatOnlyMentionANumber() {
        assertThat(recognizer.claim(Blocks.text("A/RES/78/253"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("28 December 2023"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Recalling its resolution 77/262 of 30 December 2022,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Agenda item 134"), state)).isFalse();

        assertThat(state.resolution().number()).isNull();
        assertThat(state.resolution().title()).isNull();
    }
}
