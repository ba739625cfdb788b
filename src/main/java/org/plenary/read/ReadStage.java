package org.plenary.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.plenary.read.pdf.PdfReader;
import org.plenary.read.text.DecodedText;
import org.plenary.read.text.TextDecoder;
import org.plenary.read.text.TextReader;

/**
 * Reads the input, whatever its format, into the source model: a PDF with its fonts and
 * positions, text of any form with its inline conventions. Akoma Ntoso is marked to be read as
 * it is; formats not read yet are refused with what to do instead.
 */
public final class ReadStage implements Stage {
    /** The first element's name, after any XML declaration, comments and processing instructions. */
    private static final Pattern ROOT = Pattern.compile("\\A(?:\\s*<\\?[^>]*\\?>|\\s*<!--.*?-->)*\\s*<([\\w.:-]+)", Pattern.DOTALL);

    private final TextDecoder decoder;
    private final TextReader textReader = new TextReader();
    private final PdfReader pdfReader = new PdfReader();

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
            case PDF -> job.source(pdfReader.read(job.bytes(), job.fileName()));
            case TEXT -> readText(job);
            default -> throw notYetSupported(format.description());
        }
    }

    private void readText(DocumentJob job) {
        DecodedText decoded = decoder.decode(job.bytes());
        job.decoded(decoded);
        if (isAkomaNtoso(decoded.text())) {
            job.aknInput(true);
            return;
        }
        if (InputFormat.isHtmlPage(decoded.text())) {
            throw notYetSupported("an HTML page");
        }
        job.source(textReader.read(decoded));
    }

    private static ConversionException notYetSupported(String what) {
        return new ConversionException("The file is " + what + ", which Plenary does not read yet.",
                "Export the resolution as PDF or as plain text (or markdown) and drop that file instead.");
    }

    /** XML whose root is akomaNtoso: read as it is, not parsed as a resolution's text. */
    static boolean isAkomaNtoso(String text) {
        String start = text.stripLeading();
        if (!start.startsWith("<")) {
            return false;
        }
        Matcher root = ROOT.matcher(start);
        return root.find() && root.group(1).endsWith("akomaNtoso");
    }
}
