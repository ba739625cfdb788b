package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.LayoutCleaner;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.pipeline.Warning;
import org.plenary.read.text.TextReader;

class NoteLinkerTest {
    private final List<Warning> warnings = new ArrayList<>();

    private Resolution parse(String... lines) {
        String text = String.join("\n", lines);
        return ParseStage.parse(new LayoutCleaner().clean(new TextReader().read(text)), warnings);
    }

    private static List<String> calls(TextUnit unit) {
        return unit.content().callMarkers();
    }

    /** A/RES/76/253: the FAO Conference numbers its resolutions by year; "5/2021" is no "5/202" with note 1's call. */
    @Test
    void aResolutionNumberedByItsYearKeepsItsLastDigit() {
        Resolution r = parse(
                "The General Assembly,",
                "Recalling resolution 5/2021 of 18 June 2021, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-second session,1",
                "1. Decides to proclaim 2026 the International Year of Rangelands and Pastoralists;",
                "",
                "1 Food and Agriculture Organization of the United Nations, document C/2021/REP, appendix D.");
        assertThat(r.preamble().get(0).plain()).startsWith("Recalling resolution 5/2021 of 18 June 2021, adopted");
        assertThat(calls(r.preamble().get(0))).containsExactly("1");
    }

    @Test
    void aDigitAfterAWordIsACallOnlyWhenItsNoteIsDue() {
        Resolution r = parse(
                "The General Assembly,",
                "Recalling the Programme of Action adopted at Cairo,1 and resolution 52/189 of 1997, and article 2,",
                "1. Takes note of the report of the Secretary-General;2",
                "2. Also takes note of the same report,2 and of document A/58/483/Add.3;",
                "",
                "1 Report of the Conference.",
                "2 A/58/98.");
        assertThat(calls(r.preamble().get(0))).containsExactly("1");
        assertThat(r.preamble().get(0).plain()).contains("resolution 52/189 of 1997, and article 2,");
        assertThat(calls(r.operative().get(0))).containsExactly("2");
        assertThat(calls(r.operative().get(1))).containsExactly("2");
        assertThat(r.operative().get(1).plain()).contains("A/58/483/Add.3");
    }

    @Test
    void aNoteWhoseCallIsLostIsKeptWithAWarning() {
        Resolution r = parse(
                "The General Assembly,",
                "Recalling the Convention,1 the Covenant and the Declaration,",
                "1. Takes note of the report;",
                "",
                "1 Resolution 217 A (III).",
                "2 Resolution 2200 A (XXI).");
        assertThat(calls(r.preamble().get(0))).containsExactly("1", "2");
        assertThat(r.notes()).containsKeys("1", "2");
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("note-call-missing");
            assertThat(w.message()).contains("note 2");
        });
    }

    /** A roman numeral right after a slash is part of a symbol ("WT/L/982"), not a decision with its call ("VIII/191"). */
    @Test
    void aSymbolEndingInANumeralAndDigitsKeepsItsDigits() {
        Resolution r = parse(
                "The General Assembly,",
                "Reaffirming decision WT/MIN(15)/48-WT/L/982 of 19 December 2015 and decision VIII/191 of the Conference,2",
                "1. Takes note of the report;",
                "",
                "1 UNEP/CBD/COP/8/31, annex I.",
                "2 A/78/25.");
        assertThat(r.preamble().get(0).plain()).contains("WT/MIN(15)/48-WT/L/982 of 19 December 2015", "decision VIII/19 of");
        assertThat(calls(r.preamble().get(0))).containsExactly("1", "2");
    }
}
