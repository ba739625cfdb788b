package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.LayoutCleaner;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;

class ResolutionParserTest {
    private final List<Warning> warnings = new ArrayList<>();

    private Resolution parse(String... lines) {
        String text = String.join("\n", lines);
        return ParseStage.parse(new LayoutCleaner().clean(new org.plenary.read.text.TextReader().read(text)), warnings);
    }

    /** A/RES/77/276: a preamble, one unnumbered decision, and the conclusions right after. */
    @Test
    void theConclusionsAfterAnUnnumberedDecisionAreFound() {
        Resolution r = parse(
                "The General Assembly,",
                "",
                "Recognizing that climate change is an unprecedented challenge of civilizational proportions,",
                "",
                "Decides, in accordance with Article 96 of the Charter of the United Nations, to request the International Court of Justice to render an advisory opinion;",
                "",
                "64th plenary meeting",
                "29 March 2023");
        assertThat(r.meeting()).isEqualTo("64th plenary meeting");
        assertThat(r.operative()).singleElement().satisfies(p -> assertThat(p.plain()).startsWith("Decides, in accordance"));
    }

    /** A page break after a recital's comma: the next recital opens with a participle the lexicon lacks. */
    @Test
    void aRecitalAfterAPageBreakOpensWithAParticipleTheLexiconLacks() {
        Resolution r = parse(
                "75/314. Establishment of the Permanent Forum of People of African Descent",
                "",
                "               The General Assembly,",
                "",
                "               Noting that 2021 marks the twentieth anniversary of the adoption of the",
                "          Durban Declaration and Programme of Action,1 and recalling that the midterm",
                "          review was supposed to take place in 2020,",
                "",
                "          __________________",
                "          1   A/CONF.189/12 and Corr.1, chap. I.",
                "",
                "2/6                                                                             17-00066",
                "Establishment of the Permanent Forum of People of                           A/RES/75/314",
                "",
                "               Committing to finalizing the modalities of the Permanent Forum before the",
                "          midterm review of the International Decade,",
                "",
                "               1. Decides to establish the Permanent Forum of People of African Descent;",
                "");
        assertThat(r.preamble()).extracting(p -> p.plain().substring(0, 10)).containsExactly("Noting tha", "Committing");
    }

    /** In markdown the italics mark where a recital opens, even where they hold one word of its opening. */
    @Test
    void anItalicOpeningAfterANoteOpensARecital() {
        Resolution r = parse(
                "# 75/312. Zone of peace and cooperation of the South Atlantic",
                "",
                "*The General Assembly*,",
                "",
                "*Recalling* the first Seminar on Maritime Traffic Safety,<sup>1</sup>",
                "",
                "<sup>1</sup> A/67/746, annex II.",
                "",
                "*Also* noting with appreciation the intensification of cooperation among States members of the zone,",
                "",
                "1. *Reaffirms* the determination of the States of the zone;",
                "");
        assertThat(r.preamble()).hasSize(2);
        assertThat(r.preamble().get(1).plain()).startsWith("Also noting with appreciation");
    }

    /** A title wrapped in the paged layout, one of whose lines holds a date, is read whole. */
    @Test
    void readsAWrappedTitleThatHoldsADate() {
        Resolution r = parse(
                "    United Nations                                                           A/RES/75/89",
                "              General Assembly                                           Distr.: General",
                "                                                                        18 December 2020",
                "",
                "Seventy-fifth session",
                "Agenda item 76 (b)",
                "",
                "                  Resolution adopted by the General Assembly on 8 December 2020",
                "",
                "                  75/89. Sustainable fisheries, including through the 1995",
                "                         Agreement for the Implementation of the Provisions",
                "                         of the United Nations Convention on the Law of the",
                "                         Sea of 10 December 1982 relating to the",
                "                         Conservation and Management of Straddling Fish",
                "                         Stocks, and related instruments",
                "",
                "               The General Assembly,",
                "",
                "               Reaffirming its annual resolutions on sustainable fisheries,",
                "",
                "               1. Calls upon all States to become parties to the Agreement;",
                "");
        assertThat(r.title().plain()).isEqualTo("Sustainable fisheries, including through the 1995 Agreement for the "
                + "Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 "
                + "relating to the Conservation and Management of Straddling Fish Stocks, and related instruments");
        assertThat(r.adoptionDate().date()).hasToString("2020-12-08");
        assertThat(r.operative()).hasSize(1);
    }

