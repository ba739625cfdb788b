package org.plenary.read.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser, made to survey the page tree before PDFBox repairs it.
 *
 * <p>When a file's cross-reference table is lost (a download cut short), PDFBox rebuilds it and
 * then "checks" the page tree: it silently drops every page it cannot find and corrects the page
 * counts to match. A resolution cut at a fifth of its length then opens with 18 of its 57 pages, and
 * nothing tells the clerk. It does so recursively, too, so a page tree nested tens of thousands deep
 * overflows the stack while loading. Surveying first, without recursion, sees the pages the file
 * promised; a tree the survey refuses is not handed to PDFBox's repair at all.
 */
final class PageTreeCheckingParser extends PDFParser {
    private final int maxPages;
    private PageTreeSurvey.Result pageTree;

    private PageTreeCheckingParser(RandomAccessRead source, StreamCacheCreateFunction cache, int maxPages)
            throws IOException {
        super(source, "", null, null, cache);
        this.maxPages = maxPages;
    }

    /** A parsed document and what its page tree held before PDFBox touched it. */
    record Parsed(PDDocument document, PageTreeSurvey.Result pageTree) {
    }

    /** Parses {@code source} with the empty password; closes it if parsing fails. */
    static Parsed parse(RandomAccessRead source, StreamCacheCreateFunction cache, int maxPages) throws IOException {
        try {
            PageTreeCheckingParser parser = new PageTreeCheckingParser(source, cache, maxPages);
            PDDocument document = parser.parse();
            return new Parsed(document, parser.pageTree);
        } catch (IOException | RuntimeException | Error e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    @Override
    protected void checkPages(COSDictionary root) throws IOException {
        COSDictionary pages = root.getCOSDictionary(COSName.PAGES);
        if (pages != null) {
            pageTree = PageTreeSurvey.survey(pages, maxPages);
            if (!pageTree.isSound()) {
                // Refused once parsed; PDFBox's recursive repair must not run on it.
                return;
            }
        }
        super.checkPages(root);
    }
}
