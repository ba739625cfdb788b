package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Reads a real resolution as the United Nations publishes it: A/RES/78/258 (two pages, five
 * recitals, two operative paragraphs, one note), a public UN document kept as a fixture.
 */
class PdfReaderTest {
    static final Path PDF = Path.of("src/test/resources/pdf/A_RES_78_258.pdf");
    private static SourceDocument document;

    @BeforeAll
    static void read() throws IOException {
        document = new PdfReader().read(Files.readAllBytes(PDF), "A_RES_78_258.pdf");
    }

    private static SourceLine line(String start) {
        return document.lines().stream().filter(l -> l.plain().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    /** Two US Letter pages; lines numbered in reading order, page by page. */
    @Test
    void pagesAndLineNumbers() {
        assertThat(document.form()).isEqualTo(SourceForm.PDF);
        assertThat(document.pages()).containsExactly(new PageSize(612, 792), new PageSize(612, 792));
        assertThat(document.pageCount()).isEqualTo(2);
        assertThat(document.lines()).hasSize(50);
        for (int i = 0; i < document.lines().size(); i++) {
            assertThat(document.lines().get(i).number()).isEqualTo(i + 1);
        }
        assertThat(document.lines().stream().filter(l -> l.page() == 1).count()).isEqualTo(38);
        assertThat(line("1. Takes note").page()).isEqualTo(2);
        assertThat(document.warnings()).isEmpty();
    }

    /** Lines come top to bottom on each page: baselines grow, and the first line of a page has no gap before it. */
    @Test
    void linesComeTopToBottom() {
        SourceLine before = null;
        for (SourceLine line : document.lines()) {
            if (before != null && before.page() == line.page()) {
                assertThat(line.baseline()).isGreaterThanOrEqualTo(before.baseline());
                assertThat(line.gapBefore()).isCloseTo(line.baseline() - before.baseline(), within(0.01f));
            } else {
                assertThat(line.gapBefore()).isZero();
            }
            before = line;
        }
    }

    /**
     * Positions in points from the page's top-left corner: a recital's first line is indented
     * (147 pt) past the margin its lines wrap to (123 pt); lines of a paragraph are 12 pt apart,
     * 18 between recitals.
     */
    @Test
    void linesHaveTheirPositions() {
        SourceLine opening = line("Reaffirming the Charter");
        SourceLine wrapped = line("principles embodied therein,");
        assertThat(opening.left()).isCloseTo(147.1f, within(0.5f));
        assertThat(wrapped.left()).isCloseTo(123.4f, within(0.5f));
        assertThat(opening.right()).isCloseTo(487.6f, within(0.5f));
        assertThat(wrapped.right()).isCloseTo(245.9f, within(0.5f));
        assertThat(opening.baseline()).isCloseTo(386f, within(0.5f));
        assertThat(wrapped.gapBefore()).isCloseTo(12f, within(0.1f));
        assertThat(line("Welcoming the commitment").gapBefore()).isCloseTo(18f, within(0.1f));
        // The conclusions are set against the right margin.
        assertThat(line("50th (resumed) plenary meeting").left()).isCloseTo(351.3f, within(0.5f));
        assertThat(line("50th (resumed) plenary meeting").right()).isCloseTo(488f, within(0.5f));
    }

    /** The body is set in 9 pt; the note and its rule in 8 pt, smaller; the title and cover in larger type. */
    @Test
    void typeSizes() {
        assertThat(line("Reaffirming the Charter").size()).isEqualTo(9f);
        assertThat(line("__________________").size()).isLessThan(9f);
        SourceLine note = document.lines().get(35);
        assertThat(note.plain()).isEqualTo("1 United Nations, Treaty Series, vol. 2349, No. 42146.");
        assertThat(note.size()).isEqualTo(8f);
        assertThat(note.size()).isLessThan(line("Reaffirming the Charter").size());
        assertThat(line("78/258. Fight against corruption").size()).isEqualTo(12f);
        assertThat(line("General Assembly").size()).isEqualTo(19f);
    }

    /** The opening phrase of every recital (its indented first line) is italic, and only it: "Reaffirming", "Welcoming", … */
    @Test
    void preambularOpeningsAreItalic() {
        List<String> openings = document.lines().stream()
                .filter(l -> l.page() == 1 && l.left() > 140 && l.left() < 160 && l.size() == 9f && !l.plain().startsWith("The General"))
                .map(l -> l.text().leadingItalic())
                .toList();
        assertThat(openings).containsExactly("Reaffirming", "Welcoming", "Reaffirming", "Emphasizing", "Acknowledging");
        StyledText reaffirming = line("Reaffirming the Charter").text();
        assertThat(reaffirming.substring(0, 11).allOf(StyledText.ITALIC)).isTrue();
        assertThat(reaffirming.substring(12).hasAny(StyledText.ITALIC)).isFalse();
        assertThat(line("principles embodied therein,").text().hasAny(StyledText.ITALIC)).isFalse();
    }

    /** Operative openings, the formula and the conclusions are italic too; the cover's headings are bold. */
    @Test
    void otherItalicAndBoldRuns() {
        assertThat(line("1. Takes note").text().leadingItalic()).isEmpty(); // the number is upright
        StyledText takesNote = line("1. Takes note").text();
        assertThat(takesNote.substring(3, 13).allOf(StyledText.ITALIC)).isTrue();
        assertThat(takesNote.substring(3, 13).text()).isEqualTo("Takes note");
        assertThat(line("The General Assembly,").text().leadingItalic()).isEqualTo("The General Assembly");
        assertThat(line("50th (resumed) plenary meeting").text().allOf(StyledText.ITALIC)).isTrue();
        assertThat(line("General Assembly").text().allOf(StyledText.BOLD)).isTrue();
        assertThat(line("78/258. Fight against corruption").text().allOf(StyledText.BOLD)).isTrue();
    }

    /** The note call after "Convention against Corruption" is raised; so is the note's own marker at the foot. */
    @Test
    void noteCallsAreRaised() {
        StyledText recital = line("Reaffirming that the United Nations Convention").text();
        int call = recital.text().indexOf("Corruption1") + "Corruption".length();
        assertThat(call).isGreaterThan("Corruption".length());
        assertThat(recital.has(call, StyledText.SUPERSCRIPT)).isTrue();
        assertThat(recital.charAt(call)).isEqualTo('1');
        // Only the call is raised on that line.
        assertThat(recital.substring(0, call).hasAny(StyledText.SUPERSCRIPT)).isFalse();
        assertThat(recital.substring(call + 1).hasAny(StyledText.SUPERSCRIPT)).isFalse();

        StyledText note = document.lines().get(35).text();
        assertThat(note.has(0, StyledText.SUPERSCRIPT)).isTrue();
        assertThat(note.substring(1).hasAny(StyledText.SUPERSCRIPT)).isFalse();
        // The note's italic title.
        int series = note.text().indexOf("Treaty Series");
        assertThat(note.substring(series, series + "Treaty Series".length()).allOf(StyledText.ITALIC)).isTrue();
    }

    /** Everything under the rule at page 1's foot is in smaller type than the body. */
    @Test
    void theNoteAreaIsInSmallerType() {
        SourceLine rule = line("__________________");
        List<SourceLine> under = document.lines().stream()
                .filter(l -> l.page() == 1 && l.baseline() > rule.baseline() && !l.plain().startsWith("*"))
                .toList();
        assertThat(under).extracting(SourceLine::plain).containsExactly(
                "1 United Nations, Treaty Series, vol. 2349, No. 42146.", "23-26254 (E) 050124");
        assertThat(under.get(0).size()).isLessThan(9f);
    }
}
