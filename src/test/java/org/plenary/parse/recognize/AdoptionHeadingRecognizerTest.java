package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;

class AdoptionHeadingRecognizerTest {
    private final AdoptionHeadingRecognizer recognizer = new AdoptionHeadingRecognizer();
    private final ParseState state = States.cover();

    /** The General Assembly's heading gives the organ and the adoption date, and closes the title. */
    @Test
    void readsTheAssemblysHeadingWithItsDate() {
        state.titleOpen(true);

        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the General Assembly on 22 December 2023"), state)).isTrue();

        assertThat(state.resolution().organ()).isEqualTo("General Assembly");
        assertThat(state.resolution().heading()).isEqualTo("Resolution adopted by the General Assembly on 22 December 2023");
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(state.resolution().adoptionDate().printed()).isEqualTo("22 December 2023");
        assertThat(state.titleOpen()).isFalse();
        assertThat(state.warnings()).isEmpty();
    }

    /** Older covers print the heading in capitals and without a date: still the heading, no date invented. */
    @Test
    void readsACapitalisedHeadingWithoutDate() {
        assertThat(recognizer.claim(Blocks.text("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY"), state)).isTrue();

        assertThat(state.resolution().heading()).isEqualTo("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY");
        assertThat(state.resolution().adoptionDate()).isNull();
    }

    /** The Economic and Social Council prints the same heading: the organ follows it. */
    @Test
    void namesTheEconomicAndSocialCouncil() {
        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the Economic and Social Council on 25 July 2023"), state)).isTrue();

        assertThat(state.resolution().organ()).isEqualTo("Economic and Social Council");
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(2023, 7, 25));
    }

    /** The Security Council's line gives the organ, the meeting and the date. */
    @Test
    void readsTheSecurityCouncilsAdoptionLine() {
        assertThat(recognizer.claim(Blocks.text("Adopted by the Security Council at its 7853rd meeting, on 23 December 2016"), state)).isTrue();

        assertThat(state.resolution().organ()).isEqualTo("Security Council");
        assertThat(state.resolution().meeting()).isEqualTo("7853rd meeting");
        assertThat(state.resolution().adoptionDate().date()).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(state.resolution().heading()).startsWith("Adopted by the Security Council");
    }

    /** A recital that cites an adopted resolution is not the heading: the heading stands alone on its line. */
    @Test
    void declinesARecitalThatCitesAnAdoption() {
        assertThat(recognizer.claim(Blocks.text(
                "Recalling the resolution adopted by the General Assembly on 22 December 1999 on international migration and development,"),
                state)).isFalse();
        assertThat(recognizer.claim(Blocks.text(
                "Recalling its resolution 2334 (2016), adopted by the Security Council at its 7853rd meeting, on 23 December 2016,"),
                state)).isFalse();

        assertThat(state.resolution().heading()).isNull();
        assertThat(state.resolution().adoptionDate()).isNull();
        assertThat(state.resolution().organ()).isEqualTo("General Assembly");
    }

    /** The distribution date and the formula are other cover lines, not the heading. */
    @Test
    void declinesOtherCoverLines() {
        assertThat(recognizer.claim(Blocks.text("28 December 2023"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("The General Assembly,"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("General Assembly"), state)).isFalse();

        assertThat(state.resolution().heading()).isNull();
    }
}
