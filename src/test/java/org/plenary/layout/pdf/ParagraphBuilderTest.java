package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.lexicon.Lexicon;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class ParagraphBuilderTest {
    private static final Predicate<String> OPENS = line -> Lexicon.opensParagraph(line, Lexicon.preambular(), Lexicon.operative());
    private static final PrintedLines RES = PrintedLines.resolution78258();
    /** The measures of A/RES/78/258: body 9 pt, margins 123.5 and 487.5, leading 12. */
    private static final PageMetrics METRICS = PageMetrics.of(RES.lines());

    /** Adds lines to a builder as PdfLayout does: raised markers read as calls, italics spread over whole words. */
    private static List<Block> build(PageMetrics metrics, List<SourceLine> lines) {
        ParagraphBuilder builder = new ParagraphBuilder(metrics, OPENS);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String next = i + 1 < lines.size() && lines.get(i + 1).page() == line.page() ? lines.get(i + 1).plain() : "";
            builder.add(line, RaisedMarkers.toCalls(line.text()).wholeWords(StyledText.ITALIC), next);
        }
        return builder.finish();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::plain).toList();
    }

    /** The body of A/RES/78/258 without its furniture and notes (lines 1–34 and 40–48). */
    private static List<SourceLine> body() {
        List<SourceLine> all = RES.lines();
        return java.util.stream.Stream.concat(all.subList(0, 34).stream(), all.subList(39, 48).stream()).toList();
    }

    /**
     * The real resolution: each indented first line starts a recital or paragraph, the wrapped
     * lines join it, the formula stands alone, paragraph 1 starts the new page, and the
     * conclusions set to the right stand apart.
     */
    @Test
    void indentedFirstLinesStartTheParagraphsOfARealResolution() {
        List<Block> blocks = build(METRICS, body());
        List<String> texts = texts(blocks);
        int formula = texts.indexOf("The General Assembly,");
        assertThat(formula).isPositive();
        assertThat(texts.subList(formula + 1, texts.size())).containsExactly(
                "Reaffirming the Charter of the United Nations, including the purposes and principles embodied therein,",
                "Welcoming the commitment and constant efforts of the Government of the first female President in the history of"
                        + " Honduras, Iris Xiomara Castro Sarmiento, to defend human rights and fundamental freedoms, reinforce the rule"
                        + " of law, especially access to justice, and fight corruption, including continued efforts to collaborate with"
                        + " the United Nations towards the establishment of an international, impartial, independent and autonomous"
                        + " mechanism against corruption and impunity in Honduras,",
                "Reaffirming that the United Nations Convention against Corruption is the most comprehensive and universal"
                        + " instrument on corruption, and recognizing the need to continue to promote its ratification or accession"
                        + " thereto and its full and effective implementation,",
                "Emphasizing respect for the national sovereignty and the constitutional and legal framework of Honduras,",
                "Acknowledging that, on 15 December 2022, the Government of Honduras and the United Nations signed a memorandum of"
                        + " understanding which signified the start of efforts towards the establishment of an international, impartial,"
                        + " independent and autonomous mechanism against corruption and impunity in Honduras, in which it was recognized"
                        + " that the establishment of said mechanism would be subject, inter alia, to the existence of a mandate"
                        + " emanating from one of the intergovernmental bodies of the United Nations,",
                "1. Takes note of the ongoing efforts of the Government of Honduras to combat corruption, including its initiative"
                        + " to establish an international, impartial, independent and autonomous mechanism against corruption and"
                        + " impunity in Honduras, which responds to the will and interests of the people of Honduras;",
                "2. Requests the Secretary-General, on an exceptional basis and without creating a precedent, to support the"
                        + " initiative of the Government of Honduras in its fight against corruption and impunity with a view to its"
                        + " prompt implementation.",
                "50th (resumed) plenary meeting",
                "22 December 2023");
        // Where each block starts and ends, as lines of the document.
        Block reaffirming = blocks.get(formula + 3);
        assertThat(reaffirming.firstLine()).isEqualTo(22);
        assertThat(reaffirming.lastLine()).isEqualTo(25);
        assertThat(reaffirming.text().callMarkers()).containsExactly("1");
        assertThat(reaffirming.text().leadingItalic()).isEqualTo("Reaffirming");
    }

    /** On the cover, before the formula, lines that stand apart are fields of their own. */
    @Test
    void coverLinesAreFieldsOfTheirOwn() {
        List<String> texts = texts(build(METRICS, body()));
        assertThat(texts.subList(0, texts.indexOf("The General Assembly,"))).containsExactly(
                "A/RES/78/258", "United Nations", "General Assembly", "Distr.: General", "28 December 2023",
                "Seventy-eighth session", "Agenda item 107", "Crime prevention and criminal justice",
                "Resolution adopted by the General Assembly on 22 December 2023",
                "[without reference to a Main Committee (A/78/L.33)]",
                "78/258. Fight against corruption and impunity in Honduras");
    }

    /** What the page showed of each block: conclusions set to the right stand apart; recitals are indented; all is typed. */
    @Test
    void blocksKeepTheirLook() {
        List<Block> blocks = build(METRICS, body());
        Block meeting = blocks.stream().filter(b -> b.plain().startsWith("50th")).findFirst().orElseThrow();
        Block recital = blocks.stream().filter(b -> b.plain().startsWith("Emphasizing")).findFirst().orElseThrow();
        Block title = blocks.stream().filter(b -> b.plain().startsWith("78/258.")).findFirst().orElseThrow();
        assertThat(meeting.look().centred()).isTrue();
        assertThat(meeting.look().page()).isEqualTo(2);
        assertThat(recital.look()).isEqualTo(new Block.Look(false, false, false, 1, true, false));
        assertThat(title.look().bold()).isTrue();
    }

    /**
     * The formula stands alone: the line after it starts a paragraph even at the margin in the
     * same type, where it would otherwise go on the formula's paragraph.
     */
    @Test
    void theFormulaStandsAlone() {
        PrintedLines lines = new PrintedLines();
        lines.add(1, 72.4f, 405.0f, 343.5f, 12, "{b:78/258. Fight against corruption and impunity in Honduras}")
                .add(1, 147.1f, 246.6f, 400f, 9, "{i:The General Assembly},")
                .add(1, 123.4f, 487.5f, 412f, 9, "{i:Having considered} the report of the Secretary-General on the")
                .add(1, 123.4f, 300f, 424f, 9, "activities of the Ethics Office,");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("The General Assembly,",
                "Having considered the report of the Secretary-General on the activities of the Ethics Office,");
    }

    /** The same lines without the formula: the line at the margin goes on the paragraph before (the formula's rule is what splits). */
    @Test
    void aLineAtTheMarginGoesOnTheParagraphBefore() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 246.6f, 400f, 9, "{i:The Assembly considered},")
                .add(1, 123.4f, 487.5f, 412f, 9, "the report of the Secretary-General on the");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.get(texts.size() - 1)).isEqualTo("The Assembly considered, the report of the Secretary-General on the");
    }

    /** An annex's heading ("Annex", "Annex II") stands alone: the title right under it is a paragraph of its own. */
    @Test
    void anAnnexHeadingStandsAlone() {
        for (String heading : List.of("Annex", "Annex II")) {
            PrintedLines lines = coverAndFormula();
            lines.add(1, 123.4f, 160f, 400f, 9, heading)
                    .add(1, 123.4f, 400f, 412f, 9, "Terms of reference of the international mechanism against corruption");
            List<String> texts = texts(build(METRICS, lines.lines()));
            assertThat(texts.subList(texts.size() - 2, texts.size())).as(heading)
                    .containsExactly(heading, "Terms of reference of the international mechanism against corruption");
        }
    }

    /** A line that only begins with "Annex" is no heading: the line under it goes on with it. */
    @Test
    void aLineOpeningWithAnnexIsNoHeading() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 123.4f, 160f, 400f, 9, "Annex to the letter")
                .add(1, 123.4f, 400f, 412f, 9, "dated 5 January 2024");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.get(texts.size() - 1)).isEqualTo("Annex to the letter dated 5 January 2024");
    }

    /** A line that ends with a hyphen after a letter goes on with no space, the hyphen kept ("seventy-" "fifth"). */
    @Test
    void aHyphenatedLineEndJoinsWithoutASpace() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 487.5f, 400f, 9, "{i:Welcoming} the fact that 10 December 2023 will mark the seventy-")
                .add(1, 123.4f, 400f, 412f, 9, "fifth anniversary of the Universal Declaration of Human Rights, 1948 -")
                .add(1, 123.4f, 300f, 424f, 9, "a landmark,");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.get(texts.size() - 1)).isEqualTo(
                "Welcoming the fact that 10 December 2023 will mark the seventy-fifth anniversary of the Universal Declaration of"
                        + " Human Rights, 1948 - a landmark,");
    }

    /** An opening phrase wrapped over two lines stays one italic run: the space joining them is italic too. */
    @Test
    void anItalicOpeningWrappedOverALineStaysOneRun() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 487.5f, 400f, 9, "the General Assembly has long considered the matter and now it is {i:Deeply}")
                .add(1, 123.4f, 300f, 412f, 9, "{i:concerned} about it,");
        Block last = build(METRICS, lines.lines()).get(3);
        int at = last.plain().indexOf("Deeply concerned");
        assertThat(last.text().substring(at, at + "Deeply concerned".length()).allOf(StyledText.ITALIC)).isTrue();
    }

    /** A paragraph goes on across the page break from a full line into a line at the margin. */
    @Test
    void aParagraphRunsOnAcrossAPageFromAFullLine() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 487.6f, 640f, 9, "{i:Acknowledging} that the establishment of said mechanism would be subject to the")
                .add(2, 123.4f, 300f, 82f, 9, "existence of a mandate,");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.get(texts.size() - 1))
                .isEqualTo("Acknowledging that the establishment of said mechanism would be subject to the existence of a mandate,");
    }

    /**
     * A one-line recital that nearly fills the page's last line is whole: the next page's first
     * line, at the indent and opening a recital, starts one (75/203 printed).
     */
    @Test
    void aOneLineRecitalEndsAtAPageBreakBeforeAnOpeningAtTheIndent() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 469.8f, 640f, 9, "{i:Recognizing} the need to ensure that the benefits of trade are more widely shared,")
                .add(2, 147.1f, 487.6f, 82f, 9, "{i:Reaffirming} World Trade Organization decision WT/MIN(15)/48-WT/L/982 of 19")
                .add(2, 123.4f, 300f, 94f, 9, "December 2015 on the implementation of preferential treatment,");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly(
                "Recognizing the need to ensure that the benefits of trade are more widely shared,",
                "Reaffirming World Trade Organization decision WT/MIN(15)/48-WT/L/982 of 19 December 2015 on the implementation"
                        + " of preferential treatment,");
    }

    /** A suspended hyphen at a line's end keeps its space: "troop-" then "and police-contributing". */
    @Test
    void aSuspendedHyphenKeepsItsSpace() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 147.1f, 487.5f, 400f, 9, "{i:Welcoming} the contributions of Member States, including troop-")
                .add(1, 123.4f, 300f, 412f, 9, "and police-contributing countries,");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.get(texts.size() - 1)).isEqualTo(
                "Welcoming the contributions of Member States, including troop- and police-contributing countries,");
    }

    /** After a short last line, the next page's first line starts a paragraph even at the margin. */
    @Test
    void aShortLineEndsItsParagraphAtAPageBreak() {
        PrintedLines lines = coverAndFormula();
        lines.add(1, 123.4f, 206.9f, 650f, 9, "the United Nations,")
                .add(2, 123.4f, 487.5f, 82f, 9, "Decides to remain seized of the matter and to consider it again at its")
                .add(2, 123.4f, 300f, 94f, 9, "seventy-ninth session.");
        List<String> texts = texts(build(METRICS, lines.lines()));
        assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("the United Nations,",
                "Decides to remain seized of the matter and to consider it again at its seventy-ninth session.");
    }

    /** Text without type (pdftotext): a note's call printed as a number on a line of its own belongs to the line before. */
    @Test
    void inTextALoneCallGoesWithTheLineBefore() {
        List<SourceLine> lines = PrintedLines.text(1,
                "                The General Assembly,",
                "                      Recalling its resolution 77/1 of 2 December 2022 on the report of the",
                "                Secretary-General on the activities of the Ethics Office and on the",
                "                work of the Office in its fifteenth year,",
                "                                                                     1",
                "                      Welcoming the report of the Secretary-General on the activities of the",
                "                Ethics Office,");
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).containsExactly("The General Assembly,",
                "Recalling its resolution 77/1 of 2 December 2022 on the report of the Secretary-General on the activities of the"
                        + " Ethics Office and on the work of the Office in its fifteenth year, 1",
                "Welcoming the report of the Secretary-General on the activities of the Ethics Office,");
    }

    /**
     * Text without indents (plain pdftotext): after a line that ended a clause, a line with a
     * known opening starts a paragraph; any other line goes on the one before.
     */
    @Test
    void inUnindentedTextAKnownOpeningAfterAClauseStartsAParagraph() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "Reaffirming the Charter of the United Nations, including the purposes and",
                "principles embodied therein,",
                "Welcoming the commitment and constant efforts of the Government of the first",
                "female President in the history of Honduras,",
                "United Nations towards the establishment of an international mechanism,");
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).containsExactly("The General Assembly,",
                "Reaffirming the Charter of the United Nations, including the purposes and principles embodied therein,",
                "Welcoming the commitment and constant efforts of the Government of the first female President in the history of"
                        + " Honduras, United Nations towards the establishment of an international mechanism,");
    }

    /**
     * A point's label the wrap put first on a line in the middle of a sentence (75/216 through plain
     * pdftotext: "… the achievement of target" over "(d) of the Sendai Framework") goes on the
     * paragraph; after a clause's end, or "; and", a label starts a point.
     */
    @Test
    void inUnindentedTextALabelInTheMiddleOfASentenceStartsNoPoint() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "1. Encourages building codes, as appropriate, towards the achievement of target",
                "(d) of the Sendai Framework, and in this regard encourages countries to act:",
                "(a) to integrate disaster risk reduction; and",
                "(b) to report on progress;");
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).containsExactly("The General Assembly,",
                "1. Encourages building codes, as appropriate, towards the achievement of target (d) of the Sendai Framework, "
                        + "and in this regard encourages countries to act:",
                "(a) to integrate disaster risk reduction; and",
                "(b) to report on progress;");
    }

    /**
     * A resolution of one unnumbered paragraph whose verb is one of the Assembly's rarer acts
     * (75/286 through plain pdftotext): "Appoints" after the last recital's comma starts it.
     */
    @Test
    void inUnindentedTextAnAppointmentStartsTheOperativePart() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "Expressing its appreciation for the effective and dedicated service rendered to the",
                "United Nations by Mr. António Guterres during his first term of office,",
                "Appoints Mr. António Guterres Secretary-General of the United Nations for a term",
                "of office beginning on 1 January 2022 and ending on 31 December 2026.");
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).hasSize(3);
        assertThat(texts.get(2)).startsWith("Appoints Mr. António Guterres");
    }

    /**
     * A group's number alone on its line, its heading under it (pdftotext -layout of A/RES/78/234,
     * where both stand at the body's margin): the number, the heading and the paragraph under them
     * are three blocks, as in the PDF.
     */
    @Test
    void inTextAGroupNumberStandsApartFromTheHeadingUnderIt() {
        String text = String.join("\n",
                "                    The General Assembly,",
                "                          Recognizing that combating racism is a matter of priority for the international",
                "                    community,",
                "",
                "                    I",
                "                    International Convention on the Elimination of All Forms of Racial Discrimination",
                "                          1.   Reaffirms the paramount importance of universal adherence to and the full",
                "                    and effective implementation of the Convention;");
        List<SourceLine> lines = new org.plenary.read.text.TextReader().read(text).lines();
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).containsExactly("The General Assembly,",
                "Recognizing that combating racism is a matter of priority for the international community,", "I",
                "International Convention on the Elimination of All Forms of Racial Discrimination",
                "1. Reaffirms the paramount importance of universal adherence to and the full and effective implementation of the Convention;");
    }

    /**
     * The same without indents (plain pdftotext): the number after a clause's end starts a block,
     * and so does its heading, which a known opening ends (A/RES/78/253).
     */
    @Test
    void inUnindentedTextAGroupNumberAfterAClauseStandsAlone() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "35. Requests the five regional groups to nominate a candidate for",
                "appointment to the Group of Independent Eminent Experts in a timely fashion;",
                "V",
                "Trust fund for the Programme for the Decade for Action to Combat Racism and",
                "Racial Discrimination",
                "36. Recalls the establishment by the Secretary-General, in 1973, of the trust fund;",
                "37. Notes that a sentence may end in part",
                "B of the report and go on;",
                "XXI",
                "Gross jointly financed budget of the Joint Inspection Unit",
                "Approves the gross budget of the Unit for 2024;");
        List<String> texts = texts(build(PageMetrics.of(lines), lines));
        assertThat(texts).containsExactly("The General Assembly,",
                "35. Requests the five regional groups to nominate a candidate for appointment to the Group of Independent Eminent"
                        + " Experts in a timely fashion;", "V",
                "Trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination",
                "36. Recalls the establishment by the Secretary-General, in 1973, of the trust fund;",
                "37. Notes that a sentence may end in part B of the report and go on;", "XXI",
                "Gross jointly financed budget of the Joint Inspection Unit", "Approves the gross budget of the Unit for 2024;");
    }

    private static List<String> textBlocks(String... lines) {
        List<SourceLine> read = new org.plenary.read.text.TextReader().read(String.join("\n", lines)).lines();
        return texts(build(PageMetrics.of(read), read));
    }

    /**
     * A group's heading at the top of a page (pdftotext -layout of A/RES/78/148: "Social aspects",
     * at the margin, the running head above it set aside): a short line ending in a word, after a
     * recital that ended and over a known opening, is a block of its own; a line ending a clause
     * there goes on the paragraph before.
     */
    @Test
    void inTextAHeadingAtAPageTopStandsApart() {
        assertThat(textBlocks(
                "                    The General Assembly,",
                "                          Recalling the importance of international collaboration in furthering the work",
                "                    of the International Maritime Organization and the International Road Transport",
                "                    Union to enhance the sustainability of international shipping and road transport,",
                "\f                    Social aspects",
                "                          Noting the importance of supporting efforts to provide communities in rural",
                "                    areas, especially in developing countries, with access to roads,",
                "\f                    in cities and towns,",
                "                          Reaffirming its commitment to promote access for all to safe transport,"))
                .containsExactly("The General Assembly,",
                        "Recalling the importance of international collaboration in furthering the work of the International Maritime"
                                + " Organization and the International Road Transport Union to enhance the sustainability of international"
                                + " shipping and road transport,",
                        "Social aspects",
                        "Noting the importance of supporting efforts to provide communities in rural areas, especially in developing"
                                + " countries, with access to roads, in cities and towns,",
                        "Reaffirming its commitment to promote access for all to safe transport,");
    }

    /**
     * Without indents (plain pdftotext of A/RES/78/148 and 78/252): a heading between a recital's
     * end and a known opening stands alone; a budget section's number stands alone, and its
     * heading, wrapped after a colon, stays one block up to the paragraph under it. (A line is
     * short against the commonest line end: the two long lines here end at one column.)
     */
    @Test
    void inUnindentedTextHeadingsAndSectionNumbersStandApart() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "Emphasizing the need to promote harmonization, simplification and standardization of rules and documentation,",
                "including the full and effective implementation of regional agreements for parties thereto,",
                "Multimodal transportation",
                "Noting that, in developing multimodal transport systems, it is necessary to take into account roads, rail and",
                "air transport,",
                "Section 11",
                "United Nations system support for the African Union’s Agenda 2063:",
                "The Africa We Want",
                "51. Recalls that the development of Africa is an established priority of the United Nations;");
        assertThat(texts(build(PageMetrics.of(lines), lines))).containsExactly("The General Assembly,",
                "Emphasizing the need to promote harmonization, simplification and standardization of rules and documentation,"
                        + " including the full and effective implementation of regional agreements for parties thereto,",
                "Multimodal transportation",
                "Noting that, in developing multimodal transport systems, it is necessary to take into account roads, rail and air transport,",
                "Section 11",
                "United Nations system support for the African Union’s Agenda 2063: The Africa We Want",
                "51. Recalls that the development of Africa is an established priority of the United Nations;");
    }

    /**
     * Without indents, a participle after a clause's end opens no recital inside an open
     * quotation (A/RES/78/154), nor when a name's capitalised words follow it (A/RES/78/146),
     * nor after a colon (A/RES/78/187).
     */
    @Test
    void inUnindentedTextNoRecitalOpensInAQuotationOrAName() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "Taking note with appreciation of the global celebrations of the 2023 World Day to Combat",
                "Desertification and Drought, under the theme “Her Land. Her Rights:",
                "Advancing gender equality and land restoration goals”, on 16 June 2023,",
                "Emphasizing that the States parties to the Convention on the Prohibition of the Production,",
                "Stockpiling and Use of Chemical Weapons and on Their Destruction were invited to act,",
                "39. Calls upon States to encourage business enterprises to respect children’s rights, and takes note of",
                "the Guiding Principles on Business and Human Rights:",
                "Implementing the United Nations “Protect, Respect and Remedy” Framework;41");
        assertThat(texts(build(PageMetrics.of(lines), lines))).containsExactly("The General Assembly,",
                "Taking note with appreciation of the global celebrations of the 2023 World Day to Combat Desertification and"
                        + " Drought, under the theme “Her Land. Her Rights: Advancing gender equality and land restoration goals”,"
                        + " on 16 June 2023,",
                "Emphasizing that the States parties to the Convention on the Prohibition of the Production, Stockpiling and Use"
                        + " of Chemical Weapons and on Their Destruction were invited to act,",
                "39. Calls upon States to encourage business enterprises to respect children’s rights, and takes note of the"
                        + " Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and"
                        + " Remedy” Framework;41");
    }

    /** A quotation the UN left unclosed lines before (A/RES/78/261) does not hold the next recital back. */
    @Test
    void inUnindentedTextAQuotationLeftOpenEarlierHoldsNothingBack() {
        List<SourceLine> lines = PrintedLines.text(1,
                "The General Assembly,",
                "Recalling also its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the",
                "Secretary-General entitled ‘Our Common Agenda’ 3 and noting the proposal contained in that report,",
                "Recalling further the Political Declaration adopted at the High-Level Political Forum,");
        assertThat(texts(build(PageMetrics.of(lines), lines))).containsExactly("The General Assembly,",
                "Recalling also its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the"
                        + " Secretary-General entitled ‘Our Common Agenda’ 3 and noting the proposal contained in that report,",
                "Recalling further the Political Declaration adopted at the High-Level Political Forum,");
    }

    /**
     * pdftotext -layout of a programme budget's resolution (A/RES/78/252): a part's number, its
     * heading, a section's number and its heading, all at the margin, are four blocks, as in the
     * PDF where they are bold.
     */
    @Test
    void inTextASectionNumberStandsApartUnderAPartsHeading() {
        assertThat(textBlocks(
                "               The General Assembly,",
                "                     32. Decides to approve the programme budget for 2024, subject to the",
                "               provisions of the present resolution;",
                "",
                "               Part I",
                "               Overall policymaking, direction and coordination",
                "               Section 1",
                "               Overall policymaking, direction and coordination",
                "                     33. Takes note of paragraph I.9 of the report of the Advisory Committee,",
                "               and approves the establishment of the Office of Data Protection and Privacy;"))
                .containsExactly("The General Assembly,",
                        "32. Decides to approve the programme budget for 2024, subject to the provisions of the present resolution;",
                        "Part I", "Overall policymaking, direction and coordination", "Section 1",
                        "Overall policymaking, direction and coordination",
                        "33. Takes note of paragraph I.9 of the report of the Advisory Committee, and approves the establishment of"
                                + " the Office of Data Protection and Privacy;");
    }

    /**
     * A recital the UN printed without its first-line indent (pdftotext -layout of A/RES/78/68,
     * "Recognizing the efforts …"): a known opening after a clause's end starts it all the same.
     */
    @Test
    void inTextAKnownOpeningAtTheMarginAfterAClauseStartsAParagraph() {
        assertThat(textBlocks(
                "              The General Assembly,",
                "                    Noting in this regard the concern about the potential risks and effects of",
                "              genetically engineered aquatic fish species on the health of wild fish stocks,",
                "              Recognizing the efforts made by States and regional fisheries management",
                "              organizations and arrangements in regulating deep-sea fisheries,"))
                .containsExactly("The General Assembly,",
                        "Noting in this regard the concern about the potential risks and effects of genetically engineered aquatic fish"
                                + " species on the health of wild fish stocks,",
                        "Recognizing the efforts made by States and regional fisheries management organizations and arrangements in"
                                + " regulating deep-sea fisheries,");
    }

    /**
     * Text keeps where its lines broke: a line that stops in a word less than half-way across ends
     * its paragraph, and the capitalised line under it starts one, at the same column (A/RES/78/318)
     * and without indents; the block says it followed a short line. A number alone on its line is
     * no such line.
     */
    @Test
    void inTextALineThatStopsShortEndsItsParagraph() {
        String indented = String.join("\n",
                "                 The General Assembly,",
                "                     3.    Further decides that the Summit, subject to the rules of procedure of the",
                "                 General Assembly, will consist of:",
                "                       (a)   Plenary meetings from 9 a.m. to 1 p.m. and from 3 to 6 p.m.;",
                "                      (b) An opening segment on the first day from 9 to 10.30 a.m., which will",
                "                 include the adoption of the political declaration followed by statements from the",
                "                 President of the General Assembly, the Secretary-General and the President of the",
                "                 Economic and Social Council;",
                "                      (c) A closing segment on the third day from 5 to 6 p.m., which will feature a",
                "                 statement from the President of the General Assembly;",
                "                      4.     Decides that the Summit will have two high-level round tables, each to be",
                "                 co-chaired by two Heads of State or Government, one from a developed country and",
                "                 one from a developing country, to be appointed by the President of the General",
                "                 Assembly after consultations with the Member States, ensuring geographical balance,",
                "                 on the following themes:",
                "                       Round table 1: Strengthening the three pillars of social development: poverty",
                "                       eradication, full and productive employment and decent work for all, and social",
                "                       inclusion",
                "                       Round table 2: Assessing progress and addressing gaps and challenges in the",
                "                       implementation of the commitments of the Copenhagen Declaration on Social",
                "                       Development and its Programme of Action and giving momentum towards the",
                "                       implementation of the 2030 Agenda for Sustainable Development;",
                "                       5.    Encourages Member States, members of the United Nations specialized",
                "                 agencies and observers of the General Assembly to be represented at the level of Head",
                "                 of State or Government or at the highest possible level to make statements in plenary",
                "                 of up to five minutes;");
        String unindented = indented.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
        for (String text : List.of(indented, unindented)) {
            List<SourceLine> lines = new org.plenary.read.text.TextReader().read(text).lines();
            List<Block> blocks = build(PageMetrics.of(lines), lines);
            List<Block> fromFour = blocks.subList(texts(blocks).indexOf(texts(blocks).stream().filter(t -> t.startsWith("4.")).findFirst().orElseThrow()), blocks.size());
            assertThat(texts(fromFour)).as(text).containsExactly(
                    "4. Decides that the Summit will have two high-level round tables, each to be co-chaired by two Heads of State or"
                            + " Government, one from a developed country and one from a developing country, to be appointed by the President"
                            + " of the General Assembly after consultations with the Member States, ensuring geographical balance, on the"
                            + " following themes:",
                    "Round table 1: Strengthening the three pillars of social development: poverty eradication, full and productive"
                            + " employment and decent work for all, and social inclusion",
                    "Round table 2: Assessing progress and addressing gaps and challenges in the implementation of the commitments"
                            + " of the Copenhagen Declaration on Social Development and its Programme of Action and giving momentum towards"
                            + " the implementation of the 2030 Agenda for Sustainable Development;",
                    "5. Encourages Member States, members of the United Nations specialized agencies and observers of the General"
                            + " Assembly to be represented at the level of Head of State or Government or at the highest possible level to"
                            + " make statements in plenary of up to five minutes;");
            assertThat(fromFour).extracting(block -> block.look().afterShortLine()).containsExactly(false, false, true, false);
        }
    }

    /** A cover line, the title and the formula: the lines a test adds after them are in the body. */
    private static PrintedLines coverAndFormula() {
        PrintedLines lines = new PrintedLines();
        lines.add(1, 123.4f, 206.4f, 57.8f, 13, "United Nations")
                .add(1, 72.4f, 405.0f, 343.5f, 12, "{b:78/258. Fight against corruption and impunity in Honduras}")
                .add(1, 147.1f, 246.6f, 368.0f, 9, "{i:The General Assembly},");
        return lines;
    }

    /**
     * A resolution printed without its formula (pdftotext -layout of A/RES/78/225): the body starts
     * at the first known opening after the committee line, so a wrapped recital's lines that open
     * with a capital ("Social Council, …") are not taken for the cover's lines of their own.
     */
    @Test
    void withoutAFormulaTheBodyStartsAtTheFirstOpeningAfterTheCommitteeLine() {
        String text = String.join("\n",
                "                [on the report of the Third Committee (A/78/482, para. 29)]",
                "",
                "  78/225.       Enhancing the contributions of the Commission on Crime",
                "                Prevention and Criminal Justice",
                "",
                "                      Recalling its resolution 70/299 of 29 July 2016, in which it encouraged",
                "                coherence of the General Assembly and its Main Committees, the Economic and",
                "                Social Council, the specialized agencies and the functional commissions of the",
                "                Council, and other intergovernmental bodies and forums with the work of the",
                "                high-level political forum on sustainable development towards the review,",
                "                      Recalling also its resolution 73/183 of 17 December 2018, in which it underlined",
                "                the importance of the Commission on Crime Prevention and Criminal Justice,");
        List<SourceLine> lines = new org.plenary.read.text.TextReader().read(text).lines();

        List<String> texts = texts(build(PageMetrics.of(lines), lines));

        assertThat(texts).hasSize(5);
        assertThat(texts.get(3)).startsWith("Recalling its resolution 70/299").contains("Social Council, the specialized")
                .endsWith("towards the review,");
        assertThat(texts.get(4)).startsWith("Recalling also its resolution 73/183");
    }
}
