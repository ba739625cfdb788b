package org.plenary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.read.text.TextReader;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

class LayoutCleanerTest {
    private final LayoutCleaner cleaner = new LayoutCleaner();

    private LaidOutText clean(String text) {
        return cleaner.clean(new TextReader().read(text));
    }

    private static final String PAGED = String.join("\n",
            " The General Assembly,",
            "",
            " Recalling the Programme of Action of the International Conference on Population",
            "and Development adopted at Cairo,1 and the outcome documents of the twenty-",
            "fourth2 special session of the General Assembly, held in New York in the summer of",
            "the year two thousand, and recalling the Convention on the Elimination of All",
            "",
            "_______________",
            "1 Report of the International Conference on Population and Development, Cairo, 5-13",
            "September 1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I.",
            "2 Resolution S-24/2, annex.",
            " Forms of Racial Discrimination,",
            "",
            " 1. Takes note of the report of the Secretary-General, which was submitted to the",
            "Assembly at its fifty-ninth session in accordance with its earlier resolution;",
            "",
            "A/RES/59/241",
            "7/9",
            " 2. Decides to include the item in the provisional agenda of its sixty-first session.",
            "");

    @Test
    void joinsHardWrapsAndRejoinsAParagraphCutByANoteBlock() {
        LaidOutText laidOut = clean(PAGED);
        assertThat(laidOut.form()).isEqualTo(SourceForm.PDF_TEXT);
        List<String> blocks = laidOut.blocks().stream().map(Block::plain).toList();
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(1))
                .contains("adopted at Cairo,1 and the outcome")
                .contains("twenty-fourth2 special session")
                .endsWith("Elimination of All Forms of Racial Discrimination,");
        assertThat(blocks.get(2)).startsWith("1. Takes note").endsWith("earlier resolution;");
    }

    /** "cell- and gene-based" broken after "cell-": the hyphen is a suspended one, the space stays. */
    @Test
    void keepsTheSpaceAfterASuspendedHyphenAtALinesEnd() {
        LaidOutText laidOut = clean(String.join("\n",
                " The General Assembly,",
                "",
                " 1. Calls for access to health technologies, including assistive products, cell-",
                "and gene-based therapies, and for a twenty-",
                "first century approach to gender-",
                "sensitive measures;",
                "",
                " 2. Decides to remain seized of the matter.",
                ""));
        assertThat(laidOut.blocks().get(1).plain())
                .contains("cell- and gene-based therapies")
                .contains("twenty-first century")
                .contains("gender-sensitive measures");
    }

    /** A/RES/75/244 through plain pdftotext: part "I" ends a page, its heading opens the next. */
    @Test
    void aGroupsNumberAtAPagesEndStandsApartFromTheRecitalAboveIt() {
        LaidOutText laidOut = clean(String.join("\n",
                "The General Assembly,",
                "Recalling its resolution 14 (I) of 13 February 1946 and the role of the Advisory",
                "Committee as a subsidiary body of the General Assembly,",
                "I",
                "\fCalendar of conferences and meetings",
                "1. Welcomes the report of the Committee on Conferences for 2020;"));
        assertThat(laidOut.blocks()).extracting(b -> b.text().text()).containsExactly("The General Assembly,",
                "Recalling its resolution 14 (I) of 13 February 1946 and the role of the Advisory Committee as a subsidiary body of the General Assembly,",
                "I", "Calendar of conferences and meetings", "1. Welcomes the report of the Committee on Conferences for 2020;");
    }

    @Test
    void liftsNotesOutAndKnowsAYearIsNotTheNextNote() {
        LaidOutText laidOut = clean(PAGED);
        assertThat(laidOut.notes()).extracting(NoteBody::marker).containsExactly("1", "2");
        assertThat(laidOut.notes().get(0).text().text()).contains("September 1994 (United Nations publication");
        assertThat(laidOut.notes().get(0).line()).isEqualTo(9);
    }

    @Test
    void setsPageFurnitureAsideAndKeepsItsLines() {
        LaidOutText laidOut = clean(PAGED);
        assertThat(laidOut.furniture()).extracting(SourceLine::plain).contains("A/RES/59/241", "7/9", "_______________");
    }

    @Test
    void aWrappedDateIsNotANote() {
        LaidOutText laidOut = clean(String.join("\n",
                "The General Assembly,",
                "",
                "Recalling its resolution 49/127 of 19 December 1994 and its resolution 50/123 of",
                "20 December 1995 on international migration and development, and noting the work",
                "of the Secretariat on migration and development in all regions of the world today,",
                "",
                "1 Report of the Secretary-General.",
                "",
                "1. Takes note of the report of the Secretary-General, submitted to it this session;",
                "2. Decides to remain seized of the matter and to consider it again at a later date."));
        assertThat(laidOut.notes()).extracting(n -> n.text().text()).containsExactly("Report of the Secretary-General.");
        assertThat(laidOut.blocks().get(1).plain()).contains("of 20 December 1995 on");
    }

    @Test
    void runningHeadersOfAPartAndOfTitlesOpeningWithAYearAreFurniture() {
        LaidOutText laidOut = clean(String.join("\n",
                "               The General Assembly,",
                "",
                "               Recalling the Charter of the United Nations, which provides the mandate for",
                "          international cooperation, and the Universal Declaration of Human Rights,",
                "          and international human rights treaties, and is informed by other",
                "A/RES/75/290 A               Review of the implementation of General Assembly resolution",
                "",
                "          instruments such as the Declaration on the Right to Development,",
                "A/RES/76/259                 2022 International Federation of Association Football World",
                "",
                "          and the Millennium Declaration,",
                ""));
        assertThat(laidOut.furniture()).extracting(SourceLine::plain).allMatch(t -> t.startsWith("A/RES/"));
        assertThat(laidOut.furniture()).hasSize(2);
    }
}
