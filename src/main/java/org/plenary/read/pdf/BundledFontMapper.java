package org.plenary.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands PDFBox's bundled Liberation Sans in for every font a PDF names but does not embed.
 *
 * <p>PDFBox's own mapper looks such fonts up among the system's fonts: on first use it opens every
 * font file on the machine and writes a cache of them to the home directory ({@code .pdfbox.cache}),
 * which is slow, writes where a server should not, and differs from machine to machine. UN
 * resolutions name Times New Roman without embedding it. Text extraction needs no real glyphs: the
 * characters come from the font's encoding or ToUnicode map, the widths from the PDF's /Widths or
 * PDFBox's bundled metrics of the standard 14 fonts; a stand-in font is consulted only for what
 * both lack. So one bundled font serves, and the result is the same on every machine.
 */
final class BundledFontMapper implements FontMapper {
    private static final String BUNDLED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont standIn;

    private BundledFontMapper(TrueTypeFont standIn) {
        this.standIn = standIn;
    }

    /** Makes this PDFBox's font mapper for the whole JVM, replacing any other; idempotent. */
    static synchronized void install() {
        if (!(FontMappers.instance() instanceof BundledFontMapper)) {
            FontMappers.set(new BundledFontMapper(loadBundledFont()));
        }
    }

    // The mappings say "fallback" (true) as the stand-in is not the font the PDF asked for.

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, standIn, true);
    }

    private static TrueTypeFont loadBundledFont() {
        try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                throw new IOException("PDFBox's jar has no " + BUNDLED_FONT);
            }
            return new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load PDFBox's bundled font", e);
        }
    }
}
