package org.plenary.read.pdf;

import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One glyph as PDFBox's text stripper would place it, without the stripper: the same figures, by
 * the same rules (its LegacyPDFStreamEngine and TextPosition), so that a page reads exactly as it
 * did through the stripper, at a fraction of the cost. Positions come in two frames: along the
 * text's own direction ({@link #x}, {@link #baseline}, {@link #width}: what lines are built from)
 * and in the page's rotated frame ({@link #pageX}, {@link #pageY}, {@link #pageWidth}: what the
 * overprint filter compares, as the stripper's duplicate suppression did).
 */
final class DrawnGlyph {
    /** The page a glyph is drawn on: its rotation and crop box, read once a page. */
    record Frame(int rotation, float width, float height, Matrix cropShift, float left, float bottom) {
        static Frame of(PDPage page) {
            PDRectangle crop = page.getCropBox();
            int rotation = page.getRotation();
            if (rotation < 0) {
                rotation += 360;
            } else if (rotation >= 360) {
                rotation -= 360;
            }
            boolean atOrigin = Float.compare(crop.getLowerLeftX(), 0) == 0 && Float.compare(crop.getLowerLeftY(), 0) == 0;
            return new Frame(rotation, crop.getWidth(), crop.getHeight(),
                    atOrigin ? null : Matrix.getTranslateInstance(-crop.getLowerLeftX(), -crop.getLowerLeftY()),
                    crop.getLowerLeftX(), crop.getLowerLeftY());
        }
    }

    private final String unicode;
    private final int code;
    private final PDFont font;
    private final float fontSize;
    private final int fontSizeInPt;
    private final Matrix position;
    private final float endX;
    private final float endY;
    private final float advance;
    private final Frame frame;
    private final int direction;

    private DrawnGlyph(String unicode, int code, PDFont font, float fontSize, int fontSizeInPt, Matrix position,
                       float endX, float endY, float advance, Frame frame) {
        this.unicode = unicode;
        this.code = code;
        this.font = font;
        this.fontSize = fontSize;
        this.fontSizeInPt = fontSizeInPt;
        this.position = position;
        this.endX = endX;
        this.endY = endY;
        this.advance = advance;
        this.frame = frame;
        this.direction = direction(position);
    }

    /**
     * Places the glyph the engine is showing. The advance leaves character and word spacing out, as
     * the stripper's does: a glyph's width is its own, not the gap after it.
     */
    static DrawnGlyph place(PDFStreamEngine engine, Frame frame, Matrix textRenderingMatrix, PDFont font, int code,
                            Vector displacement, String unicode) throws IOException {
        PDGraphicsState state = engine.getGraphicsState();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix textMatrix = engine.getTextMatrix();
        float displacementX = font.isVertical() ? verticalAdvance(font, code) : displacement.getX();
        Matrix shift = Matrix.getTranslateInstance(displacementX * fontSize * horizontalScaling,
                displacement.getY() * fontSize);
        Matrix next = shift.multiply(textMatrix).multiply(state.getCurrentTransformationMatrix());
        float nextX = next.getTranslateX();
        float nextY = next.getTranslateY();
        float advance = nextX - textRenderingMatrix.getTranslateX();
        Matrix position = textRenderingMatrix;
        if (frame.cropShift() != null) {
            position = Matrix.concatenate(frame.cropShift(), textRenderingMatrix);
            nextX -= frame.left();
            nextY -= frame.bottom();
        }
        return new DrawnGlyph(unicode, code, font, fontSize, (int) (fontSize * textMatrix.getScalingFactorX()),
                position, nextX, nextY, advance, frame);
    }

    /** A vertical font's displacement is down the page; the stripper measures its glyphs' width instead. */
    private static float verticalAdvance(PDFont font, int code) throws IOException {
        float advance = font.getWidth(code) / 1000;
        TrueTypeFont ttf = null;
        if (font instanceof PDTrueTypeFont trueType) {
            ttf = trueType.getTrueTypeFont();
        } else if (font instanceof PDType0Font type0) {
            PDCIDFont descendant = type0.getDescendantFont();
            if (descendant instanceof PDCIDFontType2 cidType2) {
                ttf = cidType2.getTrueTypeFont();
            }
        }
        if (ttf != null && ttf.getUnitsPerEm() != 1000) {
            advance *= 1000f / ttf.getUnitsPerEm();
        }
        return advance;
    }

