package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.pipeline.Warning;
import org.plenary.source.StyledText;

class FormulaRecognizerTest {
    private final FormulaRecognizer recognizer = new FormulaRecognizer();
    private final ParseState state = States.cover();

    /** The formula ends the cover: it is kept with its line, names the organ and opens the preamble. */
    @Test
    void readsTheFormulaAndOpensThePreamble() {
        assertThat(recognizer.claim(Blocks.at(17, "The General Assembly,"), state)).isTrue();

        assertThat(state.resolution().formula().plain()).isEqualTo("The General Assembly,");
        assertThat(state.resolution().formula().line()).isEqualTo(17);
        assertThat(state.resolution().organ()).isEqualTo("General Assembly");
        assertThat(state.formulaWithoutComma()).isFalse();
        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
    }

    @Test
    void namesTheSecurityCouncil() {
        assertThat(recognizer.claim(Blocks.text("The Security Council,"), state)).isTrue();

        assertThat(state.resolution().organ()).isEqualTo("Security Council");
    }

    /** "The General Assembly" without its comma: no preamble follows, the operative part does. */
    @Test
    void remembersAFormulaWithoutComma() {
        assertThat(recognizer.claim(Blocks.text("The General Assembly"), state)).isTrue();

        assertThat(state.formulaWithoutComma()).isTrue();
        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
    }

    /** OCR's digits for letters: the damaged line is the formula when a recital follows, with a warning. */
    @Test
    void readsAFormulaOcrDamagedWhenARecitalFollows() {
        States.next(state, "Recalling its resolution 56/203 of 21 December 2001,");

        assertThat(recognizer.claim(Blocks.at(9, "The Genera1 Assemb1y,"), state)).isTrue();

        assertThat(state.resolution().formula().plain()).isEqualTo("The Genera1 Assemb1y,");
        assertThat(state.resolution().organ()).isEqualTo("General Assembly");
        assertThat(state.formulaWithoutComma()).isFalse();
        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
        assertThat(state.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("repair", 9));
    }

    @Test
    void readsADamagedSecurityCouncilFormulaWithoutComma() {
        States.next(state, "1. Decides to extend the mandate of the Mission until 31 December 2024;");

        assertThat(recognizer.claim(Blocks.text("The Security Counci1"), state)).isTrue();

        assertThat(state.resolution().organ()).isEqualTo("Security Council");
        assertThat(state.formulaWithoutComma()).isTrue();
    }

    /** A damaged formula is only guessed at before a recital or paragraph 1: elsewhere the line is left alone. */
    @Test
    void declinesALineLikeADamagedFormulaWhenNoBodyFollows() {
        States.next(state, "Distr.: General");

        assertThat(recognizer.claim(Blocks.text("The Genera1 Assemb1y,"), state)).isFalse();

        assertThat(state.resolution().formula()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.COVER);
        assertThat(state.warnings()).isEmpty();
    }

    /** The organ's name on the cover and the adoption heading are not the formula. */
    @Test
    void declinesTheOrgansNameOnTheCover() {
        assertThat(recognizer.claim(Blocks.text("General Assembly"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("Resolution adopted by the General Assembly on 22 December 2023"), state)).isFalse();
        assertThat(recognizer.claim(Blocks.text("The General Assembly decides to include the item in its provisional agenda."), state)).isFalse();

        assertThat(state.resolution().formula()).isNull();
        assertThat(state.zone()).isEqualTo(Zone.COVER);
    }

    /**
     * A PDF that printed no formula: after the title, a recital's opening ends the cover. The block
     * is declined (it is the preamble's first recital) but the zone moves on, with a warning.
     */
    @Test
    void aRecitalAfterTheTitleOpensThePreambleWithoutFormula() {
        state.resolution().title(new TextUnit(StyledText.of("International migration and development"), 12));

        assertThat(recognizer.claim(Blocks.at(14, "Recalling its resolution 56/203 of 21 December 2001,"), state)).isFalse();

        assertThat(state.zone()).isEqualTo(Zone.PREAMBLE);
        assertThat(state.resolution().formula()).isNull();
        assertThat(state.warnings()).extracting(Warning::code).containsExactly("missing-formula");
    }

    /** Before any title, or when the line does not end as a recital does, the cover goes on. */
    @Test
    void aRecitalLikeLineDoesNotEndTheCoverBeforeTheTitleOrWithoutItsComma() {
        assertThat(recognizer.claim(Blocks.text("Recalling its resolution 56/203 of 21 December 2001,"), state)).isFalse();
        assertThat(state.zone()).isEqualTo(Zone.COVER);

        state.resolution().title(new TextUnit(StyledText.of("International migration and development"), 12));
        assertThat(recognizer.claim(Blocks.text("Recalling its resolution 56/203 of 21 December 2001"), state)).isFalse();

        assertThat(state.zone()).isEqualTo(Zone.COVER);
        assertThat(state.warnings()).isEmpty();
    }
}
