package org.plenary.read.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A composite font encoded with the predefined Identity-H or Identity-V CMap, as word processors
 * write nearly every font they embed: each character code is two bytes, high first. PDFBox's CMap
 * finds that out for every glyph by streaming over the CMap's code space ranges, an allocation and
 * a pipeline a glyph; this reads the two bytes. In all else it is PDFBox's font.
 */
final class IdentityEncodedFont extends PDType0Font {
    private IdentityEncodedFont(COSDictionary dictionary) throws IOException {
        super(dictionary);
    }

    /** The font the dictionary describes, if it is a composite font with an Identity encoding; else null. */
    static IdentityEncodedFont of(COSDictionary dictionary) throws IOException {
        if (!COSName.TYPE0.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            return null;
        }
        COSName encoding = dictionary.getCOSName(COSName.ENCODING);
        if (!COSName.IDENTITY_H.equals(encoding) && !COSName.IDENTITY_V.equals(encoding)) {
            return null;
        }
        return new IdentityEncodedFont(dictionary);
    }

    /**
     * The next code, as the Identity CMap reads it: two bytes, whose code space covers every pair. A
     * string of odd length ends in a code whose missing low byte counts as zero.
     */
    @Override
    public int readCode(InputStream in) throws IOException {
        int high = in.read();
        int low = in.read();
        return (high < 0 ? 0 : high) << 8 | (low < 0 ? 0 : low);
    }
}
