package org.plenary.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs PDFBox's content-stream engine over every page with the text operators only, counting: the
 * characters that read as text, the glyphs drawn, and the images shown; a page drawing more glyphs
 * than the limit stops it. By itself it keeps nothing; the reader's {@link GlyphCollector} extends
 * it to keep the glyphs, so a PDF is read once and surveyed on the way.
 *
 * <p>PDFBox's text stripper would place the glyphs as well, but builds an object per glyph with
 * figures the reader never asks for (heights, space widths) and keeps them in lists of its own: a
 * third of the reading time of a resolution. Here each glyph is placed by the stripper's own rules
 * ({@link DrawnGlyph}) and handed on at once.
 */
class TextLayerSurvey extends PDFStreamEngine {
    /** The stripper's Unicode names for glyphs that fonts name without a map (Adobe's list and more). */
    private static final GlyphList GLYPH_LIST = additionalGlyphList();

    private final int maxGlyphsPerPage;
    private int pageNumber;
    private int glyphsOnPage;
    private long glyphs;
    private long readableCharacters;
    private long images;
    private final OverprintFilter overprints = new OverprintFilter();
    private DrawnGlyph.Frame frame;

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
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new EndText(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetMatrix(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
    }

    private static GlyphList additionalGlyphList() {
        try (InputStream input = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), input);
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's glyph list is missing from its jar", e);
        }
    }

    /** Whether the glyphs are kept (handed to {@link #keep}) as well as counted. */
    protected boolean keepsText() {
        return false;
    }

    /** Receives each glyph that reads as text and is not an overprinted copy, in drawing order. */
    protected void keep(DrawnGlyph glyph) throws IOException {
    }

    /** Called once a page's glyphs have all been kept. */
    protected void endPage(PDPage page) throws IOException {
    }

    /** The number of the page being read, from 1, counting pages with nothing drawn too. */
    protected int pageNumber() {
        return pageNumber;
    }

    /** Reads every page; as the stripper does, a page without content is counted but not read. */
    void survey(PDDocument document) throws IOException {
        document.setResourceCache(new ReadingResourceCache());
        pageNumber = 0;
        for (PDPage page : document.getPages()) {
            pageNumber++;
            if (page.hasContents()) {
                InflatedPageContent content = startPage(page);
                if (content != null) {
                    processChildStream(content, page);
                } else {
                    processPage(page);
                }
                endPage(page);
            }
        }
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

    /** Readies the page; its content inflated, or null where PDFBox is to read it its own way. */
    private InflatedPageContent startPage(PDPage page) throws IOException {
        glyphsOnPage = 0;
        overprints.newPage();
        frame = DrawnGlyph.Frame.of(page);
        return InflatedPageContent.of(page);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphs++;
        if (++glyphsOnPage > maxGlyphsPerPage) {
            throw new PageTooDense(pageNumber);
        }
        String unicode = font.toUnicode(code, GLYPH_LIST);
        if (unicode == null) {
            // As the stripper (and Acrobat): a simple font's code stands for itself, a composite font's is skipped.
            if (!(font instanceof PDSimpleFont)) {
                return;
            }
            unicode = String.valueOf((char) code);
        }
        readableCharacters += readable(unicode);
        if (!keepsText()) {
            return;
        }
        DrawnGlyph glyph = DrawnGlyph.place(this, frame, textRenderingMatrix, font, code, displacement, unicode);
        if (unicode.isEmpty() || !overprints.isCopy(unicode, glyph.pageX(), glyph.pageY(), glyph.pageWidth())) {
            keep(glyph);
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
