package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;

class CoverFieldRecognizerTest {
    private final CoverFieldRecognizer recognizer = new CoverFieldRecognizer();
    private final ParseState state = States.cover();

    /** The symbol printed on the cover is the document's, and marked as printed. */
    @Test
    void readsTheSymbol() {
        assertThat(recognizer.claim(Blocks.text("A/RES/78/253"), state)).isTrue();

        assertThat(state.resolution().symbol()).isEqualTo("A/RES/78/253");
        assertThat(state.resolution().symbolPrinted()).isTrue();
        assertThat(state.resolution().coverLines()).containsExactly("A/RES/78/253");
    }

    /** The date under "Distr.: General" is the distribution date. */
    @Test
    void readsTheDistributionDate() {
        assertThat(recognizer.claim(Blocks.text("28 December 2023"), state)).isTrue();

        assertThat(state.resolution().distributionDate().date()).isEqualTo(LocalDate.of(2023, 12, 28));
    }

    @Test
    void readsTheSessionAndTheAgendaItem() {
        assertThat(recognizer.claim(Blocks.text("Seventy-eighth session"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("Agenda item 99 (e)"), state)).isTrue();

        assertThat(state.resolution().session()).isEqualTo("Seventy-eighth session");
        assertThat(state.resolution().agendaItem()).isEqualTo("99 (e)");
        assertThat(state.resolution().coverLines()).containsExactly("Seventy-eighth session", "Agenda item 99 (e)");
    }

    /** Lines that carry no field we keep are still the cover's: claimed, recorded, nothing filled. */
    @Test
    void claimsCoverLinesThatCarryNoField() {
        assertThat(recognizer.claim(Blocks.text("Distr.: General"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("Original: English"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("United Nations"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("General Assembly"), state)).isTrue();

        assertThat(state.resolution().coverLines()).containsExactly("Distr.: General", "Original: English", "United Nations", "General Assembly");
        assertThat(state.resolution().symbol()).isNull();
        assertThat(state.resolution().distributionDate()).isNull();
    }

    /** A cover run together repeats its fields (a running header, a Word export): the first printed wins. */
    @Test
    void keepsTheFirstValueOfAField() {
        recognizer.claim(Blocks.text("A/RES/78/253"), state);
        recognizer.claim(Blocks.text("28 December 2023"), state);

        assertThat(recognizer.claim(Blocks.text("A/78/L.20"), state)).isTrue();
        assertThat(recognizer.claim(Blocks.text("5 January 2024"), state)).isTrue();

        assertThat(state.resolution().symbol()).isEqualTo("A/RES/78/253");
        assertThat(state.resolution().distributionDate().printed()).isEqualTo("28 December 2023");
    }

    /** The adoption heading holds a date, but that date is the adoption's, not the distribution's. */
    @Test
    void declinesTheAdoptionHeadingsDate() {
        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the General Assembly on 22 December 2023"), state)).isFalse();

        assertThat(state.resolution().distributionDate()).isNull();
        assertThat(state.resolution().coverLines()).isEmpty();
    }

    /** The report cited in the committee line is not the document's symbol. */
    @Test
    void declinesTheSymbolInABracketedLine() {
        assertThat(recognizer.claim(Blocks.text("[on the report of the Fifth Committee (A/78/662, para. 83)]"), state)).isFalse();

        assertThat(state.resolution().symbol()).isNull();
    }

    /** The agenda item's title under its number (a budget resolution's cover) carries no field. */
    @Test
    void declinesTheAgendaItemsTitle() {
        assertThat(recognizer.claim(Blocks.text("Proposed programme budget for 2024"), state)).isFalse();

        assertThat(state.resolution().coverLines()).isEmpty();
    }

    /** Whatever it decides, a cover field ends a wrapped title: the next line is not the title's. */
    @Test
    void closesTheTitleEvenWhenItDeclines() {
        state.titleOpen(true);

        recognizer.claim(Blocks.text("Proposed programme budget for 2024"), state);

        assertThat(state.titleOpen()).isFalse();
    }

    /** After the conclusions only short lines are fields: prose citing a symbol is not a cover run together. */
    @Test
    void withALimitDeclinesProseThatCitesASymbol() {
        CoverFieldRecognizer afterConclusions = new CoverFieldRecognizer(100);
        String prose = "The present resolution was circulated together with the report of the Secretary-General "
                + "contained in document A/78/505 of 2 October 2023.";

        assertThat(afterConclusions.claim(Blocks.text(prose), state)).isFalse();
        assertThat(afterConclusions.claim(Blocks.text("A/RES/78/253"), state)).isTrue();

        assertThat(state.resolution().symbol()).isEqualTo("A/RES/78/253");
        assertThat(state.resolution().distributionDate()).isNull();
    }
}
