package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.parse.Resolution;
import org.plenary.pipeline.DocumentJob;

/**
 * Real resolutions as pdftotext prints the UN's PDFs. A/RES/78/28 with -layout: page 2's running
 * head is the title over two lines beside the symbol, and the body right under it quotes that
 * title; a line spread by justification breaks "transparency" in two. Without -layout: 78/328's
 * head prints the title after the symbol, and the body quotes it again right under; 78/72's
 * prints body lines between the title and the symbol; 78/50's compounds broken at a line's end
 * lose their hyphen.
 */
class RealPdftotextTest {
    private static DocumentJob job;
    private static Resolution resolution;

    @BeforeAll
    static void convert() throws IOException {
        job = fixture("A_RES_78_28", "A_RES_78_28.layout.txt");
        resolution = job.resolution();
    }

    @Test
    void theStructureIsTheUnsOwn() {
        assertThat(resolution.preamble()).hasSize(15);
        assertThat(resolution.operative()).hasSize(5);
    }

    /** The running head ends with the symbol's row: the body line under it that quotes the title is the paragraph's. */
    @Test
    void aBodyLineQuotingTheTitleUnderTheRunningHeadStays() {
        assertThat(resolution.operative().get(1).plain()).endsWith("for facilitating negotiations on a treaty banning the "
                + "production of fissile material for nuclear weapons or other nuclear explosive devices;");
        assertThat(job.warnings()).noneMatch(w -> w.code().equals("furniture-excess"));
    }

    /** A saved pdftotext text of a real resolution (src/test/resources/pdftotext/FILE), converted as NAME.txt. */
    private static DocumentJob fixture(String name, String file) throws IOException {
        return Conversions.convert(name + ".txt", Files.readAllBytes(Path.of("src/test/resources/pdftotext/" + file)));
    }

    private static Resolution raw(String name) throws IOException {
        return fixture(name, name + ".raw.txt").resolution();
    }

    @Test
    void aRunningTitleAfterTheSymbolEndsWhereTheTitleDoes() throws IOException {
        Resolution quoted = raw("A_RES_78_328");
        assertThat(quoted.preamble()).anySatisfy(recital -> assertThat(recital.plain()).endsWith("the participation of Indigenous Peoples’ representatives and "
                + "institutions in meetings of relevant United Nations bodies on issues affecting them,"));
    }

    @Test
    void bodyLinesPrintedInsideTheRunningHeadAreKept() throws IOException {
        Resolution disordered = raw("A_RES_78_72");
        assertThat(disordered.preamble()).anySatisfy(recital -> assertThat(recital.plain())
                .contains("community to enhance the role of space-based solutions, in")
                .contains("tele-epidemiology, in monitoring, preparedness and response activities,"));
    }

    @Test
    void compoundsBrokenAtALinesEndGetTheirHyphenBack() throws IOException {
        Resolution zones = raw("A_RES_78_50");
        assertThat(zones.preamble()).anySatisfy(recital -> assertThat(recital.plain())
                .contains("parties or signatories to nuclear-weapon-free zone treaties"));
        assertThat(zones.operative()).anySatisfy(paragraph -> assertThat(paragraph.plain())
                .contains("between the nuclear-weapon States and the parties to the Bangkok Treaty"));
    }

    /**
     * A/RES/78/115 (pages 1 to 5) breaks "hostage-" at a line's end and prints the compound nowhere
     * else; resolutions do. A/RES/78/122 writes "World Cleanup Day" five times, its own spelling.
     */
    @Test
    void compoundsResolutionsPrintGetTheirHyphenBackButNotADocumentsOwnSpelling() throws IOException {
        Resolution terrorism = raw("A_RES_78_115.pages-1-5");
        assertThat(terrorism.operative()).anySatisfy(paragraph -> assertThat(paragraph.plain())
                .contains("incidents of kidnapping and hostage-taking with demands for ransom"));
        Resolution cleanup = raw("A_RES_78_122.pages-1-2");
        assertThat(cleanup.operative()).anySatisfy(paragraph -> assertThat(paragraph.plain())
                .contains("proclaim 20 September as World Cleanup Day"));
    }

    @Test
    void aWordSplitByJustificationIsWholeAgain() {
        assertThat(resolution.operative().get(3).plain()).contains("to engage in transparency and confidence-building measures");
    }