    String unicode() {
        return unicode;
    }

    PDFont font() {
        return font;
    }

    /** The size in points, whole, as the stripper gives it (font size times the text matrix's scale). */
    int fontSizeInPt() {
        return fontSizeInPt;
    }

    float x() {
        return xIn(direction);
    }

    /** Down from the top, in the text's direction: where the glyph's baseline is. */
    float baseline() {
        return yFromTopIn(direction);
    }

    float width() {
        return widthIn(direction);
    }

    float pageX() {
        return xIn(frame.rotation());
    }

    float pageY() {
        return yFromTopIn(frame.rotation());
    }

    float pageWidth() {
        return widthIn(frame.rotation());
    }

    /**
     * The height the stripper gives a glyph: half the font's box, or less where the font says its
     * capitals or ascent and descent are smaller, scaled as drawn. Only asked for where the size is
     * unknown, and to tell an accent drawn over a letter.
     */
    float height() throws IOException {
        BoundingBox box = font.getBoundingBox();
        float lowerLeftY = box.getLowerLeftY() < Short.MIN_VALUE ? -(box.getLowerLeftY() + 65536) : box.getLowerLeftY();
        float glyphHeight = (box.getUpperRightY() - lowerLeftY) / 2;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            float capHeight = descriptor.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = descriptor.getAscent();
            float descent = descriptor.getDescent();
            if (ascent > 0 && descent < 0 && ((ascent - descent) / 2 < glyphHeight || glyphHeight == 0)) {
                glyphHeight = (ascent - descent) / 2;
            }
        }
        float height = font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y : glyphHeight / 1000;
        return Math.abs(height * position.getScalingFactorY());
    }

    /** The stripper's own record of this glyph, for its rules on accents drawn apart from their letters. */
    TextPosition asTextPosition() throws IOException {
        return new TextPosition(frame.rotation(), frame.width(), frame.height(), position, endX, endY, height(),
                advance, 0, unicode, new int[] {code}, font, fontSize, fontSizeInPt);
    }

    /** The direction the text runs in (0, 90, 180 or 270), by TextPosition's rule on the matrix. */
    private static int direction(Matrix m) {
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        float c = m.getValue(1, 0);
        float d = m.getValue(1, 1);
        if (a > 0 && Math.abs(b) < d && Math.abs(c) < a && d > 0) {
            return 0;
        }
        if (a < 0 && Math.abs(b) < Math.abs(d) && Math.abs(c) < Math.abs(a) && d < 0) {
            return 180;
        }
        if (Math.abs(a) < Math.abs(c) && b > 0 && c < 0 && Math.abs(d) < b) {
            return 90;
        }
        if (Math.abs(a) < c && b < 0 && c > 0 && Math.abs(d) < Math.abs(b)) {
            return 270;
        }
        return 0;
    }

    private float xIn(int rotation) {
        return switch (rotation) {
            case 0 -> position.getValue(2, 0);
            case 90 -> position.getValue(2, 1);
            case 180 -> frame.width() - position.getValue(2, 0);
            case 270 -> frame.height() - position.getValue(2, 1);
            default -> 0;
        };
    }

    /** Down from the top of the page turned by {@code rotation}: its height (or width, turned a quarter) less the y up. */
    private float yFromTopIn(int rotation) {
        return rotation == 0 || rotation == 180
                ? frame.height() - lowerLeftYIn(rotation) : frame.width() - lowerLeftYIn(rotation);
    }

    private float lowerLeftYIn(int rotation) {
        return switch (rotation) {
            case 0 -> position.getValue(2, 1);
            case 90 -> frame.width() - position.getValue(2, 0);
            case 180 -> frame.height() - position.getValue(2, 1);
            case 270 -> position.getValue(2, 0);
            default -> 0;
        };
    }

    private float widthIn(int rotation) {
        return rotation == 90 || rotation == 270
                ? Math.abs(endY - position.getTranslateY()) : Math.abs(endX - position.getTranslateX());
    }
}
