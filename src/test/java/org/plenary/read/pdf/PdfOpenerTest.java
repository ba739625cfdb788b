package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.plenary.read.pdf.RawPdf.latin1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.pipeline.ConversionException;

class PdfOpenerTest {
    private static final long MB = 1024 * 1024;
    private static final PdfOpener OPENER = new PdfOpener();

    static String textOf(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Opens, extracts and closes, as the reader will. */
    static String openAndExtract(PdfOpener opener, byte[] pdf, String name) throws IOException {
        try (PDDocument document = opener.open(pdf, name)) {
            return textOf(document);
        }
    }

    /** The refusal of {@code pdf}: a message for a person, never PDFBox's stack trace. */
    static ConversionException refusal(PdfOpener opener, byte[] pdf, String name) {
        ConversionException refusal = catchThrowableOfType(() -> opener.open(pdf, name).close(),
                ConversionException.class);
        assertThat(refusal).as("refusal of " + name).isNotNull();
        assertThat(refusal.getMessage()).contains(name).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(refusal.advice()).isNotBlank();
        return refusal;
    }

    static ConversionException refusal(byte[] pdf, String name) {
        return refusal(OPENER, pdf, name);
    }

    @Nested
    class Readable {
        @Test
        void opensAPdfWithTextForExtraction() throws IOException {
            String text = openAndExtract(OPENER, TestPdfs.text(3, 5), "three.pdf");

            assertThat(text).contains("Page 1.", "Page 3.", "Recalling its resolution 77/1");
        }

        @Test
        void opensAFileFromDisk(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("on-disk.pdf");
            Files.write(file, TestPdfs.text(2, 5));

            try (PDDocument document = OPENER.open(file)) {
                assertThat(textOf(document)).contains("Page 2.");
            }
        }

        @Test
        void namesTheFileFromDiskInItsRefusal(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("scan.pdf");
            Files.write(file, TestPdfs.scanned(1));

            assertThatThrownBy(() -> OPENER.open(file)).isInstanceOf(ConversionException.class)
                    .hasMessageStartingWith("scan.pdf is a scanned image");
        }

        @Test
        void opensAnOfficialResolution() throws IOException {
            String text = openAndExtract(OPENER, officialPdf("A_RES_78_10.pdf"), "A_RES_78_10.pdf");

            assertThat(text).contains("General Assembly", "Olympic Truce");
        }

        @Test
        void opensThreeHundredPagesAndLeavesThemAllToExtract() throws IOException {
            String text = openAndExtract(OPENER, TestPdfs.text(300, 10), "long.pdf");

            assertThat(text).contains("Page 1.", "Page 150.", "Page 300.");
            assertThat(text.split("Recalling its resolution", -1)).hasSize(300 * 10 + 1);
        }

        @Test
        void opensAPdfWhoseOwnerOnlyRestrictsPrintingAndEditing() throws IOException {
            AccessPermission permission = new AccessPermission();
            permission.setCanPrint(false);
            permission.setCanModify(false);
            byte[] restricted = TestPdfs.encrypted(TestPdfs.text(1, 3), "owner-secret", "", permission);

            assertThat(openAndExtract(OPENER, restricted, "restricted.pdf")).contains("Page 1.");
        }

        @Test
        void opensAFileWhoseCrossReferenceTableIsWrong() throws IOException {
            byte[] pdf = RawPdf.onePage(RawPdf.textContent("Recovered by a scan of the file for its objects"));
            String broken = new String(pdf, StandardCharsets.ISO_8859_1)
                    .replaceAll("\\d{10} 00000 n", "0000000001 00000 n");

            assertThat(openAndExtract(OPENER, latin1(broken), "bad-xref.pdf")).contains("Recovered by a scan");
        }

        @Test
        void opensAFileCutJustBeforeItsEnd() throws IOException {
            byte[] pdf = RawPdf.onePage(RawPdf.textContent("The body survived the loss of the trailer"));
            byte[] cut = Arrays.copyOf(pdf, pdf.length - 60);

            assertThat(openAndExtract(OPENER, cut, "cut-tail.pdf")).contains("The body survived");
        }

        @Test
        void leavesTheDocumentReadableByAnyTextStripper() throws IOException {
            try (PDDocument document = OPENER.open(TestPdfs.text(2, 3), "sorted.pdf")) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(2);
                assertThat(stripper.getText(document)).startsWith("Page 2.");
            }
        }
    }

