package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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
}