    /**
     * A/RES/78/69 with -layout (pages 1, 33 and 34): "the Kyoto Protocol 107" reads as a
     * protocol's number where note 107 is due, and the calls after it (108 to 110, two paragraphs
     * on) must not wait for it. Once the scan is done, note 107 is still uncalled, and its number
     * stands once between the calls of notes 106 and 108: that is its call.
     */
    @Test
    void callsAfterANumberReadAsTheTextsOwnAreStillLinked() throws IOException {
        DocumentJob oceans = fixture("A_RES_78_69", "A_RES_78_69.pages-1-33-34.layout.txt");
        java.util.Map<String, java.util.List<String>> calls = new java.util.HashMap<>();
        oceans.resolution().operative().forEach(p -> calls.put(p.num(), p.content().callMarkers()));
        assertThat(calls.get("209")).containsExactly("108", "109");
        assertThat(calls.get("210")).containsExactly("110");
        assertThat(calls.get("206")).contains("106", "107");
        assertThat(oceans.resolution().operative()).filteredOn(p -> "206".equals(p.num())).singleElement()
                .satisfies(p -> assertThat(p.plain()).contains("to the Kyoto Protocol on 31 December 2020"));
        assertThat(oceans.warnings()).filteredOn(w -> w.code().equals("note-call-missing")).isEmpty();
    }

