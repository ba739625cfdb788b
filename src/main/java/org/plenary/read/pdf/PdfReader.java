package org.plenary.read.pdf;

import java.util.ArrayList;
import java.util.List;

import org.plenary.source.SourceDocument;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/**
 * Reads a PDF into the source model: every printed line with its styled text (italic, bold,
 * raised), where it stands on its page and in what size of type. Lines come top to bottom, page
 * by page; the parts of a line that stand apart (two columns) come left to right. The PDF is
 * opened by {@link PdfOpener}, which refuses what cannot or should not be read (locked, scanned,
 * damaged, built to exhaust a reader) and keeps the one extraction within its limits.
 */
public final class PdfReader {
    private final PdfOpener opener;

    public PdfReader(PdfLimits limits) {
        this.opener = new PdfOpener(limits);
    }

    public PdfReader() {
        this(PdfLimits.DEFAULT);
    }

    public SourceDocument read(byte[] bytes, String fileName) {
        List<PageSize> pages = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        GlyphCollector collector = new GlyphCollector((number, width, height, glyphs) -> {
            pages.add(new PageSize(width, height));
            addPage(number, glyphs, lines);
        }, opener.limits().maxCharactersPerPage());
        opener.extract(bytes, fileName, collector);
        return new SourceDocument(SourceForm.PDF, lines, pages, List.of());
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
