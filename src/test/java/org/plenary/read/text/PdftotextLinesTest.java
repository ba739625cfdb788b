package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/** Excerpts of real pdftotext output (A/RES/78/258 and A/RES/78/199), with and without -layout. */
class PdftotextLinesTest {
    private static final String OF_BODIES = "the existence of a mandate emanating from one of the interg overnmental bodies of";

    /** The foot of page 1 and the head of page 2 of A/RES/78/258, pdftotext -layout. */
    private static final String[] LAYOUT_PAGE_BREAK = {
        "                " + OF_BODIES,
        "                the United Nations,",
        "",
        "",
        "        __________________",
        "            1",
        "                United Nations, Treaty Series, vol. 2349, No. 42146.",
        "",
        "",
        "",
        "",
        " 23-26254 (E)     050124",
        " *2326254*",
        "\fA/RES/78/258",
        "",
        "                    1.   Takes note of the ongoing efforts of the Government of Honduras to",
        "               combat corruption, including its initiative to establish an international, impartial,",
    };

    private static List<SourceLine> layout(String... lines) {
        return PdftotextLines.of(lines, SourceForm.PDF_LAYOUT).lines();
    }

    private static List<SourceLine> raw(String... lines) {
        return PdftotextLines.of(lines, SourceForm.PDF_RAW).lines();
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::plain).toList();
    }

    // --- -layout ---

    /** Blank lines are space, not lines; every text line keeps its line number in the file. */
    @Test
    void blankLinesAreSpaceAndLinesKeepTheirFileNumbers() {
        List<SourceLine> lines = layout(LAYOUT_PAGE_BREAK);
        assertThat(texts(lines)).containsExactly(OF_BODIES, "the United Nations,", "__________________", "1",
                "United Nations, Treaty Series, vol. 2349, No. 42146.", "23-26254 (E)     050124", "*2326254*",
                "A/RES/78/258", "1.   Takes note of the ongoing efforts of the Government of Honduras to",
                "combat corruption, including its initiative to establish an international, impartial,");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 5, 6, 7, 12, 13, 14, 16, 17);
    }

    /** A form feed starts a page: the line it opens is that page's first row, with no space before it. */
    @Test
    void aFormFeedStartsAPage() {
        List<SourceLine> lines = layout(LAYOUT_PAGE_BREAK);
        assertThat(lines).extracting(SourceLine::page).containsExactly(1, 1, 1, 1, 1, 1, 1, 2, 2, 2);
        SourceLine head = lines.get(7);
        assertThat(head.plain()).isEqualTo("A/RES/78/258");
        assertThat(head.baseline()).isEqualTo(1f); // the row on its page
        assertThat(head.gapBefore()).isZero();
        assertThat(head.left()).isZero();
        assertThat(head.right()).isEqualTo(12f);
    }

    /** Rows count lines on the page, blank ones too; the gap is the rows advanced since the text line before. */
    @Test
    void rowsAndGapsCountBlankLines() {
        List<SourceLine> lines = layout(LAYOUT_PAGE_BREAK);
        assertThat(lines).extracting(SourceLine::baseline).containsExactly(1f, 2f, 5f, 6f, 7f, 12f, 13f, 1f, 3f, 4f);
        assertThat(lines).extracting(SourceLine::gapBefore).containsExactly(0f, 1f, 3f, 1f, 1f, 5f, 1f, 0f, 2f, 1f);
    }

    /** A line stands at its indent: a paragraph's first line further right than the lines it wraps to. */
    @Test
    void linesStandAtTheirIndents() {
        List<SourceLine> lines = layout(LAYOUT_PAGE_BREAK);
        SourceLine opening = lines.get(8);
        SourceLine wrapped = lines.get(9);
        assertThat(opening.left()).isEqualTo(20f);
        assertThat(opening.right()).isEqualTo(20f + opening.plain().length());
        assertThat(wrapped.left()).isEqualTo(15f);
        assertThat(lines.get(3).left()).as("a note's marker alone on its line").isEqualTo(12f);
        assertThat(lines.get(0).size()).as("text has no type size").isZero();
    }

    /** Each page is as wide as its longest line and as high as its rows. */
    @Test
    void pagesAreMeasuredInColumnsAndRows() {
        PdftotextLines placed = PdftotextLines.of(LAYOUT_PAGE_BREAK, SourceForm.PDF_LAYOUT);
        int secondWidth = 15 + "combat corruption, including its initiative to establish an international, impartial,".length();
        assertThat(placed.pages()).containsExactly(new PageSize(16 + OF_BODIES.length(), 13), new PageSize(secondWidth, 4));
    }

    /**
     * A running head set against the right margin on the row of a wrapped title (page 3 of
     * A/RES/78/199): the parts of a row far apart become lines of their own on that row.
     */
    @Test
    void partsOfARowFarApartAreLinesOfTheirOwn() {
        List<SourceLine> lines = layout(
                "2/4                                                                                                                          23-26037",
                "\fEnhancement of international cooperation in the field of human",
                "rights                                                                                                      A/RES/78/199",
                "",
                "                     1.    Reaffirms that it is one of the purposes of the United Nations and the");
        assertThat(texts(lines)).containsExactly("2/4", "23-26037", "Enhancement of international cooperation in the field of human",
                "rights", "A/RES/78/199", "1.    Reaffirms that it is one of the purposes of the United Nations and the");
        SourceLine title = lines.get(3);
        SourceLine symbol = lines.get(4);
        assertThat(symbol.number()).isEqualTo(title.number()).isEqualTo(3);
        assertThat(symbol.baseline()).isEqualTo(title.baseline()).isEqualTo(2f);
        assertThat(symbol.page()).isEqualTo(2);
        assertThat(title.left()).isZero();
        assertThat(title.right()).isEqualTo(6f);
        assertThat(symbol.left()).isEqualTo(108f);
        assertThat(symbol.right()).isEqualTo(120f);
        // The row's space before it is the first part's; the others stand beside it.
        assertThat(title.gapBefore()).isEqualTo(1f);
        assertThat(symbol.gapBefore()).isZero();
        assertThat(lines.get(1).left()).isEqualTo(125f);
    }

    /** Words a few spaces apart (a job number and its print date) stay one line. */
    @Test
    void aNarrowGapDoesNotSplitALine() {
        List<SourceLine> lines = layout(" 23-26254 (E)     050124");
        assertThat(texts(lines)).containsExactly("23-26254 (E)     050124");
        assertThat(lines.get(0).left()).isEqualTo(1f);
    }

    /**
     * A justified line pdftotext spread wide (page 2 of A/RES/78/72): words that read on across the
     * gap, a lower-case word after a word or a comma, stay one line with one space.
     */
    @Test
    void aLineSpreadWideByJustificationStaysOneLine() {
        List<SourceLine> lines = layout(
                "                   community to enhance the role of space-based solutions, in                         particular",
                "                   of activities,                          including the");
        assertThat(texts(lines)).containsExactly("community to enhance the role of space-based solutions, in particular",
                "of activities, including the");
        assertThat(lines.get(0).left()).isEqualTo(19f);
        assertThat(lines.get(0).right()).isEqualTo(112f);
    }

    /** The cover's two columns: "United Nations" and the symbol on one row. */
    @Test
    void theCoversColumnsAreApart() {
        List<SourceLine> lines = layout(
                "                United Nations                                                                      A/RES/78/258",
                "                General Assembly                                                Distr.: General");
        assertThat(texts(lines)).containsExactly("United Nations", "A/RES/78/258", "General Assembly", "Distr.: General");
        assertThat(lines).extracting(SourceLine::left).containsExactly(16f, 100f, 16f, 80f);
    }

    /**
     * pdftotext ends every page with a form feed, the last one too: that form feed opens no page,
     * so a two-page document has two pages.
     */
    @Test
    void theFormFeedAfterTheLastPageOpensNoPage() {
        PdftotextLines placed = PdftotextLines.of("A/RES/78/258\n\fA/RES/78/258\n2/2\n\f".split("\n", -1), SourceForm.PDF_LAYOUT);
        assertThat(placed.pages()).hasSize(2);
    }

    // --- without -layout ---

    /** Without -layout nothing is split into columns, and nothing is indented. */
    @Test
    void rawTextHasNoColumns() {
        List<SourceLine> lines = raw("Distr.: General          28 December 2023", "Seventy-eighth session");
        assertThat(texts(lines)).containsExactly("Distr.: General          28 December 2023", "Seventy-eighth session");
        assertThat(lines).extracting(SourceLine::left).containsExactly(0f, 0f);
    }

    /**
     * A paragraph's number that plain pdftotext put alone on its line is joined to the text
     * after it, as printed (page 2 of A/RES/78/258); the joined line is cited by the number's line.
     */
    @Test
    void aLoneParagraphNumberIsJoinedToItsText() {
        List<SourceLine> lines = raw(
                "\fA/RES/78/258",
                "",
                "1.",
                "Takes note of the ongoing efforts of the Government of Honduras to",
                "combat corruption, including its initiative to establish an international, impartial,",
                "Honduras, which responds to the will and interests of the people of Honduras;",
                "2.",
                "Requests the Secretary-General, on an exceptional basis and without");
        assertThat(texts(lines)).containsExactly("A/RES/78/258",
                "1. Takes note of the ongoing efforts of the Government of Honduras to",
                "combat corruption, including its initiative to establish an international, impartial,",
                "Honduras, which responds to the will and interests of the people of Honduras;",
                "2. Requests the Secretary-General, on an exceptional basis and without");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 3, 5, 6, 7);
        assertThat(lines).extracting(SourceLine::baseline).containsExactly(1f, 4f, 5f, 6f, 8f);
        assertThat(lines.get(0).page()).isEqualTo(2);
    }

    /** The resolution's number alone, a blank line, then its title: one line, as printed. */
    @Test
    void aLoneResolutionNumberIsJoinedOverABlankLine() {
        List<SourceLine> lines = raw("[without reference to a Main Committee (A/78/L.33)]", "", "78/258.", "",
                "Fight against corruption and impunity in Honduras", "The General Assembly,");
        assertThat(texts(lines)).containsExactly("[without reference to a Main Committee (A/78/L.33)]",
                "78/258. Fight against corruption and impunity in Honduras", "The General Assembly,");
        assertThat(lines.get(2).number()).isEqualTo(6);
    }

    /** A point's label alone ("(a)") is joined too; a note's marker alone ("1") is not a label. */
    @Test
    void aLonePointLabelIsJoinedButANoteMarkerIsNot() {
        List<SourceLine> lines = raw("(a)", "An assessment of the needs still unmet;", "__________________", "1",
                "United Nations, Treaty Series, vol. 2349, No. 42146.");
        assertThat(texts(lines)).containsExactly("(a) An assessment of the needs still unmet;", "__________________", "1",
                "United Nations, Treaty Series, vol. 2349, No. 42146.");
    }

    /** A label is never joined to text on the next page. */
    @Test
    void aLabelIsNotJoinedAcrossAPage() {
        List<SourceLine> lines = raw("17.", "\fDecides to continue its consideration");
        assertThat(texts(lines)).containsExactly("17.", "Decides to continue its consideration");
        assertThat(lines).extracting(SourceLine::page).containsExactly(1, 2);
    }

    /**
     * Plain pdftotext printed the paragraph's short last line ("session.") right after its number
     * (A/RES/78/199, paragraph 17): it is put back after the rest of the paragraph.
     */
    @Test
    void aDisplacedLastLineIsPutBack() {
        String[] physical = {
            "machinery, including the Human Rights Council;",
            "17.",
            "session.",
            "",
            "Decides to continue its consideration of the question at its seventy-ninth",
            "",
            "50th plenary meeting",
        };
        assertThat(PdftotextLines.withDisplacedLastLinesRestored(physical)).containsExactly(
                "machinery, including the Human Rights Council;",
                "17.",
                "Decides to continue its consideration of the question at its seventy-ninth",
                "session.",
                "",
                "",
                "50th plenary meeting");
        assertThat(texts(raw(physical))).containsExactly("machinery, including the Human Rights Council;",
                "17. Decides to continue its consideration of the question at its seventy-ninth", "session.", "50th plenary meeting");
    }

    /**
     * A first line spread wide comes in lower-case pieces, each under a blank line, after the
     * opening and the displaced last line (A/RES/78/27, 78/87): the pieces go between the two,
     * whether the opening is a word alone or the first line's capitalised start.
     */
    @Test
    void thePiecesOfASpreadFirstLineGoBeforeTheLastLine() {
        String[] determined = {"have not yet commenced,", "Determined", "disarmament,", "", "to", "", "work", "",
            "collectively towards the realization", "", "of nuclear", "", "1.", "Underlines the strong support;"};
        assertThat(PdftotextLines.withDisplacedLastLinesRestored(determined)).containsExactly("have not yet commenced,",
                "Determined", "to", "work", "collectively towards the realization", "of nuclear", "disarmament,",
                "", "", "", "", "", "1.", "Underlines the strong support;");
        String[] recalling = {"May 2019 and November 2020, respectively,", "Recalling also the recommencement of",
            "constitutional amendments in 2021,", "", "public", "", "consultations on the", "",
            "Noting the participation of the Territory as a member in the Caribbean Overseas", "Countries and Territories Council,"};
        assertThat(texts(raw(recalling))).containsExactly("May 2019 and November 2020, respectively,",
                "Recalling also the recommencement of", "public", "consultations on the", "constitutional amendments in 2021,",
                "Noting the participation of the Territory as a member in the Caribbean Overseas", "Countries and Territories Council,");
    }

    /** A capitalised short line over pieces that are no spread line's (a symbol, a job number) stays where it is. */
    @Test
    void aShortLineOverCapitalisedPiecesStays() {
        String[] physical = {"of the United Nations;", "Reiterates its request to preserve", "Nations;", "", "A/RES/78/253", "", "Approves the changes"};
        assertThat(PdftotextLines.withDisplacedLastLinesRestored(physical.clone())).containsExactly(physical);
    }

    /** Lines that only look displaced (no blank line after the short one) are left alone. */
    @Test
    void aShortLineWithoutTheBlankAfterItStays() {
        String[] physical = {"17.", "session.", "Decides to continue", ""};
        assertThat(PdftotextLines.withDisplacedLastLinesRestored(physical)).containsExactly(physical);
    }

    /**
     * A heading's one word over a paragraph's number alone (A/RES/78/252: "Environment", "53.")
     * is no opening over a displaced last line: the number is no paragraph's last line.
     */
    @Test
    void aHeadingWordOverANumberIsNotReordered() {
        String[] physical = {"Section 14", "Environment", "53.", "",
            "Takes note of paragraph IV.140 of the report of the Advisory Committee;", "", "Part V"};
        assertThat(PdftotextLines.withDisplacedLastLinesRestored(physical.clone())).containsExactly(physical);
    }

    /** -layout output is not reordered: only text without -layout has displaced lines. */
    @Test
    void layoutTextIsNotReordered() {
        List<SourceLine> lines = layout("17.", "session.", "", "Decides to continue its consideration");
        assertThat(texts(lines)).containsExactly("17.", "session.", "Decides to continue its consideration");
    }

    /**
     * Plain pdftotext ran a note rule into the line above it ("… cross__________________", from
     * A/RES/78/141): the rule is a line of its own again.
     */
    @Test
    void aRunInRuleIsPutOnItsOwnLine() {
        List<SourceLine> lines = raw(
                "investments with the 2030 Agenda, and encourages cooperation to facilitate cross__________________",
                "4",
                "5");
        assertThat(texts(lines)).containsExactly("investments with the 2030 Agenda, and encourages cooperation to facilitate cross",
                "__________________", "4", "5");
    }

    /**
     * A note's text ending in a resolution's number ("74/229.", A/RES/78/160) is no label printed
     * alone: the next note's marker under it stays a line of its own.
     */
    @Test
    void aNumberEndingANoteIsNotJoinedToTheNextMarker() {
        List<SourceLine> lines = raw("Resolutions 58/200, 59/220, 70/213, 72/228 and", "74/229.", "4",
                "Economic and Social Council resolutions 2006/46 and 2022/16.");
        assertThat(texts(lines)).containsExactly("Resolutions 58/200, 59/220, 70/213, 72/228 and", "74/229.", "4",
                "Economic and Social Council resolutions 2006/46 and 2022/16.");
    }

    /** Nor to the next note's marker set before its text ("1/1." then "14 Ibid., …", 76/208 printed). */
    @Test
    void aNumberEndingANoteIsNotJoinedToTheNextNote() {
        List<SourceLine> lines = raw("13 Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex, resolution",
                "1/1.", "14 Ibid., Seventy-sixth session, Supplement No. 25 (A/76/25), annex I.");
        assertThat(texts(lines)).containsExactly(
                "13 Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex, resolution",
                "1/1.", "14 Ibid., Seventy-sixth session, Supplement No. 25 (A/76/25), annex I.");
    }

    /** Nor to the conclusions: "14." atop the last page ends "… Development Goal" (77/242 printed). */
    @Test
    void aNumberEndingASentenceIsNotJoinedToTheMeeting() {
        List<SourceLine> lines = raw("in driving progress and supporting the implementation of Sustainable Development Goal",
                "\fA/RES/77/242", "14.", "56th plenary meeting", "20 December 2022");
        assertThat(texts(lines)).containsExactly("in driving progress and supporting the implementation of Sustainable Development Goal",
                "A/RES/77/242", "14.", "56th plenary meeting", "20 December 2022");
    }

    /** The rule may run in after a space (A/RES/78/144): it is a line of its own all the same. */
    @Test
    void aRuleRunInAfterASpaceIsPutOnItsOwnLine() {
        List<SourceLine> lines = raw(
                "necessitates, inter alia, closing the gender gap, introducing appropriate gender __________________",
                "",
                "Resolution 69/283, annexes I and II.");
        assertThat(texts(lines)).containsExactly("necessitates, inter alia, closing the gender gap, introducing appropriate gender",
                "__________________", "Resolution 69/283, annexes I and II.");
    }

    /** Putting a run-in rule on its own line shifts no later line: each is still cited by its line in the file. */
    @Test
    void linesAfterARunInRuleKeepTheirFileNumbers() {
        List<SourceLine> lines = raw(
                "investments with the 2030 Agenda, and encourages cooperation to facilitate cross__________________",
                "4",
                "5");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 1, 2, 3);
    }

    /**
     * A justified line spread wide comes out of plain pdftotext a word a line (A/RES/78/184): the
     * words go back on one line, cited by the first's line; a note's symbols alone on their lines
     * after a blank line stay apart.
     */
    @Test
    void aSpreadLinesWordsGoBackOnOneLine() {
        List<SourceLine> lines = raw(
                "66. Calls upon States, the United Nations agencies, international and",
                "intergovernmental",
                "organizations,",
                "regional",
                "organizations,",
                "as",
                "appropriate,",
                "non-governmental organizations and development actors, to address the needs;",
                "__________________",
                "",
                "A/78/206.",
                "A/78/216.",
                "A/78/331.");
        assertThat(texts(lines)).containsExactly("66. Calls upon States, the United Nations agencies, international and",
                "intergovernmental organizations, regional organizations, as appropriate,",
                "non-governmental organizations and development actors, to address the needs;",
                "__________________", "A/78/206.", "A/78/216.", "A/78/331.");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 8, 9, 11, 12, 13);
    }
}
