package org.plenary.read.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The document's resource cache while its text is read: PDFBox's own, except that a composite
 * font with an Identity encoding is made as an {@link IdentityEncodedFont}, which reads its codes
 * without PDFBox's cost a glyph. PDFBox asks the cache before it makes a font a page names, and
 * keeps what it made there; a font this cannot make (damaged, say) is left to PDFBox to make or
 * report, as without it.
 */
final class ReadingResourceCache extends DefaultResourceCache {
    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font != null || !(indirect.getObject() instanceof COSDictionary dictionary)) {
            return font;
        }
        try {
            font = IdentityEncodedFont.of(dictionary);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (font != null) {
            put(indirect, font);
        }
        return font;
    }
}
