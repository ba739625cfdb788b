package org.plenary.read.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Bounds how far PDFBox may inflate a stream: the defence against decompression bombs.
 *
 * <p>PDFBox 3 decodes a filtered stream whole into the heap ({@code Filter.decode} writes into a
 * {@code RandomAccessReadWriteBuffer}) whatever stream cache the document was loaded with: while
 * loading (cross-reference and object streams) and later, during text extraction (page contents,
 * forms, fonts, character maps). A 1 MB stream of deflated zeros thus becomes a 1 GB buffer, and
 * PDFBox has no limit of its own. (One kind of stream it inflates as it parses instead, past this
 * guard: see InflatedPageContent.) So the decoders that can inflate (Flate, LZW, RunLength and the
 * two ASCII ones) in PDFBox's shared {@link FilterFactory} are wrapped, once per JVM, with ones that
 * count what they write and stop at the limit. The image codecs (DCT, JPX, JBIG2, CCITT) are left
 * alone: text extraction never decodes an image.
 *
 * <p>While a {@link PdfOpener} opens a document, the limits of its {@link PdfLimits} apply on that
 * thread and every breach is recorded, since PDFBox swallows some read errors (an object it cannot
 * read becomes null). Elsewhere, as in the caller's text extraction afterwards, the largest
 * {@code maxStreamBytes} any opener was built with applies to every stream.
 */
final class InflationGuard {
    /** The decoders whose output can be much larger than their input. */
    private static final List<COSName> INFLATING = List.of(COSName.FLATE_DECODE,
            COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII85_DECODE,
            COSName.ASCII85_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE,
            COSName.ASCII_HEX_DECODE_ABBREVIATION);

    private static final ThreadLocal<Budget> OPENING = new ThreadLocal<>();
    private static volatile long jvmWideMaxStreamBytes;
    private static boolean installed;

    private InflationGuard() {
    }

    /**
     * Wraps PDFBox's inflating decoders, the first time; raises the JVM-wide limit to
     * {@code maxStreamBytes} if it is lower, so that no opener's documents are refused later below
     * that opener's own limit.
     */
    static synchronized void install(long maxStreamBytes) {
        jvmWideMaxStreamBytes = Math.max(jvmWideMaxStreamBytes, maxStreamBytes);
        if (installed) {
            return;
        }
        Map<COSName, Filter> filters = filtersOf(FilterFactory.INSTANCE);
        // One wrapper per decoder, as PDFBox maps both names of a filter to one instance and drops
        // a filter listed twice by comparing instances.
        Map<Filter, Filter> wrappers = new IdentityHashMap<>();
        for (COSName name : INFLATING) {
            Filter decoder = filters.get(name);
            if (decoder != null && !(decoder instanceof BoundedFilter)) {
                // A value replaced under an existing key: not a structural change of the HashMap.
                filters.put(name, wrappers.computeIfAbsent(decoder, BoundedFilter::new));
            }
        }
        installed = true;
    }

    /** Applies {@code limits} to the streams this thread inflates until the budget is closed. */
    static Budget budget(PdfLimits limits) {
        Budget budget = new Budget(limits.maxStreamBytes(), limits.maxDecodedBytes());
        OPENING.set(budget);
        return budget;
    }

    @SuppressWarnings("unchecked")
    private static Map<COSName, Filter> filtersOf(FilterFactory factory) {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            return (Map<COSName, Filter>) field.get(factory);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Reading untrusted PDFs without this bound is not safe: fail loudly on a PDFBox upgrade.
            throw new IllegalStateException("Cannot bound PDFBox's stream decoders: its FilterFactory "
                    + "no longer keeps them in a field named 'filters' (" + e + ")", e);
        }
    }

    private static OutputStream bounded(OutputStream decoded) {
        Budget budget = OPENING.get();
        long limit = budget != null ? budget.maxStreamBytes : jvmWideMaxStreamBytes;
        return new LimitedOutputStream(decoded, limit, budget);
    }

    /** Which limit a document broke, if any, while it was being opened. */
    enum Breach {
        NONE, STREAM, DOCUMENT
    }

    /** The inflation one document may cause while it is opened; closing it ends its rule. */
    static final class Budget implements AutoCloseable {
        private final long maxStreamBytes;
        private long remaining;
        private Breach breach = Breach.NONE;

        private Budget(long maxStreamBytes, long maxDecodedBytes) {
            this.maxStreamBytes = maxStreamBytes;
            this.remaining = maxDecodedBytes;
        }

        Breach breach() {
            return breach;
        }

        private void breached(Breach what) {
            if (breach == Breach.NONE) {
                breach = what;
            }
        }

        @Override
        public void close() {
            OPENING.remove();
        }
    }

    /** Thrown into PDFBox's decoding when a stream inflates past its limit. */
    static final class InflationLimitExceeded extends IOException {
        InflationLimitExceeded(String message) {
            super(message);
        }
    }

    private static final class LimitedOutputStream extends FilterOutputStream {
        private final long limit;
        private final Budget budget;
        private long written;

        LimitedOutputStream(OutputStream out, long limit, Budget budget) {
            super(out);
            this.limit = limit;
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int bytes) throws IOException {
            written += bytes;
            if (written > limit) {
                if (budget != null) {
                    budget.breached(Breach.STREAM);
                }
                throw new InflationLimitExceeded("a stream inflates to more than " + limit + " bytes");
            }
            if (budget != null) {
                budget.remaining -= bytes;
                if (budget.remaining < 0) {
                    budget.breached(Breach.DOCUMENT);
                    throw new InflationLimitExceeded("the document's streams inflate to more than allowed in all");
                }
            }
        }
    }

    /** A PDFBox decoder whose output is counted and cut off at the limit; encoding is unchanged. */
    private static final class BoundedFilter extends Filter {
        private final Filter decoder;

        BoundedFilter(Filter decoder) {
            this.decoder = decoder;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return decoder.decode(encoded, bounded(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                DecodeOptions options) throws IOException {
            return decoder.decode(encoded, bounded(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            decoder.encode(input, encoded, parameters, 0);
        }
    }
}
