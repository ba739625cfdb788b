package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * The Identity-encoded fonts of a real resolution read every string into the codes PDFBox's own
 * fonts read from it, odd lengths included; and the reader meets them as such, so that their quick
 * reading is what a UN PDF gets.
 */
class IdentityEncodedFontProperties {
    private static final List<COSDictionary> IDENTITY_FONTS = identityFonts();

    private static List<COSDictionary> identityFonts() {
        List<COSDictionary> fonts = new ArrayList<>();
        try {
            PDDocument document = Loader.loadPDF(Files.readAllBytes(PdfReaderTest.PDF));
            for (PDPage page : document.getPages()) {
                COSDictionary byName = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName name : byName.keySet()) {
                    COSDictionary font = byName.getCOSDictionary(name);
                    if (COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING)) && !fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
            }
            // The dictionaries outlive the document on purpose: read once, shared by every try.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    @Example
    void aRealResolutionDrawsWithIdentityEncodedFonts() {
        assertThat(IDENTITY_FONTS).isNotEmpty();
    }

    /** Each font twice, made once: PDFBox's own and the quick one. */
    private static final List<PDFont[]> PAIRS = IDENTITY_FONTS.stream().map(dictionary -> {
        try {
            return new PDFont[] {new PDType0Font(dictionary), IdentityEncodedFont.of(dictionary)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).toList();

    @Property(tries = 2000)
    void readsEveryStringIntoPdfBoxsCodes(@ForAll @Size(max = 41) byte[] string) throws IOException {
        for (PDFont[] pair : PAIRS) {
            assertThat(codes(pair[1], string)).isEqualTo(codes(pair[0], string));
        }
    }

    /** The codes a font reads from a string, as PDFBox's engine takes them while any byte is left. */
    private static List<Integer> codes(PDFont font, byte[] string) throws IOException {
        List<Integer> codes = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            codes.add(font.readCode(in));
        }
        return codes;
    }

    @Example
    void theReaderMeetsTheResolutionsFontsAsIdentityEncoded() throws IOException {
        List<PDFont> drawnWith = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(PdfReaderTest.PDF))) {
            new TextLayerSurvey(PdfLimits.DEFAULT.maxCharactersPerPage()) {
                @Override
                protected boolean keepsText() {
                    return true;
                }

                @Override
                protected void keep(DrawnGlyph glyph) {
                    drawnWith.add(glyph.font());
                }
            }.survey(document);
        }
        // The resolution draws most of its text with simple fonts, some with Identity-encoded ones.
        assertThat(drawnWith).anyMatch(font -> font instanceof IdentityEncodedFont)
                .filteredOn(font -> font instanceof PDType0Font)
                .allMatch(font -> font instanceof IdentityEncodedFont);
    }

    @Example
    void otherFontsAreLeftToPdfBox() {
        COSDictionary simple = new COSDictionary();
        simple.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
        COSDictionary embeddedCMap = new COSDictionary();
        embeddedCMap.setItem(COSName.SUBTYPE, COSName.TYPE0);
        embeddedCMap.setItem(COSName.ENCODING, new COSStream());
        assertThat(List.of(simple, embeddedCMap)).allSatisfy(font -> {
            try {
                assertThat(IdentityEncodedFont.of(font)).isNull();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
