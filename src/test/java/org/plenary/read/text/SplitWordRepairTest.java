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
    void leavesTheFragmentsWhenTheWordIsNeitherInTheDocumentNorInTheWordList() {
        assertThat(repair("reduce the zorbl eeds,")[0]).isEqualTo("reduce the zorbl eeds,");
        assertThat(warnings).isEmpty();
    }

    @Test
    void joinsAWordOfTheWordListThatTheDocumentHasNowhereElse() {
        assertThat(repair("and reduce humanitaria n needs,")[0]).isEqualTo("and reduce humanitarian needs,");
    }

    @Test
    void aFragmentSplitOffTwiceIsStillAFragment() {
        String[] lines = repair("quality education in humanitaria n emergencies", "unhindered humanitaria n access",
                "a nd the humanitarian system, a nd", "and");

        assertThat(lines).containsExactly("quality education in humanitarian emergencies", "unhindered humanitarian access",
                "and the humanitarian system, and", "and");
    }

    @Test
    void aRareWordOfTheLanguageIsNoFragment() {
        String[] lines = repair("a broad range of actors, as set out", "nationals living abroad", "an asset");

        assertThat(lines[0]).isEqualTo("a broad range of actors, as set out");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFragmentJoinsTheFragmentAfterItRatherThanTheWordBefore() {
        String[] lines = repair("to seek suitable means for th e immediate", "set forth in the 12th report");

        assertThat(lines[0]).isEqualTo("to seek suitable means for the immediate");
    }

    @Test
    void theLetterOfAResolutionsPartIsNoFragmentButTheAOfAgendaIs() {
        String[] lines = repair("resolution 48/75 L and, in that regard,", "the land and the 2030 A genda;");

        assertThat(lines).containsExactly("resolution 48/75 L and, in that regard,", "the land and the 2030 Agenda;");
    }

    @Test
    void aCompoundsFirstWordMayLoseItsLastLetterToASpace() {
        String[] lines = repair("at its sevent y-ninth session, no n-governmental", "the re-engagement of the Territory",
                "at its seventy-eighth session, with non-governmental organizations");

        assertThat(lines[0]).isEqualTo("at its seventy-ninth session, non-governmental");
        assertThat(lines[1]).isEqualTo("the re-engagement of the Territory");
    }

    @Test
    void aCompoundsFirstWordSplitElsewhereIsJoinedWhereTheDocumentWritesItWhole() {
        String[] lines = repair("its seven ty-ninth session and heal th-care facilities", "the re-engagement of the Territory",
                "at its seventy-eighth session, in health-care facilities");

        assertThat(lines[0]).isEqualTo("its seventy-ninth session and health-care facilities");
        assertThat(lines[1]).as("'there' is a word, but never a compound's first word here").isEqualTo("the re-engagement of the Territory");
    }

    @Test
    void anSAfterAnApostropheIsAPossessive() {
        assertThat(repair("women’s and girls’ capabilities", "sand")[0]).isEqualTo("women’s and girls’ capabilities");
    }

    @Test
    void neverJoinsTwoWordsThatEachStandElsewhere() {
        String[] lines = repair("principles for capacity building included", "capacity-building is essential",
                "building on", "the capacitybuilding in relation");

        assertThat(lines[0]).isEqualTo("principles for capacity building included");
    }

    /** A prefix or a suffix that is a word too ("inter", "able") is a half, where the document writes the whole word twice. */
    @Test
    void joinsTwoWordsThatArePrefixOrSuffixAndRest() {
        String[] lines = repair("for sustain able development and the Inter national Day,", "sustainable development",
                "sustainable consumption", "International Day", "international cooperation", "space cap abilities",
                "national capabilities", "their capabilities");

        assertThat(lines[0]).isEqualTo("for sustainable development and the International Day,");
        assertThat(lines[5]).isEqualTo("space capabilities");
    }

    /**
     * Pairs of words stay, though the document writes them as one elsewhere: other than a prefix
     * or a suffix, they are English as they stand; a pair written twice is meant; and a word written
     * once is too little to go by.
     */
    @Test
    void otherPairsOfWordsStayAsTheyStand() {
        String[] lines = repair("control over fishing vessels", "to address overfishing", "overfishing in some areas",
                "to counter terrorism", "to counter terrorism and violent extremism", "counterterrorism", "counterterrorism",
                "their afford able housing", "affordable", "to be able to", "and be able", "beable", "beable");

        assertThat(lines[0]).isEqualTo("control over fishing vessels");
        assertThat(lines[3]).isEqualTo("to counter terrorism");
        assertThat(lines[7]).as("the whole word written once").isEqualTo("their afford able housing");
        assertThat(lines[9]).as("written twice").isEqualTo("to be able to");
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
