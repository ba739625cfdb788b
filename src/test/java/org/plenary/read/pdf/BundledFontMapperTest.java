package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.read.pdf.RawPdf.latin1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFontMapperTest {
    private static final PdfOpener OPENER = new PdfOpener();

    @Test
    void anOpenerStandsTheBundledFontInForFontsThePdfDoesNotEmbed() throws IOException {
        FontMapping<TrueTypeFont> mapping = FontMappers.instance().getTrueTypeFont("TimesNewRomanPSMT", null);

        assertThat(FontMappers.instance()).isInstanceOf(BundledFontMapper.class);
        assertThat(mapping.getFont().getName()).isEqualTo("LiberationSans");
        assertThat(mapping.isFallback()).isTrue();
    }

    @Test
    void readsTextSetInANonEmbeddedFontWithoutScanningTheSystemsFonts(@TempDir Path fontCache) throws IOException {
        // PDFBox's own mapper writes its cache of the system's fonts here on its first use in this
        // JVM (the test above checks which mapper is in place whatever ran before).
        String before = System.setProperty("pdfbox.fontcache", fontCache.toString());
        try (PDDocument document = OPENER.open(timesNewRomanNotEmbedded(), "times.pdf")) {
            assertThat(new PDFTextStripper().getText(document)).contains("Recalling its resolution 77/1");
        } finally {
            restore("pdfbox.fontcache", before);
        }
        try (var written = Files.list(fontCache)) {
            assertThat(written).isEmpty();
        }
    }

    /** A page set in Times New Roman as Word's PDFs name it, neither embedded nor standard. */
    private static byte[] timesNewRomanNotEmbedded() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int descriptor = pdf.add("<< /Type /FontDescriptor /FontName /TimesNewRomanPSMT /Flags 34"
                + " /FontBBox [-568 -216 2046 693] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662"
                + " /StemV 80 >>");
        int font = pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /FirstChar 32"
                + " /LastChar 126 /Widths [" + " 500".repeat(95) + "] /Encoding /WinAnsiEncoding"
                + " /FontDescriptor " + descriptor + " 0 R >>");
        int contents = pdf.addStream("", latin1(RawPdf.textContent(TestPdfs.PARAGRAPH)));
        int page = pdf.add(RawPdf.pageDictionary(pages, contents, font));
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
