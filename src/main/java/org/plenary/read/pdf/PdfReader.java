package org.plenary.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.plenary.pipeline.ConversionException;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/**
 * Reads a PDF into the source model: every printed line with its styled text (italic, bold,
 * raised), where it stands on its page and in what size of type. Lines come top to bottom, page
 * by page; the parts of a line that stand apart (two columns) come left to right.
 */
public final class PdfReader {
    public SourceDocument read(byte[] bytes, String fileName) {
        try (PDDocument document = open(bytes, fileName)) {
            List<PageSize> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                pages.add(new PageSize(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight()));
            }
            List<SourceLine> lines = new ArrayList<>();
            GlyphCollector collector = new GlyphCollector((number, glyphs) -> addPage(number, glyphs, lines));
            collector.getText(document);
            return new SourceDocument(SourceForm.PDF, lines, pages, List.of());
        } catch (IOException e) {
            throw new ConversionException("The PDF could not be read (" + e.getMessage() + ").",
                    "Check that the file is a complete PDF; open it in a PDF viewer to see whether it is damaged.");
        }
    }

    private static PDDocument open(byte[] bytes, String fileName) throws IOException {
        return Loader.loadPDF(bytes);
    }

    private static void addPage(int page, List<Glyph> glyphs, List<SourceLine> lines) {
        float previousBaseline = Float.NaN;
        for (LineBuilder.Line line : LineBuilder.lines(glyphs)) {
            float gap = Float.isNaN(previousBaseline) ? 0 : line.baseline() - previousBaseline;
            lines.add(new SourceLine(line.text(), lines.size() + 1, page, line.left(), line.right(), line.baseline(),
                    line.size(), gap));
            previousBaseline = line.baseline();
        }
    }
}
