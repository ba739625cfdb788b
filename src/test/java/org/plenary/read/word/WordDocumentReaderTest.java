package org.plenary.read.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.SourceLines;
import org.plenary.pipeline.ConversionException;
import org.plenary.read.word.Docx.Italic;
import org.plenary.read.word.Docx.MarkedNote;
import org.plenary.read.word.Docx.Note;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

class WordDocumentReaderTest {
    private final WordDocumentReader reader = new WordDocumentReader();

    /** The lines with text, each call shown as ^marker where it stands. */
    private List<String> lines(Docx docx) {
        return SourceLines.shown(read(docx));
    }

    private SourceDocument read(Docx docx) {
        return reader.read(docx.bytes());
    }

    @Test
    void aParagraphIsALineWithItsItalics() {
        SourceDocument document = read(new Docx().paragraph(new Italic("The General Assembly"), ",")
                .paragraph(new Italic("Recalling also"), " its resolution 54/212,"));
        assertThat(document.form()).isEqualTo(SourceForm.WORD_DOCUMENT);
        List<SourceLine> text = document.lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(text).extracting(SourceLine::plain).containsExactly("The General Assembly,", "Recalling also its resolution 54/212,");
        assertThat(text.get(1).text().leadingItalic()).isEqualTo("Recalling also");
    }

    @Test
    void paragraphsWordNumbersGetTheNumbersWordPrints() {
        assertThat(lines(new Docx()
                .numbered(0, new Italic("Takes note"), " of the report;")
                .numbered(0, new Italic("Requests"), " the Secretary-General to report on:")
                .numbered(1, "The first;")
                .numbered(1, "The second;")
                .numbered(0, new Italic("Decides"), " to remain seized of the matter.")
                .numbered(1, "Again the first.")))
                .containsExactly("1. Takes note of the report;", "2. Requests the Secretary-General to report on:",
                        "(a) The first;", "(b) The second;", "3. Decides to remain seized of the matter.", "(a) Again the first.");
    }

    @Test
    void footnotesAreCalledWhereReferencedAndFollowTheBodyNumberedInCallOrder() {
        assertThat(lines(new Docx()
                .paragraph("Resolution adopted by the General Assembly", new MarkedNote("*", "Reissued for technical reasons."))
                .paragraph("adopted at Cairo,", new Note("Report of the Conference."), " in particular", new Note("Ibid., annex."))))
                .containsExactly("Resolution adopted by the General Assembly^*", "adopted at Cairo,^1 in particular^2",
                        "^*Reissued for technical reasons.", "^1Report of the Conference.", "^2Ibid., annex.");
    }

    @Test
    void footnotesNumberedFromFurtherOnKeepTheirNumbers() {
        assertThat(lines(new Docx().footnotesFrom(5).paragraph("the report,", new Note("A/75/1."), " and", new Note("A/75/2."))))
                .containsExactly("the report,^5 and^6", "^5A/75/1.", "^6A/75/2.");
    }

    @Test
    void theFirstPagesHeaderComesFirstACellALine() {
        assertThat(lines(new Docx().header("United Nations", "A/RES/78/1", "Distr.: General\n1 December 2023")
                .paragraph("Seventy-eighth session")))
                .startsWith("United Nations", "A/RES/78/1", "Distr.: General", "1 December 2023", "Seventy-eighth session");
    }

    @Test
    void aDamagedDocumentIsRefusedWithWhatToDo() {
        byte[] damaged = java.util.Arrays.copyOf(new Docx().paragraph("text").bytes(), 200);
        assertThatThrownBy(() -> reader.read(damaged))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("could not be read")
                .satisfies(e -> assertThat(((ConversionException) e).advice()).contains("save it again"));
    }

    @Test
    void anOldOfficeFileThatIsNoWordDocumentIsRefusedWithWhatToDo() {
        byte[] ole = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        assertThatThrownBy(() -> new LegacyWordReader().read(ole))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("could not be read as a Word document")
                .satisfies(e -> assertThat(((ConversionException) e).advice()).contains(".docx"));
    }

    /**
     * A small file whose text inflates past any resolution's size is refused, not read into the
     * heap: well-formed, and compressed less than POI's own ratio limit catches (a random letter in
     * every forty spaces).
     */
    @Test
    void aDocumentThatInflatesBeyondAnyResolutionIsRefused() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(1);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(new Docx().paragraph("x").bytes()));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (!entry.getName().equals("word/document.xml")) {
                    in.transferTo(out);
                    continue;
                }
                String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int text = xml.indexOf(">x<") + 1;
                out.write(xml.substring(0, text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                byte[] filler = new byte[1 << 16];
                for (long written = 0; written <= WordDocumentReader.MAX_PART_BYTES; written += filler.length) {
                    for (int i = 0; i < filler.length; i++) {
                        filler[i] = i % 40 == 0 ? (byte) ('a' + random.nextInt(26)) : (byte) ' ';
                    }
                    out.write(filler);
                }
                out.write(xml.substring(text + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat((long) bytes.size()).isLessThan(WordDocumentReader.MAX_PART_BYTES / 20);
        assertThatThrownBy(() -> reader.read(bytes.toByteArray()))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("could not be read");
    }
}
