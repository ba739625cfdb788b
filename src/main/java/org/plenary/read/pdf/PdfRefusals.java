package org.plenary.read.pdf;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.plenary.pipeline.ConversionException;

/**
 * The reasons a PDF is refused, each said in plain words to the clerk who dropped it: what is wrong
 * with which file, and what to do about it. PDFBox's own words, when they add anything, follow in
 * parentheses; never a stack trace.
 */
final class PdfRefusals {
    private static final String REEXPORT = "Open it in a PDF reader and print or save it to a new PDF, "
            + "or export it again from the original document, and {drop} the new file.";
    private static final String FETCH_AGAIN = "Download or copy the file again: it may have been cut short. "
            + "If it still fails, open it in a PDF reader and print or save it to a new PDF, "
            + "or export it again from the original document, and {drop} the new file.";

    private PdfRefusals() {
    }

    /**
     * The refusal for whatever stopped the reading: a breached limit first, as it causes anything
     * else that goes wrong (PDFBox reads a stream it was stopped in as missing); then the failure.
     */
    static ConversionException of(String file, PdfLimits limits, InflationGuard.Breach breach, Throwable failure) {
        switch (breach) {
            case STREAM:
                return streamTooLarge(file, limits.maxStreamBytes());
            case DOCUMENT:
                return documentTooLarge(file, limits.maxDecodedBytes());
            default:
                break;
        }
        if (failure instanceof ConversionException) {
            return (ConversionException) failure;
        }
        if (failure instanceof InvalidPasswordException || mentions(failure, "decryption material")) {
            return needsPassword(file);
        }
        if (failure instanceof TextLayerSurvey.PageTooDense) {
            return pageTooDense(file, ((TextLayerSurvey.PageTooDense) failure).page(), limits.maxCharactersPerPage());
        }
        // PDFBox's parser stops at 500 levels with an IOException; its recursive walks (a page's
        // parents, a damaged file's page tree) overflow the stack instead.
        if (failure instanceof StackOverflowError || mentions(failure, "maximum recursion depth")) {
            return nestedTooDeeply(file);
        }
        // PDFBox's words for a file it could not parse help; those of its own bugs do not.
        return damaged(file, failure instanceof IOException ? failure.getMessage() : null);
    }

    static ConversionException empty(String file) {
        return new ConversionException(file + " is empty (0 bytes): there is no PDF in it to read.",
                "Copy or download the file again and check that it is complete before {dropping} it.");
    }

    static ConversionException notPdf(String file) {
        return new ConversionException(file + " is not a PDF: a PDF starts with \"%PDF-\", and this file does not.",
                "Save or export the resolution as PDF (or as text, Word or Akoma Ntoso) and {drop} that file.");
    }

    static ConversionException unreadableFile(String file, Exception cause) {
        return new ConversionException(file + " could not be read from disk (" + cause.getMessage() + ").",
                "Check that the file still exists and that Plenary may read it, then {drop} it again.");
    }

    static ConversionException needsPassword(String file) {
        return new ConversionException(file + " is protected by a password: it cannot be opened without one.",
                "Ask the sender for a copy without a password; or, if you are entitled to, remove the protection"
                        + " with qpdf --decrypt --password=THE-PASSWORD \"" + file + "\" unprotected.pdf"
                        + " and {drop} unprotected.pdf.");
    }

    static ConversionException extractionForbidden(String file) {
        return new ConversionException(file + " is protected by a password that forbids copying its text,"
                + " so its text cannot be read.",
                "Ask the sender for an unprotected copy; or, if you are entitled to, remove the restriction"
                        + " with qpdf --decrypt \"" + file + "\" unprotected.pdf (it needs no password)"
                        + " and {drop} unprotected.pdf.");
    }

    static ConversionException damaged(String file, String detail) {
        return new ConversionException(file + " is a damaged or incomplete PDF: it could not be read"
                + (detail == null || detail.isBlank() ? "." : " (" + withoutFinalStop(detail) + ")."),
                FETCH_AGAIN);
    }