    @Nested
    class Protected {
        @Test
        void refusesAPdfThatNeedsAPassword() {
            byte[] locked = TestPdfs.encrypted(TestPdfs.text(1, 3), "owner-secret", "user-secret", new AccessPermission());

            ConversionException refusal = refusal(locked, "locked.pdf");

            assertThat(refusal.getMessage())
                    .isEqualTo("locked.pdf is protected by a password: it cannot be opened without one.");
            assertThat(refusal.advice()).contains("copy without a password", "qpdf --decrypt --password=");
        }

        @Test
        void refusesAPdfThatForbidsCopyingItsText() {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            byte[] locked = TestPdfs.encrypted(TestPdfs.text(1, 3), "owner-secret", "", permission);

            ConversionException refusal = refusal(locked, "no-copy.pdf");

            assertThat(refusal.getMessage()).isEqualTo("no-copy.pdf is protected by a password that forbids"
                    + " copying its text, so its text cannot be read.");
            assertThat(refusal.advice()).contains("qpdf --decrypt \"no-copy.pdf\" unprotected.pdf");
        }
    }

    @Nested
    class WithoutText {
        @Test
        void refusesAScanWithoutText() {
            ConversionException refusal = refusal(TestPdfs.scanned(2), "scan.pdf");

            assertThat(refusal.getMessage()).isEqualTo("scan.pdf is a scanned image without text: its 2 pages are"
                    + " pictures of text, with no text layer to read.");
            assertThat(refusal.advice()).contains("ocrmypdf \"scan.pdf\" ocr.pdf");
        }

        @Test
        void refusesBlankPages() {
            ConversionException refusal = refusal(TestPdfs.blank(1), "blank.pdf");

            assertThat(refusal.getMessage()).isEqualTo("blank.pdf holds no text: its page is blank.");
        }

        @Test
        void refusesAScanWhoseOnlyTextIsAStampedPageNumber() {
            byte[] stamped = TestPdfs.scanned(1, "p. 1");

            assertThat(refusal(stamped, "stamped.pdf").getMessage()).startsWith("stamped.pdf is a scanned image");
        }

        @Test
        void refusesTextDrawnWithFontsThatDoNotSayWhichLettersTheyShow() {
            RawPdf pdf = new RawPdf();
            int catalog = pdf.reserve();
            int pages = pdf.reserve();
            // A composite font that is neither embedded nor mapped to Unicode: glyph ids only.
            int font = pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /Secret /Encoding /Identity-H"
                    + " /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Secret"
                    + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                    + " /FontDescriptor << /Type /FontDescriptor /FontName /Secret /Flags 4"
                    + " /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700"
                    + " /StemV 80 >> >>] >>");
            String glyphs = "<" + "0041004200430044".repeat(20) + ">";
            int contents = pdf.addStream("", latin1("BT /F1 12 Tf 72 720 Td " + glyphs + " Tj ET"));
            int page = pdf.add(RawPdf.pageDictionary(pages, contents, font));
            pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
            pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");

            ConversionException refusal = refusal(pdf.build(catalog), "glyphs.pdf");

