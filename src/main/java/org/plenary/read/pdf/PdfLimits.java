package org.plenary.read.pdf;

/**
 * How much an untrusted PDF may ask of the reader before it is refused. The defaults sit far above
 * any real resolution (of 312 official ones, the longest has 57 pages, the densest page draws 3,870
 * characters, and no stream but an image inflates beyond 120 KB) and below what would exhaust a
 * 256 MB heap.
 *
 * @param maxPages                the most pages a document may have
 * @param maxStreamBytes          the most bytes one compressed stream may inflate to; PDFBox holds
 *                                a whole inflated stream in memory, so this bounds the heap a
 *                                stream can take
 * @param maxDecodedBytes         the most bytes all the streams read while opening one document may
 *                                inflate to together; this bounds the work a file can cause by
 *                                reusing one stream on every page
 * @param maxCharactersPerPage    the most characters one page may draw; text extraction keeps every
 *                                character of a page in memory before it writes the page
 * @param minCharactersPerPage    the fewest readable characters per page, on average, for the
 *                                document to count as having a text layer (a scanner's stamp or a
 *                                page number alone is not one)
 */
public record PdfLimits(int maxPages, long maxStreamBytes, long maxDecodedBytes, int maxCharactersPerPage,
        int minCharactersPerPage) {

    private static final long MB = 1024L * 1024L;

    public static final PdfLimits DEFAULT = new PdfLimits(1_000, 32 * MB, 1024 * MB, 100_000, 20);

    public PdfLimits {
        requirePositive("maxPages", maxPages);
        requirePositive("maxStreamBytes", maxStreamBytes);
        requirePositive("maxDecodedBytes", maxDecodedBytes);
        requirePositive("maxCharactersPerPage", maxCharactersPerPage);
        requirePositive("minCharactersPerPage", minCharactersPerPage);
    }

    public PdfLimits withMaxPages(int pages) {
        return new PdfLimits(pages, maxStreamBytes, maxDecodedBytes, maxCharactersPerPage, minCharactersPerPage);
    }

    public PdfLimits withMaxStreamBytes(long bytes) {
        return new PdfLimits(maxPages, bytes, maxDecodedBytes, maxCharactersPerPage, minCharactersPerPage);
    }

    public PdfLimits withMaxDecodedBytes(long bytes) {
        return new PdfLimits(maxPages, maxStreamBytes, bytes, maxCharactersPerPage, minCharactersPerPage);
    }

    public PdfLimits withMaxCharactersPerPage(int characters) {
        return new PdfLimits(maxPages, maxStreamBytes, maxDecodedBytes, characters, minCharactersPerPage);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
