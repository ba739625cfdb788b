package org.plenary.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.OnFirstUse;
import org.plenary.pipeline.Stage;
import org.plenary.read.html.HtmlPageReader;
import org.plenary.read.pdf.PdfReader;
import org.plenary.read.text.DecodedText;
import org.plenary.read.text.TextDecoder;
import org.plenary.read.text.TextReader;
import org.plenary.read.word.LegacyWordReader;
import org.plenary.read.word.WordDocumentReader;

/**
 * Reads the input, whatever its format, into the source model: a PDF with its fonts and
 * positions, a Word document or a web page with its blocks and marks, text of any form with its
 * inline conventions. Akoma Ntoso is marked to be read as it is; formats not read yet are refused
 * with what to do instead.
 */
public final class ReadStage implements Stage {
    /** The first element's name, after any XML declaration, comments and processing instructions. */
    private static final Pattern ROOT = Pattern.compile(
            "\\A(?:\\s*<\\?[^>]*\\?>|\\s*<!--.*?-->|\\s*(<!DOCTYPE)[^\\[>]*(?:\\[.*?\\])?\\s*>)*\\s*<([\\w.:-]+)", Pattern.DOTALL);

    private final TextDecoder decoder;
    private final TextReader textReader = new TextReader();
    private final HtmlPageReader htmlReader = new HtmlPageReader();
    /**
     * Made at the first PDF: making one loads PDFBox's bundled stand-in font and sets its
     * singletons, a tenth of a second of a start-up that converts only texts.
     */
    private final OnFirstUse<PdfReader> pdfReader = new OnFirstUse<>(PdfReader::new);
    /** Made at the first Word document: POI's classes load then, not in a start-up that reads none. */
    private final OnFirstUse<WordDocumentReader> wordReader = new OnFirstUse<>(WordDocumentReader::new);
    private final OnFirstUse<LegacyWordReader> legacyWordReader = new OnFirstUse<>(LegacyWordReader::new);

    public ReadStage(long maxBytes) {
        this.decoder = new TextDecoder(maxBytes);
    }

    public long maxBytes() {
        return decoder.maxBytes();
    }

    @Override
    public String name() {
        return "read-source";
    }

    @Override
    public Input input() {
        return Input.ANY;
    }

    @Override
    public void apply(DocumentJob job) {
        decoder.checkSize(job.size());
        InputFormat format = InputFormat.of(job.bytes());
        switch (format) {
            case PDF -> job.source(pdfReader.get().read(job.bytes(), job.fileName()));
            case DOCX -> job.source(wordReader.get().read(job.bytes()));
            case LEGACY_OFFICE -> job.source(legacyWordReader.get().read(job.bytes()));
            case TEXT -> readText(job);
            default -> throw notYetSupported(format.description());
        }
    }

    private void readText(DocumentJob job) {
        DecodedText decoded = decoder.decode(job.bytes());
        job.decoded(decoded);
        if (InputFormat.isHtmlPage(decoded.text())) {
            job.source(htmlReader.read(decoded));
            return;
        }
        switch (xmlKind(decoded.text())) {
            case AKOMA_NTOSO -> {
                job.aknInput(true);
                return;
            }
            case WITH_DOCTYPE -> throw new ConversionException("The file is XML with a DOCTYPE, which Plenary never reads: "
                    + "the entities a DOCTYPE declares can fetch other files or expand without end.",
                    "Remove the DOCTYPE (Akoma Ntoso needs none), then {drop} the file again.");
            case OTHER_XML -> throw new ConversionException("The file is XML, but its root element is not akomaNtoso.",
                    "{Drop} Akoma Ntoso XML, or the resolution as PDF, a web page (HTML), plain text or markdown.");
            case NONE -> { }
        }
        job.source(textReader.read(decoded));
    }

    private static ConversionException notYetSupported(String what) {
        return new ConversionException("The file is " + what + ", which Plenary does not read yet.",
                "Save the resolution as PDF, as a Word document (.docx), as a web page (HTML) or as plain text, and {drop} that file instead.");
    }

    /** What XML a text is, if any. */
    enum XmlKind { NONE, AKOMA_NTOSO, WITH_DOCTYPE, OTHER_XML }

    /**
     * XML whose root is akomaNtoso is read as it is, not parsed as a resolution's text, whatever
     * declaration, comments or processing instructions come first; XML with a DOCTYPE is refused
     * (as by validate); other XML, known by its declaration, is not a resolution's text either.
     */
    static XmlKind xmlKind(String text) {
        int start = InputFormat.firstNonWhitespace(text);
        if (!text.startsWith("<", start)) {
            return XmlKind.NONE;
        }
        Matcher root = ROOT.matcher(text).region(start, text.length());
        if (!root.find()) {
            return XmlKind.NONE;
        }
        if (root.group(1) != null) {
            return XmlKind.WITH_DOCTYPE;
        }
        if (root.group(2).endsWith("akomaNtoso")) {
            return XmlKind.AKOMA_NTOSO;
        }
        return text.startsWith("<?xml", start) ? XmlKind.OTHER_XML : XmlKind.NONE;
    }

}
