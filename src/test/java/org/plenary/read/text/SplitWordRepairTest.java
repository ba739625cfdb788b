package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.pipeline.Warning;

class SplitWordRepairTest {
    private final List<Warning> warnings = new ArrayList<>();

    private String[] repair(String... lines) {
        String[] copy = lines.clone();
        SplitWordRepair.repair(copy, warnings);
        return copy;
    }

    @Test
    void joinsAWordSpreadByJustificationWhenTheDocumentUsesItElsewhere() {
        String[] lines = repair("and reduce humanitarian n eeds,", "the needs of the affected States");

        assertThat(lines[0]).isEqualTo("and reduce humanitarian needs,");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("split-word");
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("'n eeds' as 'needs'");
        });
    }

    @Test
    void leavesTheFragmentsWhenTheWordAppearsNowhereElse() {
        assertThat(repair("reduce humanitarian n eeds,")[0]).isEqualTo("reduce humanitarian n eeds,");
        assertThat(warnings).isEmpty();
    }

    @Test
    void neverJoinsTwoWordsThatEachStandElsewhere() {
        String[] lines = repair("principles for capacity building included", "capacity-building is essential",
                "building on", "the capacitybuilding in relation");

        assertThat(lines[0]).isEqualTo("principles for capacity building included");
    }

    @Test
    void aListItemLetterOrAPossessiveSaysNothingOfAFragment() {
        String[] lines = repair("(g) Strengthening the increasin g number", "is increasing", "the Secretary-General’s report");

        assertThat(lines[0]).isEqualTo("(g) Strengthening the increasing number");
    }

    @Test
    void joinsSeveralOnALineAndKeepsTheRest() {
        String[] lines = repair("the imp lementation of the Sendai Framework, increasin g the risk",
                "implementation and increasing");

        assertThat(lines[0]).isEqualTo("the implementation of the Sendai Framework, increasing the risk");
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aCapitalAfterTheSpaceStartsAWord() {
        assertThat(repair("in Imp Lementation", "implementation")[0]).isEqualTo("in Imp Lementation");
    }

    @Test
    void closesACompoundSpreadBeforeItsHyphenButNotADash() {
        String[] lines = repair("the Secretary -General and a confidence -building measure", "peace - and security");

        assertThat(lines[0]).isEqualTo("the Secretary-General and a confidence-building measure");
        assertThat(lines[1]).isEqualTo("peace - and security");
    }

    /** A letter outside the basic plane belongs to its run of letters: "𝐀increasin g" is no split "increasing". */
    @Test
    void aLetterOutsideTheBasicPlaneIsPartOfItsWord() {
        String[] lines = repair("Ⅻ𝐀increasin g", "increasing");

        assertThat(lines[0]).isEqualTo("Ⅻ𝐀increasin g");
        assertThat(warnings).isEmpty();
    }
}
