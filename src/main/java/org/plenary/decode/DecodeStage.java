package org.plenary.decode;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

public final class DecodeStage implements Stage {
    private final TextDecoder decoder;

    public long maxBytes() {
        return decoder.maxBytes();
    }

    public DecodeStage(long maxBytes) {
        this.decoder = new TextDecoder(maxBytes);
    }

    @Override
    public Input input() {
        return Input.ANY;
    }

    /** XML whose root is akomaNtoso: read as it is, not parsed as a resolution's text. */
    static boolean isAkomaNtoso(String text) {
        String start = text.stripLeading();
        if (!start.startsWith("<")) {
            return false;
        }
        java.util.regex.Matcher root = ROOT.matcher(start);
        return root.find() && root.group(1).endsWith("akomaNtoso");
    }

    /** The first element's name, after any XML declaration, comments and processing instructions. */
    private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile(
            "\\A(?:\\s*<\\?[^>]*\\?>|\\s*<!--.*?-->)*\\s*<([\\w.:-]+)", java.util.regex.Pattern.DOTALL);

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void apply(DocumentJob job) {
        decoder.checkSize(job.size());
        job.decoded(decoder.decode(job.bytes()));
        job.aknInput(isAkomaNtoso(job.decoded().text()));
    }
}
