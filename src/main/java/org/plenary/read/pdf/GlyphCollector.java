package org.plenary.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.plenary.source.StyledText;
import org.plenary.source.XmlCharacters;

/**
 * Collects each page's glyphs with their positions, sizes and styles, surveying the text layer on
 * the way. The survey places them and drops the copies some PDFs overprint to fake bold; an accent
 * drawn apart from its letter is put back on it, by the text stripper's rule; the lines are built
 * from the glyphs by the reader, which keeps the raised calls and the columns a stripper would lose.
 */
final class GlyphCollector extends TextLayerSurvey {
    /** Receives a page's glyphs once the page is read. */
    interface PageSink {
        void page(int number, float width, float height, List<Glyph> glyphs) throws IOException;
    }

    private final PageSink sink;
    private final Map<PDFont, Byte> styles = new HashMap<>();
    private List<Glyph> glyphs = new ArrayList<>();
    /** The glyph kept last on the page, and the stripper's record of it once an accent merged into it. */
    private DrawnGlyph last;
    private TextPosition lastMerged;
    private boolean lastListed;

    GlyphCollector(PageSink sink, int maxGlyphsPerPage) {
        super(maxGlyphsPerPage);
        this.sink = sink;
    }

    @Override
    protected boolean keepsText() {
        return true;
    }

    @Override
    protected void keep(DrawnGlyph glyph) throws IOException {
        if (last != null && (isDiacritic(glyph.unicode()) || isDiacritic(lastText()))) {
            TextPosition previous = lastMerged != null ? lastMerged : last.asTextPosition();
            TextPosition current = glyph.asTextPosition();
            if (current.isDiacritic() && previous.contains(current)) {
                previous.mergeDiacritic(current);
                lastMerged = previous;
                if (lastListed) {
                    glyphs.remove(glyphs.size() - 1);
                }
                lastListed = list(last, previous.getUnicode());
                return;
            }
            if (previous.isDiacritic() && current.contains(previous)) {
                current.mergeDiacritic(previous);
                if (lastListed) {
                    glyphs.remove(glyphs.size() - 1);
                }
                last = glyph;
                lastMerged = current;
                lastListed = list(glyph, current.getUnicode());
                return;
            }
        }
        last = glyph;
        lastMerged = null;
        lastListed = list(glyph, glyph.unicode());
    }

    private String lastText() {
        return lastMerged != null ? lastMerged.getUnicode() : last.unicode();
    }

    /** A lone mark that sits on a letter, as the stripper tells one: a combining or modifier character. */
    private static boolean isDiacritic(String text) {
        if (text.length() != 1 || "ー".equals(text)) {
            return false;
        }
        int type = Character.getType(text.charAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.MODIFIER_SYMBOL
                || type == Character.MODIFIER_LETTER;
    }

    /** Adds the glyph to the page with {@code unicode} as its text; false if nothing of it may stand in XML. */
    private boolean list(DrawnGlyph glyph, String unicode) throws IOException {
        // A font's map may give control characters, which XML (so every output) forbids.
        String text = XmlCharacters.withoutForbidden(unicode);
        if (text == null || text.isEmpty()) {
            return false;
        }
        float size = glyph.fontSizeInPt();
        if (size <= 0) {
            size = glyph.height();
        }
        glyphs.add(new Glyph(text, glyph.x(), glyph.width(), glyph.baseline(), round(size), style(glyph.font())));
        return true;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        List<Glyph> pageGlyphs = glyphs;
        glyphs = new ArrayList<>();
        last = null;
        lastMerged = null;
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        sink.page(pageNumber(), turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(), pageGlyphs);
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
