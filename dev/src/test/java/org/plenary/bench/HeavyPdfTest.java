package org.plenary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeavyPdfTest {
    @Test
    void theFileWeighsWhatIsAskedAndReadsTheSame(@TempDir Path dir) throws Exception {
        Path resolution = dir.resolve("resolution.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String line : new String[] {"The General Assembly,", "1. Decides to remain seized of the matter."}) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            document.save(resolution.toFile());
        }
        Path heavy = dir.resolve("heavy.pdf");

        HeavyPdf.write(resolution, 3_000_000, heavy);

        assertThat(Files.size(heavy)).isBetween(3_000_000L, 4_000_000L);
        try (PDDocument before = Loader.loadPDF(resolution.toFile()); PDDocument after = Loader.loadPDF(heavy.toFile())) {
            assertThat(after.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(after)).isEqualTo(new PDFTextStripper().getText(before));
        }
    }
}
