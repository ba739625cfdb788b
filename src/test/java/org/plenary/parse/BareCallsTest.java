package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.LaidOutText;
import org.plenary.layout.LayoutCleaner;
import org.plenary.pipeline.Warning;
import org.plenary.read.text.TextReader;
import org.plenary.source.SourceForm;

/** Calls pdftotext printed as bare numbers where the text names a numbered thing, found where the call must stand. */
class BareCallsTest {
    private final List<Warning> warnings = new ArrayList<>();

    private Resolution parse(SourceForm form, String... lines) {
        LaidOutText read = new LayoutCleaner().clean(new TextReader().read(String.join("\n", lines)));
        LaidOutText asPrinted = new LaidOutText(form, read.blocks(), read.notes(), read.furniture(), read.sourceLines(), read.warnings());
        return ParseStage.parse(asPrinted, warnings);
    }

    private Resolution fromPdftotext(String... lines) {
        return parse(SourceForm.PDF_LAYOUT, lines);
    }

    private List<String> missing() {
        return warnings.stream().filter(w -> w.code().equals("note-call-missing")).map(Warning::message).toList();
    }

    @Test
    void aNumberAfterADecisionIsTheCallItsNoteStillLacks() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Addis Ababa Action Agenda, 1",
                "1. Reiterates the decision 2 to provide financial and technical support;",
                "2. Welcomes the Paris Agreement, 3",
                "",
                "1 Resolution 69/313, annex.",
                "2 Ibid., para. 46.",
                "3 FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.");
        assertThat(r.operative().get(0).content().callMarkers()).containsExactly("2");
        assertThat(r.operative().get(0).plain()).contains("Reiterates the decision to provide");
        assertThat(missing()).isEmpty();
    }

    @Test
    void twoCallsBeforePairsOfDaysAreBothFound() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Convention, 1",
                "Recalling also 20 February as the World Day of Social Justice 2 and 15 March as the International Day",
                "to Combat Islamophobia, 3 as proclaimed by the United Nations,",
                "1. Takes note of the report;",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 Resolution 62/10.",
                "3 Resolution 76/254.");
        assertThat(r.preamble().get(1).content().callMarkers()).containsExactly("2", "3");
        assertThat(r.preamble().get(1).plain()).contains("Social Justice and 15 March", "Islamophobia, as proclaimed");
        assertThat(missing()).isEmpty();
    }

    /** A/RES/75/152 (pages 5 and 6) read back with pdftotext: only "Agenda 21" is a name with a number, not the New Urban Agenda. */
    @Test
    void aNumberAfterAnotherAgendasNameIsACall() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Rio Declaration and Agenda 21, 20",
                "1. Calls for coherence between the Sustainable Development Goals, the New Urban Agenda 21 and national policymaking;",
                "",
                "20 Report of the United Nations Conference on Environment and Development, annex II.",
                "21 Resolution 71/256, annex.");
        assertThat(r.preamble().get(0).plain()).endsWith("Agenda 21,");
        assertThat(r.preamble().get(0).content().callMarkers()).containsExactly("20");
        assertThat(r.operative().get(0).content().callMarkers()).containsExactly("21");
        assertThat(r.operative().get(0).plain()).contains("the New Urban Agenda and national policymaking");
        assertThat(missing()).isEmpty();
    }

    /** A/RES/75/65 printed, then read back with pdftotext -layout: note 1 is called at the end, after its own resolutions. */
    @Test
    void aResolutionOfTheFirstSessionsIsNoCall() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling its resolutions 1 (I) of 24 January 1946, 71/54 of 5 December 2016 and 74/46 of 12 December 2019,",
                "Noting the joint declaration adopted in Dublin on 9 June 1998, 1",
                "1. Takes note of the report;",
                "",
                "1 A/53/138, annex.");
        assertThat(r.preamble().get(0).content().callMarkers()).isEmpty();
        assertThat(r.preamble().get(0).plain()).startsWith("Recalling its resolutions 1 (I) of 24 January 1946,");
        assertThat(r.preamble().get(1).content().callMarkers()).containsExactly("1");
        assertThat(missing()).isEmpty();
    }

    /** The scan takes a number after a short capitalised word's stop for an abbreviation's ("Corr.11"). */
    @Test
    void aNumberRunIntoAWordsLastStopIsTheCallItsNoteStillLacks() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Convention, 1",
                "1. Takes note of the report on the New Partnership, A/78/5/Add.2 and Corr.2, and Agenda 2063: The Africa We Want.2",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 Resolution 69/313, annex.");
        assertThat(r.operative().get(0).content().callMarkers()).containsExactly("2");
        assertThat(r.operative().get(0).plain()).endsWith("A/78/5/Add.2 and Corr.2, and Agenda 2063: The Africa We Want.");
        assertThat(missing()).isEmpty();
    }

    /** A number in a list of numbers is the text's, though its note is due; the call comes after (75/219 printed). */
    @Test
    void aNumberInAListIsNoCall() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Convention, 1",
                "1. Notes that few targets were fully achieved (targets 9, 2, 16, 17, 19 and 20), and recalls the",
                "Strategic Plan for Biodiversity 2011-2020, 2",
                "",
                "1 United Nations, Treaty Series, vol. 1760, No. 30619.",
                "2 UNEP/CBD/COP/10/27, annex, decision X/2.");
        assertThat(r.operative().get(0).plain()).contains("(targets 9, 2, 16, 17, 19 and 20)").endsWith("Biodiversity 2011-2020,");
        assertThat(r.operative().get(0).content().callMarkers()).containsExactly("2");
        assertThat(missing()).isEmpty();
    }

    @Test
    void aNumberStandingTwiceWhereTheCallMustBeIsLeftToTheText() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Convention, 1",
                "1. Recalls the decision 2 of the Conference and the decision 2 of the Council;",
                "2. Welcomes the Paris Agreement, 3",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 A/78/25.",
                "3 FCCC/CP/2015/10/Add.1.");
        assertThat(r.operative().get(0).plain()).contains("the decision 2 of the Conference and the decision 2 of the Council");
        assertThat(missing()).singleElement().satisfies(m -> assertThat(m).contains("note 2"));
    }

    @Test
    void aNumberBeforeThePreviousCallOrAfterTheNextIsNotTheCall() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the decision 2 of the Conference and the Convention, 1",
                "1. Takes note of the report;",
                "2. Welcomes the Paris Agreement,3 and the decision 2 of the Council,",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 A/78/25.",
                "3 FCCC/CP/2015/10/Add.1.");
        assertThat(r.preamble().get(0).plain()).contains("the decision 2 of the Conference");
        assertThat(r.operative().get(1).plain()).contains("the decision 2 of the Council");
        assertThat(missing()).singleElement().satisfies(m -> assertThat(m).contains("note 2"));
    }

    @Test
    void referencesDaysRangesAndQuantitiesKeepTheirNumbers() {
        Resolution r = fromPdftotext(
                "The General Assembly,",
                "Recalling the Convention, 1",
                "1. Recalls paragraph 2 of the Declaration, Sustainable Development Goal 2, the meeting held",
                "on 2 December, from 2 to 4 May, and 2 per cent of the budget;",
                "2. Welcomes the Paris Agreement, 3",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 A/78/25.",
                "3 FCCC/CP/2015/10/Add.1.");
        assertThat(r.operative().get(0).plain()).contains("paragraph 2 of", "Goal 2,", "on 2 December",
                "from 2 to 4 May", "and 2 per cent");
        assertThat(missing()).singleElement().satisfies(m -> assertThat(m).contains("note 2"));
    }

    @Test
    void textNotPrintedByPdftotextIsLeftAsItIs() {
        Resolution r = parse(SourceForm.PLAIN,
                "The General Assembly,",
                "Recalling the Convention,1",
                "1. Reiterates the decision 2 to provide financial and technical support;",
                "2. Welcomes the Paris Agreement,3",
                "",
                "1 United Nations, Treaty Series, vol. 660, No. 9464.",
                "2 A/78/25.",
                "3 FCCC/CP/2015/10/Add.1.");
        assertThat(r.operative().get(0).plain()).contains("the decision 2 to provide");
        assertThat(missing()).singleElement().satisfies(m -> assertThat(m).contains("note 2"));
    }
}