            assertThat(refusal.getMessage()).isEqualTo("glyphs.pdf draws its text with fonts that do not say which"
                    + " letters they show, so no text can be read from it.");
        }
    }

    @Nested
    class Damaged {
        @Test
        void refusesAnEmptyFile() {
            assertThat(refusal(new byte[0], "empty.pdf").getMessage())
                    .isEqualTo("empty.pdf is empty (0 bytes): there is no PDF in it to read.");
        }

        @Test
        void refusesAFileThatIsNotThere(@TempDir Path folder) {
            assertThatThrownBy(() -> OPENER.open(folder.resolve("gone.pdf"))).isInstanceOf(ConversionException.class)
                    .hasMessageStartingWith("gone.pdf could not be read from disk (");
        }

        @Test
        void refusesAFileThatIsNoPdf() {
            byte[] zip = latin1("PK\u0003\u0004 word/document.xml and more of a Word file");

            assertThat(refusal(zip, "resolution.docx.pdf").getMessage()).isEqualTo(
                    "resolution.docx.pdf is not a PDF: a PDF starts with \"%PDF-\", and this file does not.");
        }

        @Test
        void refusesGarbageAfterTheHeader() {
            byte[] garbage = new byte[20_000];
            new Random(7).nextBytes(garbage);
            System.arraycopy(latin1("%PDF-1.7\n"), 0, garbage, 0, 9);

            // PDFBox's words, in parentheses, end the sentence once.
            assertThat(refusal(garbage, "garbage.pdf").getMessage())
                    .startsWith("garbage.pdf is a damaged or incomplete PDF: it could not be read (")
                    .endsWith(").").doesNotContain(".).");
        }

        @Test
        void refusesAFileCutShortThatLostPartOfAPage() {
            // Word's PDFs put the fonts last: a cut file keeps its text but loses how to read it.
            RawPdf pdf = new RawPdf();
            int catalog = pdf.reserve();
            int pages = pdf.reserve();
            int contents = pdf.addStream("", latin1(RawPdf.textContent("The text of the page, without its font")));
            int page = pdf.reserve();
            int font = pdf.add(RawPdf.HELVETICA);
            pdf.set(page, RawPdf.pageDictionary(pages, contents, font));
            pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
            pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");

            byte[] cut = cutBefore(pdf.build(catalog), font + " 0 obj");

            assertThat(refusal(cut, "cut.pdf").getMessage()).isEqualTo("cut.pdf is a damaged or incomplete PDF:"
                    + " it was cut short, and parts of its pages (text or fonts) are missing.");
        }

        @Test
        void refusesAFileCutShortThatLostPages() {
            RawPdf pdf = new RawPdf();
            int catalog = pdf.reserve();
            int pages = pdf.reserve();
            int font = pdf.add(RawPdf.HELVETICA);
            int contents = pdf.addStream("", latin1(RawPdf.textContent("Every page says the same thing")));
            int first = pdf.add(RawPdf.pageDictionary(pages, contents, font));
            int second = pdf.add(RawPdf.pageDictionary(pages, contents, font));
            int third = pdf.add(RawPdf.pageDictionary(pages, contents, font));
            pdf.set(pages, "<< /Type /Pages /Kids [" + first + " 0 R " + second + " 0 R " + third + " 0 R] /Count 3 >>");
            pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");

            byte[] cut = cutBefore(pdf.build(catalog), third + " 0 obj");

            // PDFBox alone opens it with two pages and says nothing.
            assertThat(refusal(cut, "two-of-three.pdf").getMessage()).isEqualTo("two-of-three.pdf is a damaged"
                    + " or incomplete PDF: 1 of its 3 pages cannot be read.");
        }

        @Test
        void refusesOfficialResolutionsCutShort() throws IOException {
            byte[] resolution = officialPdf("A_RES_78_69.pdf");

            assertThat(refusal(Arrays.copyOf(resolution, resolution.length / 5), "A_RES_78_69.pdf").getMessage())
                    .isEqualTo("A_RES_78_69.pdf is a damaged or incomplete PDF: 39 of its 57 pages cannot be read.");
            assertThat(refusal(Arrays.copyOf(resolution, resolution.length * 4 / 5), "A_RES_78_69.pdf")
                    .getMessage()).endsWith("it was cut short, and parts of its pages (text or fonts) are missing.");
        }

        @Test
        void refusesAFileCutInHalf() {
            byte[] pdf = TestPdfs.text(4, 30);
            byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

            assertThat(refusal(half, "half.pdf").getMessage()).startsWith("half.pdf is a damaged or incomplete PDF");
        }
    }

    @Nested
    class Bombs {
        @Test
        void refusesMorePagesThanTheLimitSayingHowToRaiseIt() {
            ConversionException refusal = refusal(pagesSharingOneContent(1_001, 1_001), "long.pdf");

            assertThat(refusal.getMessage()).isEqualTo("long.pdf has 1,001 pages; Plenary reads at most 1,000 pages"
                    + " of one document.");
            assertThat(refusal.advice()).contains("PdfLimits.maxPages, now 1,000");
        }

        @Test
        void opensAsManyPagesAsTheLimit() throws IOException {
            PdfOpener opener = new PdfOpener(PdfLimits.DEFAULT.withMaxPages(20));

            assertThat(openAndExtract(opener, pagesSharingOneContent(20, 20), "twenty.pdf")).contains("Shared");
        }

        @Test
        void countsThePagesAFileHoldsNotThoseItDeclares() {
            PdfOpener opener = new PdfOpener(PdfLimits.DEFAULT.withMaxPages(10));

            ConversionException refusal = refusal(opener, pagesSharingOneContent(40, 1), "liar.pdf");

            assertThat(refusal.getMessage()).isEqualTo("liar.pdf has more than 10 pages; Plenary reads at most 10"
                    + " pages of one document.");
        }

        @Test
        void refusesAPageTreeNestedFiftyThousandDeep() {
            ConversionException refusal = refusal(deepPageTree(50_000), "deep-tree.pdf");

            assertThat(refusal.getMessage()).startsWith("deep-tree.pdf is built of objects nested too deeply");
        }

        @Test
        void refusesAPageTreeTwentyThousandDeepThatPdfBoxRepairsRecursively() {
            // Without its cross-reference table and trailer, the file is rebuilt by PDFBox, which then
            // checks the page tree recursively and overflows the stack while loading.
            String pdf = new String(deepPageTree(20_000), StandardCharsets.ISO_8859_1);
            byte[] broken = latin1(pdf.substring(0, pdf.lastIndexOf("xref\n0 ")));
            assertThatThrownBy(() -> Loader.loadPDF(broken)).isInstanceOf(StackOverflowError.class);

            ConversionException refusal = refusal(broken, "deep-damaged.pdf");

            assertThat(refusal.getMessage()).startsWith("deep-damaged.pdf is built of objects nested too deeply");
        }

        @Test
        void readsPageContentUpToArraysNestedFiftyThousandDeep() throws IOException {
            String nested = "[".repeat(50_000) + "]".repeat(50_000);
            byte[] pdf = RawPdf.onePage("BT /F1 12 Tf 72 720 Td (Text before the nested arrays) Tj " + nested
                    + " TJ (Text after them) Tj ET");

            // PDFBox's content parser stops at 500 levels and drops the rest of the page.
            assertThat(openAndExtract(OPENER, pdf, "nested-content.pdf")).contains("Text before the nested arrays")
                    .doesNotContain("after");
        }

        @Test
        void refusesAPageWhoseDictionaryIsNestedFiftyThousandDeep() {
            String nested = "[".repeat(50_000) + "]".repeat(50_000);
            RawPdf pdf = new RawPdf();
            int catalog = pdf.reserve();
            int pages = pdf.reserve();
            int contents = pdf.addStream("", latin1(RawPdf.textContent("Hidden")));
            int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /Deep " + nested + " /Contents " + contents
                    + " 0 R >>");
            pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
            pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");

            // PDFBox's parser stops at 500 levels and drops the page it cannot read.
            assertThat(refusal(pdf.build(catalog), "nested-page.pdf").getMessage())
                    .isEqualTo("nested-page.pdf is a damaged or incomplete PDF: its page cannot be read.");
        }

        @Test
        void refusesPageContentThatInflatesToGigabytes() {
            byte[] bomb = DeflateBomb.zeros(2048);
            byte[] pdf = pageWithContent("/Filter /FlateDecode", bomb);

            ConversionException refusal = refusal(pdf, "bomb.pdf");

            assertThat(bomb.length).isLessThan((int) (3 * MB));
            assertThat(refusal.getMessage()).isEqualTo("bomb.pdf holds compressed data that expands to more than"
                    + " 32 MB; Plenary stops there to protect its memory. No resolution needs that much: the file"
                    + " is damaged or was made to exhaust PDF readers.");
            assertThat(refusal.advice()).contains("PdfLimits.maxStreamBytes, now 32 MB");
        }

        @Test
        void refusesAnObjectStreamThatInflatesToGigabytesWhileLoading() {
            RawPdf pdf = new RawPdf();
            int catalog = pdf.reserve();
            int pages = pdf.reserve();
            int font = pdf.add(RawPdf.HELVETICA);
            int contents = pdf.addStream("", latin1(RawPdf.textContent("Never read")));
            int page = pdf.add(RawPdf.pageDictionary(pages, contents, font));
            pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
            // The catalog is packed in an object stream, followed by 2 GB of zeros.
            String header = catalog + " 0 ";
            byte[] packed = latin1(header + "<< /Type /Catalog /Pages " + pages + " 0 R >>\n");
            int objectStream = pdf.addStream("/Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode",
                    DeflateBomb.after(packed, 2048));

            byte[] file = pdf.buildWithObjectStream(catalog, objectStream, RawPdf.packed(catalog));

            assertThat(refusal(file, "objstm-bomb.pdf").getMessage())
                    .startsWith("objstm-bomb.pdf holds compressed data that expands to more than 32 MB");
        }

        @Test
        void refusesOneStreamInflatedOnEveryPageBeyondTheDocumentLimit() {
            PdfOpener opener = new PdfOpener(PdfLimits.DEFAULT.withMaxDecodedBytes(100 * MB));
            byte[] prefix = latin1(RawPdf.textContent("Every page") + "\n");
            byte[] pdf = pagesSharingOneContent(40, 40, "/Filter /FlateDecode", DeflateBomb.after(prefix, 4));

            ConversionException refusal = refusal(opener, pdf, "reused.pdf");

            assertThat(refusal.getMessage()).startsWith("reused.pdf expands to more than 100 MB of page data in all");
            assertThat(refusal.advice()).contains("PdfLimits.maxDecodedBytes, now 100 MB");
        }

        @Test
        void refusesAPageDrawingMoreCharactersThanTheLimit() {
            PdfOpener opener = new PdfOpener(PdfLimits.DEFAULT.withMaxCharactersPerPage(1_000));
            byte[] pdf = RawPdf.onePage(RawPdf.textContent("x".repeat(1_001)));

            ConversionException refusal = refusal(opener, pdf, "dense.pdf");

            assertThat(refusal.getMessage()).startsWith("Page 1 of dense.pdf draws more than 1,000 characters");
        }

        @Test
        void boundsInflationEvenWhenPdfBoxIsUsedWithoutTheOpener() throws IOException {
            byte[] pdf = pageWithContent("/Filter /FlateDecode", DeflateBomb.zeros(2048));

            try (PDDocument document = Loader.loadPDF(pdf)) {
                COSStream content = document.getPage(0).getCOSObject().getCOSStream(COSName.CONTENTS);
                // Before the guard, this filled 2 GB of heap.
                assertThatThrownBy(() -> content.createInputStream().close())
                        .isInstanceOf(IOException.class).hasMessageContaining("inflates to more than");
            }
        }
    }

    /** An official PDF from the shared material; the test is skipped where that is absent. */
    static byte[] officialPdf(String name) throws IOException {
        return Files.readAllBytes(org.plenary.SharedMaterial.require("real-pdf/pdf/" + name));
    }

    /** The file up to where {@code marker} starts, as a download cut short leaves it. */
    static byte[] cutBefore(byte[] pdf, String marker) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(pdf, text.indexOf("\n" + marker) + 1);
    }

    /** {@code pages} pages drawing one shared content stream, in a tree whose root declares {@code count}. */
    static byte[] pagesSharingOneContent(int pages, int count) {
        return pagesSharingOneContent(pages, count, "", latin1(RawPdf.textContent("Shared text on every page")));
    }

    static byte[] pagesSharingOneContent(int pages, int count, String entries, byte[] data) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int font = pdf.add(RawPdf.HELVETICA);
        int contents = pdf.addStream(entries, data);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(pdf.add(RawPdf.pageDictionary(tree, contents, font))).append(" 0 R ");
        }
        pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.build(catalog);
    }

    static byte[] pageWithContent(String entries, byte[] data) {
        return pagesSharingOneContent(1, 1, entries, data);
    }

    /** A page tree that is a chain of {@code depth} Pages nodes above one page. */
    static byte[] deepPageTree(int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int font = pdf.add(RawPdf.HELVETICA);
        int contents = pdf.addStream("", latin1(RawPdf.textContent("At the bottom")));
        int first = pdf.reserve();
        for (int i = 1; i < depth; i++) {
            pdf.reserve();
        }
        int page = pdf.add(RawPdf.pageDictionary(first + depth - 1, contents, font));
        for (int i = 0; i < depth; i++) {
            int node = first + i;
            int kid = i == depth - 1 ? page : node + 1;
            String parent = i == 0 ? "" : " /Parent " + (node - 1) + " 0 R";
            pdf.set(node, "<< /Type /Pages /Kids [" + kid + " 0 R] /Count 1" + parent + " >>");
        }
        pdf.set(catalog, "<< /Type /Catalog /Pages " + first + " 0 R >>");
        return pdf.build(catalog);
    }
}
