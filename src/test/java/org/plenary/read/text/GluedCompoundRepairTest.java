package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.lexicon.WordList;
import org.plenary.pipeline.Warning;

class GluedCompoundRepairTest {
    private final List<Warning> warnings = new ArrayList<>();

    private String[] repair(String... lines) {
        String[] copy = lines.clone();
        GluedCompoundRepair.repair(copy, warnings);
        return copy;
    }

    /** A/RES/78/50 as plain pdftotext prints it: "nuclear-weapon-" at a line's end, "free" on the next. */
    @Test
    void putsBackTheHyphenOfACompoundTheDocumentPrintsElsewhere() {
        String[] lines = repair("Recalling the provisions on nuclear-weapon-free zones of the Final",
                "signatories to nuclear-weaponfree zone treaties,", "consultations between the nuclearweapon States and");

        assertThat(lines[1]).isEqualTo("signatories to nuclear-weapon-free zone treaties,");
        assertThat(lines[2]).isEqualTo("consultations between the nuclear-weapon States and");
        assertThat(warnings).hasSize(2).first().satisfies(w -> {
            assertThat(w.code()).isEqualTo("glued-compound");
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("'weaponfree' as 'weapon-free'");
        });
    }

    @Test
    void keepsTheCaseOfEachHalf() {
        assertThat(repair("South-South cooperation", "and SouthSouth and triangular")[1]).isEqualTo("and South-South and triangular");
    }

    /** "imple-mentation" broken at a line's end is one word: no compound prints its halves. */
    @Test
    void leavesAWordBrokenInItsMiddleWhole() {
        assertThat(repair("the implementation of", "well-being and mentation")[0]).isEqualTo("the implementation of");
        assertThat(warnings).isEmpty();
    }

    /** "cooperation" is a word of the language, whatever "co-operation" elsewhere says. */
    @Test
    void neverCutsAWordOfTheLanguage() {
        assertThat(repair("co-operation and", "international cooperation")[1]).isEqualTo("international cooperation");
        assertThat(warnings).isEmpty();
    }

    /** A number's tens and units take a hyphen in English, whether or not the document prints that number elsewhere. */
    @Test
    void aNumbersTensAndUnitsGetTheirHyphen() {
        assertThat(repair("at its seventysecond session and the Twentyeighth Meeting")[0])
                .isEqualTo("at its seventy-second session and the Twenty-eighth Meeting");
        assertThat(repair("the seventy members")[0]).isEqualTo("the seventy members");
    }

    /** A/RES/78/144 as plain pdftotext prints it: "gender-" at a line's end, a compound this document prints nowhere else. */
    @Test
    void putsBackTheHyphenOfACompoundResolutionsPrint() {
        String[] lines = repair("inter alia, encouraging genderbalanced investments and innovation in small-scale");

        assertThat(lines[0]).isEqualTo("inter alia, encouraging gender-balanced investments and innovation in small-scale");
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("'genderbalanced' as 'gender-balanced'"));
    }

    /** A/RES/78/122 writes "cleanup" nine times: a run the document writes more than once is its spelling, not a line's break. */
    @Test
    void aRunTheDocumentWritesTwiceIsItsOwnSpelling() {
        String[] lines = repair("the cleanup of contaminated sites", "and of the cleanup operations");

        assertThat(lines).containsExactly("the cleanup of contaminated sites", "and of the cleanup operations");
        assertThat(warnings).isEmpty();
    }

    /** "troop-" at a line's end, then "and police-contributing": plain pdftotext prints "troopand police-contributing". */
    @Test
    void putsBackASuspendedHyphenAndItsSpace() {
        String[] lines = repair("including troopand police-contributing countries, and sexor age-disaggregated data");

        assertThat(lines[0]).isEqualTo("including troop- and police-contributing countries, and sex- or age-disaggregated data");
        assertThat(warnings).hasSize(2).first().satisfies(w -> assertThat(w.message()).contains("'troopand' as 'troop- and'"));
    }

    /** A word ending in "and" is left as it is: "Switzerland" makes no compound with "term", nor is "island" cut. */
    @Test
    void leavesWordsEndingInAndOrOr() {
        String[] lines = repair("Switzerland long-term plans, the island small-scale fisheries, a monitor low-cost");

        assertThat(lines[0]).isEqualTo("Switzerland long-term plans, the island small-scale fisheries, a monitor low-cost");
        assertThat(warnings).isEmpty();
    }

    /**
     * A long text with every compound of resolutions glued once: each run's count is taken in one
     * pass, never a scan of the whole text per run (which took a minute on 8 MB). A hang guard, far
     * above the real cost; speed itself is the benchmark's.
     */
    @Test
    void aLongTextWithManyGluedCompoundsIsRepairedWithoutHanging() {
        List<String> glued = new ArrayList<>();
        WordList.englishCompounds().forEach(c -> glued.add(c.replace("-", "")));
        String[] lines = new String[200_001];
        Arrays.fill(lines, "Recalling its resolutions on the pattern of conferences and the calendar of meetings,");
        lines[200_000] = String.join(" ", glued);
        String[] repaired = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> repair(lines));
        assertThat(repaired[200_000]).contains("high-level", "gender-balanced");
    }
}
