package org.plenary.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs PDFBox's text extraction over every page, counting: the characters that read as text, the
 * glyphs drawn, and the images shown; a page drawing more glyphs than the limit stops it. By
 * itself it keeps nothing; the reader's {@link GlyphCollector} extends it to keep the glyphs, so
 * a PDF is extracted once and surveyed on the way.
 */
class TextLayerSurvey extends PDFTextStripper {
    private final int maxGlyphsPerPage;
    private int pageNumber;
    private int glyphsOnPage;
    private long glyphs;
    private long readableCharacters;
    private long images;
    private final OverprintFilter overprints = new OverprintFilter();

    /** Thrown when a page draws more glyphs than a later extraction could hold in memory. */
    static final class PageTooDense extends RuntimeException {
        private final int page;

        PageTooDense(int page) {
            super("page " + page + " draws too many characters");
            this.page = page;
        }

        int page() {
            return page;
        }
    }

    protected TextLayerSurvey(int maxGlyphsPerPage) {
        this.maxGlyphsPerPage = maxGlyphsPerPage;
    }

    /** Whether the characters are kept (handed to PDFBox's stripper) as well as counted. */
    protected boolean keepsText() {
        return false;
    }

    /** Characters that read as text: not white space, not unmapped. */
    long readableCharacters() {
        return readableCharacters;
    }

    /** Everything drawn with a font, readable or not. */
    long glyphs() {
        return glyphs;
    }

    long images() {
        return images;
    }

    /**
     * Refuses a document whose pages hold too little text to read: a scan (pictures of text), fonts
     * that do not say which letters they draw, or blank pages.
     */
    void requireText(String fileName, int pages, int minCharactersPerPage) {
        long expected = (long) minCharactersPerPage * pages;
        if (readableCharacters >= expected) {
            return;
        }
        if (images > 0) {
            throw PdfRefusals.scanned(fileName, pages);
        }
        if (glyphs >= expected) {
            throw PdfRefusals.unmappedFonts(fileName);
        }
        throw PdfRefusals.blank(fileName, pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageNumber = getCurrentPageNo();
        glyphsOnPage = 0;
        overprints.newPage();
        StreamedPageContent.measure(page);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphs++;
        if (++glyphsOnPage > maxGlyphsPerPage) {
            throw new PageTooDense(pageNumber);
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        // Counted, not kept: the survey must not hold a page's characters in memory.
        String unicode = text.getUnicode();
        if (unicode != null) {
            readableCharacters += readable(unicode);
        }
        if (keepsText() && (unicode == null || unicode.isEmpty()
                || !overprints.isCopy(unicode, text.getX(), text.getY(), text.getWidth()))) {
            super.processTextPosition(text);
        }
    }

    private static int readable(String unicode) {
        int count = 0;
        for (int i = 0; i < unicode.length(); ) {
            int c = unicode.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0xFFFD) {
                count++;
            }
            i += Character.charCount(c);
        }
        return count;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (showsImage(operator, operands)) {
            images++;
        }
        super.processOperator(operator, operands);
    }

    private boolean showsImage(Operator operator, List<COSBase> operands) {
        String name = operator.getName();
        if (OperatorName.BEGIN_INLINE_IMAGE.equals(name)) {
            return true;
        }
        if (OperatorName.DRAW_OBJECT.equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName) {
            PDResources resources = getResources();
            return resources != null && resources.isImageXObject((COSName) operands.get(0));
        }
        return false;
    }
}
