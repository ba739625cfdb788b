package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.source.SourceLine;

class PageMetricsTest {
    private static final PrintedLines RES = PrintedLines.resolution78258();
    private static final PageMetrics METRICS = PageMetrics.of(RES.lines());

    /** The body's type is the size most characters are set in: 9 points, not the cover's larger type. */
    @Test
    void theBodySizeIsTheMostUsedSize() {
        assertThat(METRICS.sized()).isTrue();
        assertThat(METRICS.bodySize()).isEqualTo(9f);
        assertThat(METRICS.em()).isEqualTo(9f);
    }

    /** Margins are where most full-size lines start and end (to half a point); the indented first lines do not move them. */
    @Test
    void theMarginsAreWhereMostLinesStartAndEnd() {
        assertThat(METRICS.leftMargin()).isEqualTo(123.5f);
        assertThat(METRICS.rightMargin()).isEqualTo(487.5f);
    }

    /** The leading is the distance between the lines of a paragraph, not the wider space between paragraphs. */
    @Test
    void theLeadingIsTheSpacingInsideAParagraph() {
        assertThat(METRICS.leading()).isEqualTo(12f);
        assertThat(METRICS.spaced(RES.get(16))).as("a recital's first line, 18 points under the last").isTrue();
        assertThat(METRICS.spaced(RES.get(17))).as("a wrapped line, 12 points under").isFalse();
    }

    /** Sizes: notes (8 pt) and feet (6 pt) are small; 9 pt and what rounds to it is the body's. */
    @Test
    void smallTypeIsSmallerThanTheBody() {
        assertThat(METRICS.isSmall(8f)).isTrue();
        assertThat(METRICS.isSmall(6f)).isTrue();
        assertThat(METRICS.isSmall(9f)).isFalse();
        assertThat(METRICS.isSmall(12f)).isFalse();
        assertThat(METRICS.isBodySize(9.5f)).isTrue();
        assertThat(METRICS.isBodySize(8f)).isFalse();
    }

    /** A first line set in past the margin by more than a letter is indented; a wrapped line is not. */
    @Test
    void indentedAndFullLines() {
        SourceLine opening = RES.get(14); // "Reaffirming the Charter …" at 147.1
        SourceLine wrapped = RES.get(15); // "principles embodied therein," at 123.4, short
        assertThat(METRICS.indented(opening)).isTrue();
        assertThat(METRICS.indented(wrapped)).isFalse();
        assertThat(METRICS.full(opening)).isTrue();
        assertThat(METRICS.full(wrapped)).isFalse();
        assertThat(METRICS.indents()).isTrue();
    }

    /** Each page with lines enough has its own margins: page 2's full lines end at 488. */
    @Test
    void eachPageHasItsOwnMargins() {
        assertThat(METRICS.rightMargin(1)).isEqualTo(487.5f);
        assertThat(METRICS.rightMargin(2)).isEqualTo(488f);
        assertThat(METRICS.leftMargin(2)).isEqualTo(123.5f);
        assertThat(METRICS.leftMargin(9)).as("a page without lines takes the document's").isEqualTo(123.5f);
    }

    /**
     * A one-page resolution (75/19, credentials): the cover's column at 60 holds more long lines
     * than the body, but no first line is indented from it. The body's margin is the left its
     * first lines indent from, and its one wrapped line is no indented start.
     */
    @Test
    void aShortResolutionsMarginIsNotTheCoversColumn() {
        PrintedLines lines = new PrintedLines()
                .add(1, 60f, 144f, 226, 10, "Seventy-fifth session")
                .add(1, 60f, 325f, 250, 10, "Credentials of representatives to the seventy-fifth session of the")
                .add(1, 60f, 284f, 262, 10, "General Assembly: report of the Credentials Committee")
                .add(1, 123.4f, 335f, 337, 10, "[without reference to a Main Committee (A/75/606)]")
                .add(1, 147.1f, 488f, 432, 10, "{i:Having considered} the report of the Credentials Committee and the recommendation")
                .add(1, 123.4f, 195f, 444, 10, "contained therein,")
                .add(1, 147.1f, 349f, 462, 10, "{i:Approves} the report of the Credentials Committee.")
                .add(1, 402.5f, 488f, 498, 10, "33rd plenary meeting");
        PageMetrics metrics = PageMetrics.of(lines.lines());
        assertThat(metrics.leftMargin()).isEqualTo(123.5f);
        assertThat(metrics.leftMargin(1)).isEqualTo(123.5f);
        assertThat(metrics.indented(lines.get(6))).as("the recital's wrapped line").isFalse();
        assertThat(metrics.indented(lines.get(5))).as("the recital's first line").isTrue();
    }

    /**
     * A page of nested points wrapped at the indent (a hanging block, 78/317) keeps that column
     * as its margin: the margin further left, which first lines indent from, is not chosen over it.
     */
    @Test
    void aHangingBlockKeepsItsColumn() {
        PrintedLines lines = new PrintedLines();
        lines.add(1, 147.1f, 488f, 100, 10, "(b) Increase trade and investment by a long enough line:");
        lines.add(1, 123.4f, 488f, 112, 10, "a wrapped line of the point, at the margin, long enough");
        for (int i = 0; i < 8; i++) {
            lines.add(1, 147.1f, 488f, 130 + 12 * i, 10, "a nested point's line, wrapped at the indent, long enough");
        }
        PageMetrics metrics = PageMetrics.of(lines.lines());
        assertThat(metrics.leftMargin(1)).isEqualTo(147f);
    }

