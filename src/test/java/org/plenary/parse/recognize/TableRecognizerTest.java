package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.layout.Table;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.PrintedTable;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

class TableRecognizerTest {
    private final TableRecognizer recognizer = new TableRecognizer();

    private static Block table(int line) {
        Table table = new Table(List.of(
                new Table.Row(true, List.of(StyledText.of("Action", StyledText.ITALIC), StyledText.of("Number", StyledText.ITALIC))),
                new Table.Row(false, List.of(StyledText.of("New post"), StyledText.of("1")))));
        return new Block(table.text(), line, line + 3, false, Block.Look.UNKNOWN, table);
    }

    /** A table under an operative paragraph is that paragraph's: it announced it ("in the table below:"). */
    @Test
    void aTableIsThePreviousParagraphs() {
        ParseState state = States.operative("6. Approves the changes to the staffing table as set out in the table below:");

        assertThat(recognizer.claim(table(40), state)).isTrue();

        Numbered paragraph = state.resolution().operative().get(0);
        assertThat(paragraph.tables()).hasSize(1);
        PrintedTable claimed = paragraph.tables().get(0);
        assertThat(claimed.table().rows()).hasSize(2);
        assertThat(claimed.plain()).isEqualTo("Action Number New post 1");
        assertThat(claimed.line()).isEqualTo(40);
        assertThat(state.resolution().textUnitsInOrder()).contains(claimed);
    }

    /** Under a paragraph with points, the table follows the last point. */
    @Test
    void underPointsTheTableIsTheLastPoints() {
        ParseState state = States.operative("3. Decides:");
        Numbered point = new Numbered("a", null, StyledText.of("To approve the posts below:"), 24);
        state.paragraph().points().add(point);

        recognizer.claim(table(26), state);

        assertThat(point.tables()).hasSize(1);
        assertThat(state.paragraph().tables()).isEmpty();
    }

    /** In an annex, a table is one of the annex's blocks, in order. */
    @Test
    void inAnAnnexATableIsTheAnnexs() {
        ParseState state = States.operative("1. Approves the staffing table contained in the annex to the present resolution;");
        state.resolution().annexes().add(new Resolution.Annex(new TextUnit(StyledText.of("Annex"), 300)));
        state.zone(Zone.ANNEX);
        state.resolution().annexes().get(0).paragraphs().add(new TextUnit(StyledText.of("Staffing table for 2024"), 302));

        assertThat(recognizer.claim(table(304), state)).isTrue();

        assertThat(state.resolution().annexes().get(0).paragraphs()).hasSize(2).last().isInstanceOf(PrintedTable.class);
        assertThat(state.resolution().operative().get(0).tables()).isEmpty();
    }

    /** A block that is not a table, and a table before any operative paragraph, are left to the others. */
    @Test
    void textAndATableBeforeTheOperativePartAreDeclined() {
        ParseState state = States.operative("1. Decides to adopt the following:");
        assertThat(recognizer.claim(Blocks.text("2. Requests the Secretary-General to report;"), state)).isFalse();

        ParseState inPreamble = States.afterFormula();
        inPreamble.zone(Zone.OPERATIVE);
        assertThat(recognizer.claim(table(20), inPreamble)).isFalse();
    }

    /** In the operative part, the table recogniser is asked first: a table's italic header is no recital. */
    @Test
    void theOperativeZoneAsksItFirst() {
        ParseState state = States.operative("6. Approves the changes to the staffing table as set out in the table below:");
        assertThat(States.claimedBy(table(40), state)).isEqualTo("TableRecognizer");
    }
}