    static ConversionException missingPages(String file, int unreadable, int readable) {
        int pages = unreadable + readable;
        String which = pages == 1 ? "its page cannot be read"
                : readable == 0 ? "none of its " + count(pages) + " pages can be read"
                : count(unreadable) + " of its " + count(pages) + " pages cannot be read";
        return new ConversionException(file + " is a damaged or incomplete PDF: " + which + ".",
                FETCH_AGAIN);
    }

    static ConversionException cutShort(String file) {
        return new ConversionException(file + " is a damaged or incomplete PDF: it was cut short, and parts of"
                + " its pages (text or fonts) are missing.",
                "Download or copy the file again, completely, and {drop} the new copy.");
    }

    static ConversionException tooManyPages(String file, String pages, int limit) {
        return new ConversionException(file + " has " + pages + " pages; Plenary reads at most " + count(limit)
                + " pages of one document.",
                "Check that this is one resolution and not a bundle of them; split a bundle (e.g. qpdf \"" + file
                        + "\" --pages . 1-10 -- part1.pdf). For a genuine longer document, raise the page limit"
                        + " (PdfLimits.maxPages, now " + count(limit) + ").");
    }

    static ConversionException nestedTooDeeply(String file) {
        return new ConversionException(file + " is built of objects nested too deeply to read safely: no real"
                + " document is, so the file is damaged or was made to crash PDF readers.",
                REEXPORT + " If it came from outside, treat it with suspicion.");
    }

    static ConversionException streamTooLarge(String file, long limit) {
        return new ConversionException(file + " holds compressed data that expands to more than " + megabytes(limit)
                + "; Plenary stops there to protect its memory. No resolution needs that much: the file is"
                + " damaged or was made to exhaust PDF readers.",
                REEXPORT + " For a genuine file, raise the limit (PdfLimits.maxStreamBytes, now "
                        + megabytes(limit) + ").");
    }

    static ConversionException documentTooLarge(String file, long limit) {
        return new ConversionException(file + " expands to more than " + megabytes(limit) + " of page data in all;"
                + " Plenary stops there to protect its memory and time. No resolution needs that much: the file"
                + " is damaged or was made to exhaust PDF readers.",
                REEXPORT + " For a genuine file, raise the limit (PdfLimits.maxDecodedBytes, now "
                        + megabytes(limit) + ").");
    }

    static ConversionException pageTooDense(String file, int page, int limit) {
        return new ConversionException("Page " + page + " of " + file + " draws more than " + count(limit)
                + " characters; Plenary stops there to protect its memory (a full page of text has about"
                + " 4,000).",
                REEXPORT + " For a genuine file, raise the limit (PdfLimits.maxCharactersPerPage, now "
                        + count(limit) + ").");
    }

    static ConversionException scanned(String file, int pages) {
        return new ConversionException(file + " is a scanned image without text: "
                + (pages == 1 ? "its page is a picture" : "its " + count(pages) + " pages are pictures")
                + " of text, with no text layer to read.",
                "Run OCR on it to add the text layer, e.g. ocrmypdf \"" + file + "\" ocr.pdf, then {drop} ocr.pdf;"
                        + " or {drop} the text an OCR program made of it.");
    }

    static ConversionException unmappedFonts(String file) {
        return new ConversionException(file + " draws its text with fonts that do not say which letters they"
                + " show, so no text can be read from it.",
                "Ask for a copy exported with ordinary fonts, or run OCR on it to add a text layer,"
                        + " e.g. ocrmypdf --force-ocr \"" + file + "\" ocr.pdf, then {drop} ocr.pdf.");
    }

    static ConversionException blank(String file, int pages) {
        return new ConversionException(file + " holds no text: "
                + (pages == 1 ? "its page is" : "its " + count(pages) + " pages are") + " blank.",
                "Check that this is the right file; if its pages show text in a PDF reader, run OCR on it,"
                        + " e.g. ocrmypdf --force-ocr \"" + file + "\" ocr.pdf, then {drop} ocr.pdf.");
    }

    private static String withoutFinalStop(String sentence) {
        String trimmed = sentence.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static boolean mentions(Throwable failure, String words) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String megabytes(long bytes) {
        return count(Math.max(1, bytes / (1024 * 1024))) + " MB";
    }
}
