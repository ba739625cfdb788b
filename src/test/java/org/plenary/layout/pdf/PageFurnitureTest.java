package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class PageFurnitureTest {
    private static final List<PageSize> LETTER = List.of(new PageSize(612, 792), new PageSize(612, 792),
            new PageSize(612, 792), new PageSize(612, 792));

    private static Set<SourceLine> find(PrintedLines lines) {
        return new PageFurniture().find(lines.pages(), LETTER, PageMetrics.of(lines.lines()));
    }

    private static List<String> texts(Set<SourceLine> lines) {
        return lines.stream().sorted(java.util.Comparator.comparingInt(SourceLine::number)).map(SourceLine::plain).toList();
    }

    /**
     * A/RES/78/258: page 1's job number with its print date and bar code, page 2's running head
     * (the symbol) and its foot ("2/2", the job number). Nothing of the cover's head, though it
     * holds the same symbol, and nothing of the notes or the conclusions.
     */
    @Test
    void theRunningHeadsAndFeetOfARealResolution() {
        assertThat(texts(find(PrintedLines.resolution78258())))
                .containsExactly("23-26254 (E) 050124", "*2326254*", "A/RES/78/258", "23-26254", "2/2");
    }

    /** A title wrapped over two lines stands above the symbol's row: all of it is the running head. */
    @Test
    void aWrappedRunningTitleIsPartOfTheHead() {
        PrintedLines lines = bodyPage(1);
        lines.add(2, 60f, 400f, 45f, 9, "Enhancement of international cooperation in the field of human")
                .add(2, 60f, 85f, 57f, 9, "rights")
                .add(2, 500f, 552f, 57f, 9, "A/RES/78/199")
                .add(2, 147.1f, 487.6f, 90f, 9, "1. {i:Reaffirms} that it is one of the purposes of the United Nations and the");
        assertThat(texts(find(lines))).containsExactly("Enhancement of international cooperation in the field of human", "rights",
                "A/RES/78/199");
    }

    /**
     * The foot of a page with notes: "2/5" and the job number "24-23545 (E)" go; a note's marker
     * printed alone above them ("5") does not, though it looks like a page number.
     */
    @Test
    void aLoneNumberAboveTheFootIsANotesMarker() {
        PrintedLines lines = bodyPage(1);
        lines.add(2, 123.4f, 487.5f, 100f, 9, "a line of the body that goes on to the end of the line here")
                .add(2, 117f, 122f, 720f, 8, "5")
                .add(2, 65.4f, 120f, 750f, 8, "24-23545 (E)")
                .add(2, 60f, 71f, 762f, 8, "2/5");
        assertThat(texts(find(lines))).containsExactly("24-23545 (E)", "2/5");
    }

    /** A line that opens with a raised marker is a note however low it stands: the foot stops there. */
    @Test
    void theFootStopsAtANoteWithItsRaisedMarker() {
        PrintedLines lines = bodyPage(1);
        lines.add(2, 123.4f, 487.5f, 100f, 9, "a line of the body that goes on to the end of the line here")
                .add(2, 117f, 320f, 735f, 8, "{s:3} A/78/646.")
                .add(2, 60f, 71f, 762f, 8, "2/5");
        assertThat(texts(find(lines))).containsExactly("2/5");
    }

    /** A line in small type at the head of a page after the first is running head, whatever it says. */
    @Test
    void smallTypeAtAPagesHeadIsRunningHead() {
        PrintedLines lines = bodyPage(1);
        lines.add(2, 60f, 150f, 50f, 7, "Question of Guam")
                .add(2, 147.1f, 487.6f, 90f, 9, "3. {i:Requests} the administering Power to assist the territory");
        assertThat(texts(find(lines))).containsExactly("Question of Guam");
    }

    /** A head line in body type that repeats at the same height on the pages after the first is running head too. */
    @Test
    void aHeadRepeatedFromPageToPageIsRunningHead() {
        PrintedLines lines = bodyPage(1);
        String[] body = {"", "", "Approves the revised estimates of the Secretary-General for", "Decides to appropriate an additional amount under section 3",
            "Requests the Secretary-General to report on the implementation"};
        for (int page = 2; page <= 4; page++) {
            // Body lines differ from page to page (digits aside, the same text would be a repeat too).
            lines.add(page, 300f, 487.5f, 50f, 9, "Programme budget for 2024")
                    .add(page, 123.4f, 487.5f, 90f, 9, body[page]);
        }
        assertThat(texts(find(lines))).containsExactly("Programme budget for 2024", "Programme budget for 2024", "Programme budget for 2024");
    }

    /** The foot's lines by their shapes: job numbers, "2/5", bar codes, print dates; never a note's marker, a rule or text. */
    @Test
    void footLinesByShape() {
        PageFurniture furniture = new PageFurniture();
        assertThat(furniture.isFootByShape(line("24-23545 (E)"))).isTrue();
        assertThat(furniture.isFootByShape(line("23-26254 (E) 050124"))).isTrue();
        assertThat(furniture.isFootByShape(line("2/5"))).isTrue();
        assertThat(furniture.isFootByShape(line("2/5      23-23443"))).isTrue();
        assertThat(furniture.isFootByShape(line("*2423545*"))).isTrue();
        assertThat(furniture.isFootByShape(line("191223"))).isTrue();
        assertThat(furniture.isFootByShape(line("12"))).as("a note's marker").isFalse();
        assertThat(furniture.isFootByShape(line("__________________"))).as("the notes' rule").isFalse();
        assertThat(furniture.isFootByShape(line("United Nations, Treaty Series, vol. 2349, No. 42146."))).isFalse();
        assertThat(furniture.isFootByShape(line("A/78/646."))).as("a note citing a document").isFalse();
    }

    /** Taking furniture out keeps the other lines in their order. */
    @Test
    void withoutKeepsTheRest() {
        PrintedLines res = PrintedLines.resolution78258();
        List<SourceLine> page2 = res.pages().get(2);
        List<SourceLine> kept = PageFurniture.without(page2, find(res));
        assertThat(kept).hasSize(page2.size() - 3);
        assertThat(kept.get(0).plain()).startsWith("1. Takes note");
        assertThat(kept.get(kept.size() - 1).plain()).isEqualTo("22 December 2023");
    }

    private static SourceLine line(String text) {
        return new SourceLine(StyledText.of(text), 1, 2, 60f, 160f, 760f, 8f, 12f);
    }

    /** A first page of body text: the document's measures come from it, and the cover is never furniture. */
    private static PrintedLines bodyPage(int page) {
        PrintedLines lines = new PrintedLines();
        lines.add(page, 482.1f, 552f, 56.5f, 9, "A/RES/78/199");
        for (int i = 0; i < 10; i++) {
            lines.add(page, 123.4f, 487.5f, 300 + 12 * i, 9, "a line of the body that goes on to the end of the line, number " + i);
        }
        return lines;
    }

    /**
     * Plain pdftotext may print page 1's job number and bar code above the page's last body line
     * (76/109 printed): they are furniture wherever they stand, and the body line is not.
     */
    @Test
    void inPlainTextTheJobNumberAndBarCodeAreFurnitureAboveABodyLine() {
        List<SourceLine> page = PrintedLines.text(1,
                "A/RES/76/109",
                "United Nations",
                "The General Assembly,",
                "Convinced that wider participation of States in the work of the Commission would",
                "further the progress of its work and that an increase in the membership of the Commission",
                "would stimulate interest in its work,",
                "17-21639 (E)",
                "*1721639*",
                "Recognizing that the Commission should continue to strive towards the achievement",
                "081221");
        Set<SourceLine> found = new PageFurniture().find(java.util.Map.of(1, page), List.of(new PageSize(90, 10)),
                PageMetrics.of(page));
        assertThat(texts(found)).contains("17-21639 (E)", "*1721639*")
                .doesNotContain("Recognizing that the Commission should continue to strive towards the achievement");
    }
}
