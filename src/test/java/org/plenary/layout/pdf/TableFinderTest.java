package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Table;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/** Tables found by their columns of small type; the lines are the reader's, from real UN PDFs. */
class TableFinderTest {
    private static final float BODY = 10f;

    private static TableFinder.Found find(PrintedLines printed, int start) {
        List<SourceLine> lines = printed.lines();
        return TableFinder.at(lines, start, lines.size(), BODY, SourceLine::text);
    }

    private static List<List<String>> cells(Table table) {
        return table.rows().stream().map(row -> row.cells().stream().map(StyledText::text).toList()).toList();
    }

    /** A/RES/78/253, page 7: a header in smaller italics, rows of four cells, a total under the last column. */
    private static PrintedLines staffingTable() {
        return new PrintedLines()
                .add(7, 100.7f, 231.4f, 466.1f, 10f, "A. Pension Administration")
                .add(7, 123.4f, 143.0f, 491.5f, 6f, "{i:Action}")
                .add(7, 233.8f, 270.0f, 491.5f, 6f, "{i:Title of post}")
                .add(7, 400.3f, 447.1f, 491.5f, 6f, "{i:Category/Level}")
                .add(7, 463.2f, 487.1f, 491.5f, 6f, "{i:Number}")
                .add(7, 123.4f, 157.9f, 513.3f, 8f, "New post")
                .add(7, 233.8f, 339.0f, 513.3f, 8f, "Information Systems Officer")
                .add(7, 400.3f, 412.6f, 513.3f, 8f, "P-4")
                .add(7, 483.0f, 487.2f, 513.3f, 8f, "1")
                .add(7, 137.8f, 205.6f, 532.3f, 8f, "Total net changes")
                .add(7, 483.0f, 487.2f, 532.3f, 8f, "4")
                // A cell that wraps, and a part that runs two cells together (page 8).
                .add(7, 123.4f, 196.5f, 551.6f, 8f, "Redeployment from")
                .add(7, 233.8f, 347.5f, 551.6f, 8f, "Contracts Management Officer")
                .add(7, 400.3f, 412.6f, 551.6f, 8f, "P-3")
                .add(7, 482.9f, 487.1f, 551.6f, 8f, "1")
                .add(7, 123.4f, 208.3f, 562.1f, 8f, "Contracts Management")
                .add(7, 123.4f, 184.4f, 572.6f, 8f, "Unit to Sourcing")
                .add(7, 123.4f, 309.4f, 587.1f, 8f, "Redeployment from Office Senior Legal Officer")
                .add(7, 400.3f, 412.6f, 587.1f, 8f, "P-5")
                .add(7, 483.2f, 487.5f, 587.1f, 8f, "1")
                .add(7, 123.0f, 479.3f, 609.2f, 8f, "Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).")
                .add(7, 147.1f, 487.8f, 636.8f, 10f, "7. Approves the estimates of 139,789,700 dollars for the administration of");
    }

    @Test
    void rowsOfSmallTypeInColumnsAreATable() {
        TableFinder.Found found = find(staffingTable(), 1);
        assertThat(found).isNotNull();
        // The note under the table ("Abbreviations: …") runs across the columns: the table ends before it.
        assertThat(found.end()).isEqualTo(20);
        assertThat(found.table().rows()).extracting(Table.Row::header).containsExactly(true, false, false, false, false);
        assertThat(cells(found.table())).containsExactly(
                List.of("Action", "Title of post", "Category/Level", "Number"),
                List.of("New post", "Information Systems Officer", "P-4", "1"),
                List.of("Total net changes", "", "", "4"),
                List.of("Redeployment from Contracts Management Unit to Sourcing", "Contracts Management Officer", "P-3", "1"),
                List.of("Redeployment from Office", "Senior Legal Officer", "P-5", "1"));
        assertThat(found.table().rows().get(0).cells().get(0).allOf(StyledText.ITALIC)).isTrue();
    }

    @Test
    void bodyTypeAndLonePartsAreNoTable() {
        PrintedLines printed = staffingTable();
        assertThat(find(printed, 0)).as("a heading in body type").isNull();
        assertThat(find(printed, 20)).as("a note on the table, then body text").isNull();
    }

    /** A/RES/78/252's annex: a header of three lines, set closer than the rows, is one header row. */
    @Test
    void aHeaderOfSeveralLinesIsOneRow() {
        PrintedLines printed = new PrintedLines()
                .add(10, 277.8f, 327.7f, 121.8f, 7f, "Number of posts")
                .add(10, 358.8f, 408.7f, 121.8f, 7f, "Number of posts")
                .add(10, 271.9f, 327.8f, 129.8f, 7f, "(excluding special")
                .add(10, 356.9f, 408.8f, 129.8f, 7f, "(special political")
                .add(10, 123.4f, 151.5f, 137.8f, 7f, "Category")
                .add(10, 271.2f, 327.7f, 137.8f, 7f, "political missions)")
                .add(10, 380.0f, 408.7f, 137.8f, 7f, "missions)")
                .add(10, 471.9f, 487.2f, 137.8f, 7f, "Total")
                .add(10, 123.4f, 199.9f, 159.1f, 8f, "Expenditure sections")
                .add(10, 123.4f, 215.8f, 173.2f, 8f, "Professional and higher")
                .add(10, 123.4f, 219.4f, 187.2f, 8f, "Deputy Secretary-General")
                .add(10, 323.3f, 327.7f, 187.2f, 8f, "1")
                .add(10, 403.5f, 408.7f, 187.2f, 8f, "–")
                .add(10, 482.7f, 487.0f, 187.2f, 8f, "1")
                .add(10, 123.4f, 135.9f, 201.1f, 8f, "P-5")
                .add(10, 314.3f, 327.8f, 201.1f, 8f, "939")
                .add(10, 395.3f, 408.8f, 201.1f, 8f, "192")
                .add(10, 466.8f, 487.2f, 201.1f, 8f, "1 131");
        TableFinder.Found found = find(printed, 0);
        assertThat(found).isNotNull();
        assertThat(found.end()).isEqualTo(printed.lines().size());
        assertThat(cells(found.table())).containsExactly(
                List.of("Category", "Number of posts (excluding special political missions)",
                        "Number of posts (special political missions)", "Total"),
                List.of("Expenditure sections", "", "", ""),
                List.of("Professional and higher", "", "", ""),
                List.of("Deputy Secretary-General", "1", "–", "1"),
                List.of("P-5", "939", "192", "1 131"));
        assertThat(found.table().header()).hasSize(1);
    }