    /**
     * A/RES/78/221 with -layout (pages 1 to 3, and 8 for its first operative paragraphs): a call after a year or a resolution's number and
     * before "and" ("4 March 2022 10 and 52/32", "resolutions 71/205 13 and 72/190") is a call, not
     * the first of a pair of numbers; once one was missed, every call after it waited for it.
     */
    @Test
    void aCallAfterAYearOrAResolutionNumberIsACall() throws IOException {
        DocumentJob ukraine = fixture("A_RES_78_221", "A_RES_78_221.pages-1-3-8.layout.txt");
        assertThat(ukraine.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(ukraine.resolution().preamble()).anySatisfy(recital -> assertThat(recital.content().callMarkers()).contains("10", "11"));
        assertThat(ukraine.resolution().preamble()).anySatisfy(recital -> assertThat(recital.content().callMarkers()).contains("13", "14"));
    }

    /**
     * A/RES/78/164 with -layout (pages 1, 4 and 6): "the estimated 8.5 trillion United States dollars"
     * is a quantity, not note 8's call before ".5"; the call is where it is printed, after
     * "Corruption,".
     */
    @Test
    void aDecimalNumbersFirstDigitsAreNoCall() throws IOException {
        DocumentJob drugs = fixture("A_RES_78_164", "A_RES_78_164.pages-1-4-6.layout.txt");
        assertThat(drugs.resolution().preamble()).anySatisfy(recital -> assertThat(recital.plain()).contains("the estimated 8.5 trillion"));
        assertThat(drugs.resolution().preamble()).anySatisfy(recital -> {
            assertThat(recital.plain()).contains("Convention against Corruption,");
            assertThat(recital.content().callMarkers()).contains("8");
        });
    }

    /**
     * A/RES/78/187 with -layout (pages 1 to 3, and 9): "on countering cyberbullying 18 and 54/5 of
     * 10 October 2023" is a call before "and", not the first of a pair: the number after "and" is
     * a resolution's.
     */
    @Test
    void aCallBeforeAndAResolutionNumberIsACall() throws IOException {
        DocumentJob children = fixture("A_RES_78_187", "A_RES_78_187.pages-1-3-9.layout.txt");
        assertThat(children.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(children.resolution().preamble()).anySatisfy(recital -> assertThat(recital.content().callMarkers()).contains("18", "19"));
    }

    /**
     * Plain pdftotext of A/RES/78/102 (pages 1 to 3) and 78/184 (pages 1 and 2): "the note by the
     * Secretariat 11 and the reports", "the 1967 Protocol thereto 4 as the foundation". A number
     * after "resolution" or "the" is the text's, but "Secretariat" only ends in "at" and "thereto"
     * in "to": the numbers are the due notes' calls.
     */
    @Test
    void aWordEndingLikeAPrepositionDoesNotMakeTheCallAfterItText() throws IOException {
        DocumentJob accountability = fixture("A_RES_78_102", "A_RES_78_102.pages-1-3.raw.txt");
        assertThat(accountability.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(accountability.resolution().preamble()).anySatisfy(recital -> {
            assertThat(recital.plain()).contains("the note by the Secretariat and the reports");
            assertThat(recital.content().callMarkers()).contains("10", "11", "12");
        });
        DocumentJob refugees = fixture("A_RES_78_184", "A_RES_78_184.pages-1-2.raw.txt");
        assertThat(refugees.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(refugees.resolution().operative()).anySatisfy(paragraph -> {
            assertThat(paragraph.plain()).contains("the 1967 Protocol thereto as the foundation");
            assertThat(paragraph.content().callMarkers()).contains("4");
        });
    }

    /**
     * Plain pdftotext of A/RES/78/115 (pages 1 to 5) and 78/122 (pages 1 and 2): "the relevant review resolutions 3
     * and the debates", "the New Urban Agenda 12 and other major global agendas". A number after
     * "resolution" or "Agenda" may be the text's ("resolution 14", "Agenda 21"), but one after a
     * plural and before a word is no reference, and only Agenda 21 is a name: they are calls.
     */
    @Test
    void aNumberAfterAPluralOrAnAgendaOtherThanAgenda21IsACall() throws IOException {
        DocumentJob strategy = fixture("A_RES_78_115", "A_RES_78_115.pages-1-5.raw.txt");
        assertThat(strategy.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(strategy.resolution().preamble()).anySatisfy(recital -> {
            assertThat(recital.plain()).contains("the relevant review resolutions and the debates");
            assertThat(recital.content().callMarkers()).contains("3");
        });
        DocumentJob desertification = fixture("A_RES_78_122", "A_RES_78_122.pages-1-2.raw.txt");
        assertThat(desertification.warnings()).noneMatch(w -> w.code().equals("note-call-missing"));
        assertThat(desertification.resolution().preamble()).anySatisfy(recital -> {
            assertThat(recital.plain()).contains("the New Urban Agenda and other major global agendas");
            assertThat(recital.content().callMarkers()).contains("12");
        });
        assertThat(desertification.resolution().preamble()).anySatisfy(recital ->
                assertThat(recital.plain()).contains("Agenda 21,"));
    }

    /**
     * A/RES/78/253 with -layout (pages 1, 7 and 8): the staffing table of paragraph 6 runs on to
     * the next page, which prints its header again under the running head. The table holds the
     * header once and the rows of both pages; the header printed again is set aside, not lost.
     */
    @Test
    void aTableHeaderPrintedAgainOnTheNextPageIsSetAsideNotLost() throws IOException {
        DocumentJob budget = fixture("A_RES_78_253", "A_RES_78_253.pages-1-7-8.layout.txt");
        assertThat(budget.warnings()).noneMatch(w -> w.code().equals("coverage") || w.code().equals("furniture-excess"));
        java.util.List<org.plenary.layout.Table> tables = budget.resolution().textUnitsInOrder().stream()
                .filter(unit -> unit instanceof Resolution.PrintedTable)
                .map(unit -> ((Resolution.PrintedTable) unit).table()).toList();
        assertThat(tables).isNotEmpty();
        org.plenary.layout.Table staffing = tables.get(0);
        assertThat(staffing.header()).hasSize(1);
        assertThat(staffing.text().text()).containsOnlyOnce("Title of post")
                .contains("Information Systems Officer", "Contracts Management Officer");
    }

    /**
     * A/RES/78/168 with -layout (pages 1, 2 and 11): pdftotext moved the raised 5 after "Agenda
     * 21," down a line, where it follows the 6 of the next call ("Agenda 21, 6 the Johannesburg 5").
     * Note 6 is then lost, but the calls after it (7 to 14 in the same recital) are still found,
     * instead of every one waiting for 6.
     */
    @Test
    void callsAfterTwoSwappedCallsAreStillLinked() throws IOException {
        DocumentJob nutrition = fixture("A_RES_78_168", "A_RES_78_168.pages-1-2-11.layout.txt");
        assertThat(nutrition.resolution().preamble()).anySatisfy(recital -> assertThat(recital.content().callMarkers())
                .contains("4", "5", "7", "8", "9", "10", "11", "12", "13", "14"));
        assertThat(nutrition.warnings()).filteredOn(w -> w.code().equals("note-call-missing"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("note 6"));
    }

    /**
     * The same pages of A/RES/78/168 without -layout, where the raised 5 is lost altogether: once
     * the next note's number (6) stood in a call's place, the 7 after it is a call though 5 is still
     * due, and so are the calls after it. That 6 is note 6's call too: once the scan is done, the
     * number stands once between the calls of notes 4 and 7.
     */
    @Test
    void callsAfterALostCallAndTheNextNumberAreStillLinked() throws IOException {
        DocumentJob nutrition = fixture("A_RES_78_168", "A_RES_78_168.pages-1-2-11.raw.txt");
        assertThat(nutrition.resolution().preamble()).anySatisfy(recital -> assertThat(recital.content().callMarkers())
                .contains("4", "7", "8", "9", "10", "11", "12", "13", "14"));
        assertThat(nutrition.warnings()).filteredOn(w -> w.code().equals("note-call-missing"))
                .extracting(w -> w.message().replaceAll(" was not found.*", "")).containsExactly("The call of note 5");
        assertThat(nutrition.resolution().preamble()).anySatisfy(recital -> assertThat(recital.plain())
                .contains("Implementation of Agenda 21, the Johannesburg Declaration"));
    }
}