    @Test
    void readsCoverHeadingPreambleOperativePartAndConclusions() {
        Resolution r = parse(
                "United NationsA/RES/56/203General AssemblyDistr.: General",
                "21 February 2002Fifty-sixth session",
                "Agenda item 100",
                "Resolution adopted by the General Assembly",
                "[on the report of the Second Committee (A/56/563)]",
                "56/203. International migration and development",
                "The General Assembly,",
                "Recalling also its resolutions 49/127 and 52/189,",
                "Noting with appreciation the work done,",
                "1. Takes note of the report;",
                "2. Further requests the Secretary-General to report on:",
                "(a) The first matter;",
                "(b) The second matter, including:",
                "(i) One aspect;",
                "(ii) Another aspect;",
                "and to do so in time.",
                "90th plenary meeting",
                "21 December 2001");
        assertThat(r.symbol()).isEqualTo("A/RES/56/203");
        assertThat(r.distributionDate().date()).hasToString("2002-02-21");
        assertThat(r.session()).isEqualTo("Fifty-sixth session");
        assertThat(r.agendaItem()).isEqualTo("100");
        assertThat(r.committeeReport()).isEqualTo("A/56/563");
        assertThat(r.number()).isEqualTo("56/203");
        assertThat(r.title().plain()).isEqualTo("International migration and development");
        assertThat(r.preamble()).extracting(Resolution.Preambular::opening).containsExactly("Recalling also", "Noting with appreciation");
        assertThat(r.operative()).extracting(Numbered::num).containsExactly("1", "2");
        assertThat(r.operative()).extracting(Numbered::opening).containsExactly("Takes note", "Further requests");
        Numbered second = r.operative().get(1);
        assertThat(second.points()).extracting(Numbered::num).containsExactly("a", "b");
        assertThat(second.points().get(1).points()).extracting(Numbered::num).containsExactly("i", "ii");
        assertThat(second.wrapUp().plain()).isEqualTo("and to do so in time.");
        assertThat(r.meeting()).isEqualTo("90th plenary meeting");
        assertThat(r.adoptionDate().date()).hasToString("2001-12-21");
    }

    @Test
    void theNinthLetterIsNotARomanOne() {
        Resolution r = parse("The General Assembly,", "1. Decides:",
                "(a) a;", "(b) b;", "(c) c;", "(d) d;", "(e) e;", "(f) f;", "(g) g;", "(h) h;", "(i) i;", "(j) j.");
        assertThat(r.operative().get(0).points()).hasSize(10);
    }

    @Test
    void repairsOpeningWordsRunTogetherAndWarns() {
        Resolution r = parse("The General Assembly,", "Takingnote of the views of Member States,", "1. Decides to act.");
        assertThat(r.preamble().get(0).opening()).isEqualTo("Taking note");
        assertThat(r.preamble().get(0).plain()).startsWith("Taking note of the views");
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("Takingnote"));
    }

    @Test
    void aFormulaDamagedByOcrIsReadWithAWarning() {
        Resolution r = parse("The Genera1 Assemb1y,", "Recalling its resolution 52/189,", "1. Decides to remain seized of the matter.");
        assertThat(r.formula().plain()).isEqualTo("The Genera1 Assemb1y,");
        assertThat(r.preamble()).hasSize(1);
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("enacting formula"));
    }

    @Test
    void operativeParagraphsWhoseNumbersWereLostAreFoundByTheirVerbs() {
        Resolution r = parse("The General Assembly,", "Recalling its resolution 52/189,",
                "Noting the report of the Secretary-General,", "l. Takes note of the report;", "Z. Requests a further report;");
        assertThat(r.preamble()).extracting(Resolution.Preambular::opening).containsExactly("Recalling", "Noting");
        assertThat(r.operative()).extracting(Resolution.Numbered::opening).containsExactly("Takes note", "Requests");
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("'l.' as '1.'"));
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("'Z.' before an operative verb"));
    }

    @Test
    void aTextWithoutFormulaIsNotAResolution() {
        assertThatThrownBy(() -> parse("Dear colleagues,", "Please find the minutes attached.", "Best regards"))
                .isInstanceOf(ConversionException.class).hasMessageContaining("formula");
    }

    @Test
    void aGroupOfOneUnnumberedDecisionHasItAsItsParagraph() {
        Resolution r = parse(
                "The General Assembly,",
                "Recalling its resolution 44/198,",
                "1. Takes note of the report;",
                "A",
                "Base/floor salary scale",
                "Recalling its resolution 44/198, by which it established a floor net salary level,",
                "Approves, with effect from 1 January 2021, the revised base/floor scale;",
                "B",
                "Danger pay",
                "Expresses appreciation for the valuable work done under hazardous conditions;",
                "48th plenary meeting",
                "31 December 2020");
        assertThat(r.operative()).extracting(Numbered::opening).containsExactly("Takes note", "Approves", "Expresses appreciation");
        assertThat(r.operative().get(1).group().recitals()).hasSize(1);
    }

    @Test
    void aDeclarationsFirstPersonOpeningUnderItsTitleIsAParagraph() {
        Resolution r = parse(
                "The General Assembly",
                "Adopts the following political declaration:1",
                "United against racism, racial discrimination, xenophobia and related intolerance",
                "We, Heads of State and Government, gathered at United Nations Headquarters on 22 September 2021,",
                "1. Reaffirm that the Durban Declaration is the comprehensive framework;",
                "2. Proclaim our determination;",
                "3rd plenary meeting",
                "22 September 2021");
        assertThat(r.operative()).extracting(Numbered::num).containsExactly(null, null, "1", "2");
        assertThat(r.operative().get(1).plain()).startsWith("We, Heads of State");
    }

    @Test
    void aLetterTypedForTheFirstParagraphsNumberIsReadAsOne() {
        Resolution r = parse(
                "The General Assembly,",
                "Recognizing that plant health is key,",
                "l. Decides to designate 12 May as the International Day of Plant Health;",
                "2. Invites all Member States to observe the Day;",
                "60th plenary meeting",
                "29 March 2022");
        assertThat(r.preamble()).hasSize(1);
        assertThat(r.operative()).extracting(Numbered::num).containsExactly("1", "2");
        assertThat(warnings).anyMatch(w -> w.code().equals("repair") && w.message().contains("'l.'"));
    }
}