    /**
     * pdftotext's lines (-layout) as its reader gives them: parts where eight spaces or more stand
     * between words, columns for positions, the line's row for its baseline, no type size.
     */
    private static List<SourceLine> textLines(String... lines) {
        List<SourceLine> out = new java.util.ArrayList<>();
        java.util.regex.Pattern part = java.util.regex.Pattern.compile("\\S+(?: {1,7}\\S+)*");
        for (int row = 0; row < lines.length; row++) {
            java.util.regex.Matcher m = part.matcher(lines[row]);
            while (m.find()) {
                out.add(new SourceLine(StyledText.of(m.group()), row + 1, 1, m.start(), m.end(), row, 0, 0));
            }
        }
        return out;
    }

    private static TableFinder.Found findInText(List<SourceLine> lines, int start) {
        return TableFinder.at(lines, start, lines.size(), 0, SourceLine::text);
    }

    /**
     * A/RES/78/253 as pdftotext -layout prints it: no type to go by, so only rows of three cells
     * or more make a table; its header is the first row, standing further from the rows than they
     * stand apart; cells three spaces apart are two.
     */
    @Test
    void aTableInPdftotextText() {
        List<SourceLine> lines = textLines(
                "           A.        Pension Administration",
                "",
                "                     Action                       Title of post                            Category/Level   Number",
                "",
                "",
                "                     New post                     Information Systems Officer              P-4                  1",
                "                     New post                     Benefits Assistant                       GS (OL)              1",
                "",
                "                         Total net changes                                                                      4",
                "",
                "                     Redeployment from            Contracts Management Officer             P-3                  1",
                "                     Contracts Management",
                "                     Unit to Sourcing",
                "",
                "",
                "",
                "                              7.   Approves the estimates of 139,789,700 dollars for the administration of");
        assertThat(findInText(lines, 0)).as("a heading left of the table's first column").isNull();
        TableFinder.Found found = findInText(lines, 2);
        assertThat(found).isNotNull();
        assertThat(found.end()).isEqualTo(lines.size() - 1);
        assertThat(found.table().header()).hasSize(1);
        assertThat(found.headerEnd()).as("the header row takes the page's lines 2 to 4, its parts").isEqualTo(5);
        assertThat(cells(found.table())).containsExactly(
                List.of("Action", "Title of post", "Category/Level", "Number"),
                List.of("New post", "Information Systems Officer", "P-4", "1"),
                List.of("New post", "Benefits Assistant", "GS (OL)", "1"),
                List.of("Total net changes", "", "", "4"),
                List.of("Redeployment from Contracts Management Unit to Sourcing", "Contracts Management Officer", "P-3", "1"));
    }

    /** In text, a numbered paragraph's label and text, or a point's, are two parts: never a table. */
    @Test
    void labelledParagraphsInTextAreNoTable() {
        List<SourceLine> lines = textLines(
                "                     1.   Strongly condemns all terrorist acts as criminal and unjustifiable, and",
                "                     2.   Reaffirms that States must ensure that any measure taken to combat",
                "                        (a)   Prevention and repression of piracy and armed robbery at sea;",
                "                        (b)   Subsidiary means for the determination of rules of international law;");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(findInText(lines, i)).isNull();
        }
    }

    /** A table going on over a page, in text: the first row the next page prints again is the header. */
    @Test
    void inTextARepeatedFirstRowIsTheHeader() {
        Table first = new Table(List.of(
                new Table.Row(false, List.of(StyledText.of("Action"), StyledText.of("Number"))),
                new Table.Row(false, List.of(StyledText.of("New post"), StyledText.of("1")))));
        Table next = new Table(List.of(
                new Table.Row(false, List.of(StyledText.of("Action"), StyledText.of("Number"))),
                new Table.Row(false, List.of(StyledText.of("Reclassification"), StyledText.of("2")))));
        Table joined = first.followedBy(next);
        assertThat(cells(joined)).containsExactly(
                List.of("Action", "Number"), List.of("New post", "1"), List.of("Reclassification", "2"));
        assertThat(joined.header()).hasSize(1);
    }

    /** A table on the next page, after its running head, goes on: the header printed again is left out. */
    @Test
    void aTableGoesOnWithoutItsRepeatedHeader() {
        Table first = new Table(List.of(
                new Table.Row(true, List.of(StyledText.of("Action"), StyledText.of("Number"))),
                new Table.Row(false, List.of(StyledText.of("New post"), StyledText.of("1")))));
        Table next = new Table(List.of(
                new Table.Row(true, List.of(StyledText.of("Action"), StyledText.of("Number"))),
                new Table.Row(false, List.of(StyledText.of("Reclassification"), StyledText.of("2")))));
        assertThat(cells(first.followedBy(next))).containsExactly(
                List.of("Action", "Number"), List.of("New post", "1"), List.of("Reclassification", "2"));
    }
}
