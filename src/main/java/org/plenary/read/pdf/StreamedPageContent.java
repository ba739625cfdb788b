package org.plenary.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Charges to the inflation budget the one kind of stream PDFBox inflates behind the guard's back.
 *
 * <p>When a page's content is a single stream compressed with FlateDecode alone, PDFBox 3 inflates
 * it on the fly while parsing ({@code PDPage.getContentsForStreamParsing}), with its own inflater
 * rather than its FilterFactory, so no {@link InflationGuard} limit reaches it. Memory stays bounded
 * there, except for a single token (a string of a gigabyte is kept whole), and the time does not:
 * two gigabytes of zeros take ten seconds to parse. So such a stream is inflated once through the
 * guarded decoder, into nothing, before PDFBox parses the page: it costs a fraction of the parse and
 * refuses a bomb before the parse starts.
 */
final class StreamedPageContent {
    private StreamedPageContent() {
    }

    static void measure(PDPage page) throws IOException {
        COSStream content = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        if (content == null || !COSName.FLATE_DECODE.equals(content.getFilters())) {
            return;
        }
        try (InputStream raw = content.createRawInputStream()) {
            FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE)
                    .decode(raw, OutputStream.nullOutputStream(), content, 0);
        } catch (InflationGuard.InflationLimitExceeded e) {
            throw e;
        } catch (IOException e) {
            // Damaged data is PDFBox's to read around as it parses the page, not a reason to refuse.
        }
    }
}
