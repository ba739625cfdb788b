package org.plenary.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.plenary.source.StyledText;

/**
 * Collects each page's glyphs with their positions, sizes and styles, surveying the text layer on
 * the way. PDFBox's text stripper finds them (and drops the copies some PDFs overprint to fake
 * bold); the lines are built from them here rather than by the stripper, which would lose the
 * raised calls and the columns.
 */
final class GlyphCollector extends TextLayerSurvey {
    /** Receives a page's glyphs once the page is read. */
    interface PageSink {
        void page(int number, float width, float height, List<Glyph> glyphs) throws IOException;
    }

    private final PageSink sink;
    private final Map<PDFont, Byte> styles = new HashMap<>();

    GlyphCollector(PageSink sink, int maxGlyphsPerPage) {
        super(maxGlyphsPerPage);
        this.sink = sink;
        setSortByPosition(false);
        // Overprinted copies are dropped by the survey's own filter, at a fraction of PDFBox's cost.
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected boolean keepsText() {
        return true;
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                // A font's map may give control characters, which XML (so every output) forbids.
                String text = t.getUnicode() == null ? null : org.plenary.source.XmlCharacters.withoutForbidden(t.getUnicode());
                if (text == null || text.isEmpty()) {
                    continue;
                }
                float size = t.getFontSizeInPt();
                if (size <= 0) {
                    size = t.getHeightDir();
                }
                glyphs.add(new Glyph(text, t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(), round(size), style(t.getFont())));
            }
        }
        org.apache.pdfbox.pdmodel.PDPage page = getCurrentPage();
        org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        sink.page(getCurrentPageNo(), turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(), glyphs);
    }

    /** Sizes as set (9, 9.96): rounded to a tenth of a point so that one size counts as one. */
    private static float round(float size) {
        return Math.round(size * 10) / 10f;
    }

    private byte style(PDFont font) {
        if (font == null) {
            return StyledText.PLAIN;
        }
        return styles.computeIfAbsent(font, GlyphCollector::styleOf);
    }

    /** Italic and bold from the font's name ("TimesNewRomanPS-BoldItalicMT"), or its descriptor's flags. */
    static byte styleOf(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean italic = name.contains("italic") || name.contains("oblique")
                || descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0);
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        return (byte) ((italic ? StyledText.ITALIC : 0) | (bold ? StyledText.BOLD : 0));
    }
}