    /** Facing pages may mirror their margins: a page whose lines start at 60 has its own left margin. */
    @Test
    void mirroredPagesKeepTheirMargins() {
        PrintedLines lines = new PrintedLines();
        for (int i = 0; i < 5; i++) {
            lines.add(1, 123.4f, 487.5f, 100 + 12 * i, 9, "a line of text long enough to count for the margins");
            lines.add(2, 60.0f, 424.0f, 100 + 12 * i, 9, "a line of text long enough to count for the margins");
        }
        lines.add(3, 200f, 487.5f, 100, 9, "only one line on this page, at an indent");
        PageMetrics metrics = PageMetrics.of(lines.lines());
        assertThat(metrics.leftMargin(1)).isEqualTo(123.5f);
        assertThat(metrics.leftMargin(2)).isEqualTo(60f);
        assertThat(metrics.rightMargin(2)).isEqualTo(424f);
        // Fewer than four lines: the document's margins (ties go to the smaller value).
        assertThat(metrics.leftMargin(3)).isEqualTo(60f);
        assertThat(metrics.indented(lines.lines().get(1))).isFalse();
    }

    /** Text without type: measures in columns, no size is small, every size is the body's. */
    @Test
    void textHasNoSizes() {
        List<SourceLine> lines = PrintedLines.text(1,
                "                     Reaffirming that the United Nations Convention against Corruption 1 is the most",
                "                comprehensive and universal instrument on corruption, and recognizing the need to",
                "                continue to promote its ratification or accession thereto and its full and effective",
                "                implementation,");
        PageMetrics metrics = PageMetrics.of(lines);
        assertThat(metrics.sized()).isFalse();
        assertThat(metrics.em()).isEqualTo(2f);
        assertThat(metrics.leftMargin()).isEqualTo(16f);
        assertThat(metrics.isSmall(0f)).isFalse();
        assertThat(metrics.isBodySize(42f)).isTrue();
        assertThat(metrics.indented(lines.get(0))).isTrue();
        assertThat(metrics.indented(lines.get(1))).isFalse();
    }

    /** Plain pdftotext text starts every line at column 0: there are no indents to tell paragraphs by. */
    @Test
    void unindentedTextHasNoIndents() {
        List<SourceLine> lines = PrintedLines.text(1,
                "Reaffirming that the United Nations Convention against Corruption 1 is the most",
                "comprehensive and universal instrument on corruption, and recognizing the need to");
        assertThat(PageMetrics.of(lines).indents()).isFalse();
    }

    /**
     * pdftotext's first page (A/RES/78/159): the cover's short columns and a page of notes at
     * their own column must not set the page's margins; the body's full lines do.
     */
    @Test
    void aTextPagesMarginsComeFromItsLongLines() {
        List<String> page = new java.util.ArrayList<>(List.of(
                "                United Nations                                                      A/RES/78/159",
                "                General Assembly                                   Distr.: General",
                "                                                                   21 December 2023",
                "              Seventy-eighth session",
                "              Agenda item 18 (j) of the session",
                "              Sustainable development: strengthening",
                "              cooperation for coastal zone management",
                "",
                "                      Recalling the Rio Declaration on Environment and Development, 1 Agenda 21, 2"));
        for (int i = 0; i < 5; i++) {
            page.add("                the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg Dec");
        }
        for (int i = 0; i < 4; i++) {
            page.add("              Report of the United Nations Conference on Environment, vol. I, resolution 1");
        }
        List<SourceLine> lines = new org.plenary.read.text.TextReader().read(String.join("\n", page)).lines();

        PageMetrics metrics = PageMetrics.of(lines);

        assertThat(metrics.sized()).isFalse();
        assertThat(metrics.leftMargin(1)).isEqualTo(16f);
        assertThat(metrics.rightMargin(1)).isEqualTo(97f);
        assertThat(metrics.indented(lines.get(lines.size() - 10))).as("the recital's first line").isTrue();
    }

    /**
     * A first page with more lines of notes than of body (A/RES/78/196): the notes, under the
     * page's rule at a column of their own, do not set the page's margin.
     */
    @Test
    void aTextPagesNotesDoNotSetItsMargins() {
        List<String> page = new java.util.ArrayList<>(List.of(
                "                     Recalling its previous resolutions on the promotion of a democratic and"));
        for (int i = 0; i < 4; i++) {
            page.add("                equitable international order, including resolution 77/215 of 15 December 2022");
        }
        page.add("        __________________");
        for (int i = 0; i < 6; i++) {
            page.add("            " + (i + 1));
            page.add("              See Official Records of the General Assembly, Sixty-sixth Session, Supplement No. 53");
        }
        List<SourceLine> lines = new org.plenary.read.text.TextReader().read(String.join("\n", page)).lines();

        PageMetrics metrics = PageMetrics.of(lines);

        assertThat(metrics.leftMargin(1)).isEqualTo(16f);
        assertThat(metrics.indented(lines.get(0))).as("the recital's first line").isTrue();
        assertThat(metrics.indented(lines.get(1))).as("its second line").isFalse();
    }
}
