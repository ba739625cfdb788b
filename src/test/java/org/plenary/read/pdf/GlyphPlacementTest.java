package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceLine;

/**
 * The reader places glyphs itself, without PDFBox's text stripper; it must place each exactly where
 * the stripper does (its rules are what the layout stage was built on), on upright pages and on
 * turned, cropped and rotated ones, and put an accent drawn apart back on its letter as the
 * stripper does.
 */
class GlyphPlacementTest {
    /** What the reader keeps of a glyph, as one comparable line. */
    private static String figures(String text, float x, float baseline, float width, float size, float pageX,
                                  float pageY, float pageWidth) {
        return String.format("%s x=%s y=%s w=%s size=%s | page x=%s y=%s w=%s", text, x, baseline, width, size,
                pageX, pageY, pageWidth);
    }

    private static List<String> byStripper(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    out.add(figures(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            t.getFontSizeInPt(), t.getX(), t.getY(), t.getWidth()));
                }
            };
            stripper.setSortByPosition(false);
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.getText(document);
        }
        return out;
    }

    private static List<String> byReader(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TextLayerSurvey survey = new TextLayerSurvey(PdfLimits.DEFAULT.maxCharactersPerPage()) {
                @Override
                protected boolean keepsText() {
                    return true;
                }

                @Override
                protected void keep(DrawnGlyph g) {
                    out.add(figures(g.unicode(), g.x(), g.baseline(), g.width(), g.fontSizeInPt(), g.pageX(),
                            g.pageY(), g.pageWidth()));
                }
            };
            survey.survey(document);
        }
        return out;
    }

    @Test
    void aRealResolutionIsPlacedAsTheStripperPlacesIt() throws IOException {
        assertPlacedAsTheStripperPlaces(Files.readAllBytes(PdfReaderTest.PDF), 1_000);
    }

    private static void assertPlacedAsTheStripperPlaces(byte[] pdf, int atLeast) throws IOException {
        List<String> expected = byStripper(pdf);
        assertThat(expected).hasSizeGreaterThan(atLeast);
        assertThat(byReader(pdf)).containsExactlyElementsOf(expected);
    }

    @Test
    void turnedCroppedAndScaledPagesArePlacedAsTheStripperPlacesThem() throws IOException {
        byte[] pdf = TestPdfs.write(document -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int rotation : new int[] {0, 90, 180, 270}) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                page.setRotation(rotation);
                page.setCropBox(new PDRectangle(20, 30, 560, 700));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 1);
                    content.setTextMatrix(new Matrix(10, 0, 0, 10, 72, 700));
                    content.showText(TestPdfs.PARAGRAPH.substring(0, 40));
                    content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 300));
                    content.setFont(font, 9);
                    content.showText("Running up the page");
                    content.setTextMatrix(new Matrix(-9, 0, 0, -9, 400, 200));
                    content.showText("Upside down");
                    content.endText();
                }
            }
        });
        assertPlacedAsTheStripperPlaces(pdf, 200);
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void anAccentDrawnApartIsPutBackOnItsLetter() throws IOException {
        byte[] pdf = TestPdfs.write(document -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                show(content, font, 72, 700, TestPdfs.PARAGRAPH);
                // "El Nin" then the tilde alone, drawn over the last n, then "o phenomenon": as TeX writes accents.
                show(content, font, 72, 680, "El Nin");
                show(content, font, 72 + font.getStringWidth("El Ni") / 100 + 0.5f, 680, "\u02DC");
                show(content, font, 72 + font.getStringWidth("El Nin") / 100, 680, "o phenomenon");
            }
        });
        SourceDocument read = new PdfReader().read(pdf, "accent.pdf");
        List<String> lines = read.lines().stream().map(SourceLine::plain)
                .map(line -> Normalizer.normalize(line, Normalizer.Form.NFC)).toList();
        assertThat(lines).contains("El Niño phenomenon");
    }
}
