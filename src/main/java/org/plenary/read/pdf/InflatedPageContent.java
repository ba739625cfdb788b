package org.plenary.read.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * A page whose content is one stream compressed with FlateDecode alone (as nearly every PDF writes
 * its pages), inflated once through the guarded decoder and read from the bytes.
 *
 * <p>PDFBox 3 inflates such a stream on the fly while parsing ({@code PDPage.getContentsForStreamParsing}),
 * with its own inflater rather than its FilterFactory, so no {@link InflationGuard} limit reaches
 * it: two gigabytes of zeros would take ten seconds to parse. Inflated here through the factory's
 * guarded decoder, a bomb is refused before the parse starts, and the parse reads plain bytes
 * ({@link ByteArrayRead}) instead of a byte at a time through the inflating stream: a quarter of
 * the parse. Any other content (several streams, other filters, decoding parameters, damaged data)
 * is left to PDFBox to read its own way.
 */
final class InflatedPageContent implements PDContentStream {
    private final PDPage page;
    private final byte[] content;

    private InflatedPageContent(PDPage page, byte[] content) {
        this.page = page;
        this.content = content;
    }

    /**
     * The page's content inflated, or null where PDFBox reads it its own way.
     *
     * @throws InflationGuard.InflationLimitExceeded if the content inflates beyond the limits
     */
    static InflatedPageContent of(PDPage page) throws IOException {
        COSStream stream = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        // PDFBox streams exactly this case, without decoding parameters: anything else it decodes alone.
        if (stream == null || !COSName.FLATE_DECODE.equals(stream.getFilters())
                || stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) != null) {
            return null;
        }
        ByteArrayOutputStream inflated = new ByteArrayOutputStream(Math.max(32, (int) Math.min(stream.getLength() * 4L, 1 << 20)));
        try (InputStream raw = stream.createRawInputStream()) {
            FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE).decode(raw, inflated, stream, 0);
        } catch (InflationGuard.InflationLimitExceeded e) {
            throw e;
        } catch (IOException e) {
            // Damaged data is PDFBox's to read around as it parses the page, not a reason to refuse.
            return null;
        }
        return new InflatedPageContent(page, inflated.toByteArray());
    }

    @Override
    public InputStream getContents() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public RandomAccessRead getContentsForRandomAccess() {
        return new ByteArrayRead(content);
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() {
        return new ByteArrayRead(content);
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    @Override
    public PDRectangle getBBox() {
        return page.getBBox();
    }

    @Override
    public Matrix getMatrix() {
        return page.getMatrix();
    }
}
