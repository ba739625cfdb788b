package org.plenary.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.source.SourceDocument.PageSize;

class SourceDocumentTest {
    private static SourceLine line(String text, int number, int page) {
        return SourceLine.ofText(StyledText.of(text), number, page, 0);
    }

    /** A PDF's page count is the number of its pages, whatever lines they hold (a blank last page counts). */
    @Test
    void aPdfCountsItsPages() {
        SourceDocument pdf = new SourceDocument(SourceForm.PDF, List.of(line("A/RES/78/258", 1, 1)),
                List.of(new PageSize(612, 792), new PageSize(612, 792)), List.of());
        assertThat(pdf.pageCount()).isEqualTo(2);
    }

    /** Text has no page sizes: its page count is the last line's page (form feeds count pages). */
    @Test
    void textCountsThePagesOfItsLines() {
        SourceDocument text = new SourceDocument(SourceForm.PLAIN, List.of(line("a", 1, 1), line("b", 2, 3)), List.of(), List.of());
        assertThat(text.pageCount()).isEqualTo(3);
    }

    /** No lines and no pages: no page. */
    @Test
    void anEmptyDocumentHasNoPage() {
        assertThat(new SourceDocument(SourceForm.PLAIN, List.of(), List.of(), List.of()).pageCount()).isZero();
    }

    /** The document keeps copies: a reader that goes on changing its lists does not change the document. */
    @Test
    void theDocumentCopiesItsLists() {
        List<SourceLine> lines = new ArrayList<>(List.of(line("a", 1, 1)));
        SourceDocument document = new SourceDocument(SourceForm.PLAIN, lines, new ArrayList<>(), new ArrayList<>());
        lines.add(line("b", 2, 2));
        assertThat(document.lines()).hasSize(1);
        assertThat(document.pageCount()).isEqualTo(1);
        assertThatThrownBy(() -> document.lines().add(line("c", 3, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Forms that break lines where the page did, not where a paragraph did, are hard-wrapped. */
    @Test
    void formsTellHowLinesMakeParagraphs() {
        assertThat(SourceForm.PDF.blockMode()).isEqualTo(SourceForm.BlockMode.POSITIONED);
        assertThat(SourceForm.PDF_LAYOUT.hardWrapped()).isTrue();
        assertThat(SourceForm.PDF_RAW.hardWrapped()).isTrue();
        assertThat(SourceForm.PDF_TEXT.hardWrapped()).isTrue();
        assertThat(SourceForm.WORD.hardWrapped()).isFalse();
        assertThat(SourceForm.MARKDOWN.hardWrapped()).isFalse();
        assertThat(SourceForm.PDF_LAYOUT.label()).isEqualTo("pdftotext-layout");
    }
}
