package org.plenary.read.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.plenary.pipeline.ConversionException;

/**
 * Opens an untrusted PDF for text extraction, or refuses it with a {@link ConversionException} that
 * says what is wrong and what to do. A document it returns opened without a password, allows its
 * text to be copied, stays within the {@link PdfLimits}, and has a text layer: the caller can run
 * {@link org.apache.pdfbox.text.PDFTextStripper} on it, and must close it.
 *
 * <p>Building an opener sets two things for the whole JVM, as PDFBox keeps them in singletons:
 * fonts a PDF does not embed are stood in for by a bundled font instead of a scan of the system's
 * fonts (BundledFontMapper), and PDFBox's decoders stop at {@code maxStreamBytes}
 * (InflationGuard).
 */
public final class PdfOpener {
    /**
     * Where PDFBox keeps the streams it writes while reading: the decrypted copy of each stream of an
     * encrypted file (SecurityHandler.decryptStream writes through COSStream.createRawOutputStream).
     * Loader's default keeps them all in the heap for as long as the document is open; here a
     * document keeps at most 8 MB of them in the heap and the rest in a temporary file that closing
     * the document deletes. This cache does not bound inflation: PDFBox decodes filtered streams
     * into the heap whatever the cache (see InflationGuard).
     */
    private static final StreamCacheCreateFunction STREAM_CACHE =
            MemoryUsageSetting.setupMixed(8L * 1024 * 1024).streamCache;

    private final PdfLimits limits;

    public PdfOpener(PdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        BundledFontMapper.install();
        InflationGuard.install(limits.maxStreamBytes());
    }

    public PdfOpener() {
        this(PdfLimits.DEFAULT);
    }

    public PdfLimits limits() {
        return limits;
    }

    /** Opens the PDF held in {@code bytes}; {@code fileName} names it in messages. */
    public PDDocument open(byte[] bytes, String fileName) {
        String name = nameOf(fileName);
        return read(name, PdfEnvelope.of(bytes), () -> new RandomAccessReadBuffer(bytes), null);
    }

    /**
     * Opens the PDF held in {@code bytes} and runs {@code extraction} over it, within the limits,
     * as the text survey: what the extraction collects is there once it returns, and the document
     * is closed. Any failure on the way is refused in the same words as by {@link #open}.
     */
    void extract(byte[] bytes, String fileName, TextLayerSurvey extraction) {
        String name = nameOf(fileName);
        IOUtils.closeQuietly(read(name, PdfEnvelope.of(bytes), () -> new RandomAccessReadBuffer(bytes), extraction));
    }

    /**
     * Opens the PDF at {@code file}, reading it from disk as needed rather than into the heap: the
     * way to open large files.
     */
    public PDDocument open(Path file) {
        String name = nameOf(String.valueOf(file.getFileName()));
        PdfEnvelope envelope;
        try {
            envelope = PdfEnvelope.of(file);
        } catch (IOException e) {
            throw PdfRefusals.unreadableFile(name, e);
        }
        return read(name, envelope, () -> new RandomAccessReadBufferedFile(file), null);
    }

    private interface Source {
        RandomAccessRead open() throws IOException;
    }

    /** @param extraction the survey to run: the caller's own extraction, or null for a counting one */
    private PDDocument read(String fileName, PdfEnvelope envelope, Source source, TextLayerSurvey extraction) {
        if (envelope.isEmpty()) {
            throw PdfRefusals.empty(fileName);
        }
        if (!envelope.hasHeader()) {
            throw PdfRefusals.notPdf(fileName);
        }
        PDDocument document = null;
        boolean accepted = false;
        try (InflationGuard.Budget budget = InflationGuard.budget(limits)) {
            try {
                PageTreeCheckingParser.Parsed parsed =
                        PageTreeCheckingParser.parse(source.open(), STREAM_CACHE, limits.maxPages());
                document = parsed.document();
                check(document, parsed.pageTree(), envelope, fileName, extraction);
            } catch (Exception | StackOverflowError e) {
                throw PdfRefusals.of(fileName, limits, budget.breach(), e);
            }
            // PDFBox logs and skips an object it cannot read: a breach it swallowed still refuses the file.
            if (budget.breach() != InflationGuard.Breach.NONE) {
                throw PdfRefusals.of(fileName, limits, budget.breach(), null);
            }
            accepted = true;
            return document;
        } finally {
            if (!accepted) {
                IOUtils.closeQuietly(document);
            }
        }
    }

    private void check(PDDocument document, PageTreeSurvey.Result tree, PdfEnvelope envelope, String fileName,
                       TextLayerSurvey extraction) throws IOException {
        // Owner-only restrictions are common and harmless; a ban on copying text is not.
        if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
            throw PdfRefusals.extractionForbidden(fileName);
        }
        if (tree == null) {
            throw PdfRefusals.damaged(fileName, "it has no page tree");
        }
        if (tree.tooDeep()) {
            throw PdfRefusals.nestedTooDeeply(fileName);
        }
        if (tree.tooManyPages()) {
            // The pages found decide; the count the file declares only words the message, if true.
            int declared = document.getNumberOfPages();
            throw PdfRefusals.tooManyPages(fileName,
                    declared > limits.maxPages() ? count(declared) : "more than " + count(limits.maxPages()),
                    limits.maxPages());
        }
        if (tree.unreadable() > 0) {
            throw PdfRefusals.missingPages(fileName, tree.unreadable(), tree.pages());
        }
        if (tree.pages() == 0) {
            throw PdfRefusals.damaged(fileName, "it has no pages");
        }
        // In a file that lost its end, a missing object is a lost part of a page, not a legal null.
        if (!envelope.hasEndMarker() && DanglingReferences.onPages(document)) {
            throw PdfRefusals.cutShort(fileName);
        }
        // Extraction runs once, inside the limits: counting only, so that a later one is known to
        // stay in bounds, or the caller's own.
        TextLayerSurvey text = extraction != null ? extraction : new TextLayerSurvey(limits.maxCharactersPerPage());
        text.survey(document);
        text.requireText(fileName, tree.pages(), limits.minCharactersPerPage());
    }

    private static String nameOf(String fileName) {
        return fileName == null || fileName.isBlank() ? "The PDF" : fileName;
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
