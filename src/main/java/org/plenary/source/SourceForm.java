package org.plenary.source;

/** The shapes resolutions arrive in. The form picks which cleaners run; the parser is the same for all. */
public enum SourceForm {
    MARKDOWN("markdown", BlockMode.MARKDOWN),
    WORD("word-text", BlockMode.LINE_PER_BLOCK),
    WEB("web-text", BlockMode.LINE_PER_BLOCK),
    /** A web page itself (HTML): a line a block, italics and note calls as the page marks them. */
    WEB_PAGE("web-page", BlockMode.LINE_PER_BLOCK),
    /** A Word document itself (.docx): a line a paragraph, with the numbers, italics and footnotes Word keeps. */
    WORD_DOCUMENT("word-document", BlockMode.LINE_PER_BLOCK),
    PDF_TEXT("pdf-text", BlockMode.HARD_WRAPPED),
    /** A PDF's text as {@code pdftotext -layout} gives it: lines at their columns, notes' markers alone on their lines. */
    PDF_LAYOUT("pdftotext-layout", BlockMode.POSITIONED),
    /** A PDF's text as {@code pdftotext} gives it without options: no indents, markers and numbers alone on their lines. */
    PDF_RAW("pdftotext-raw", BlockMode.POSITIONED),
    OCR("ocr", BlockMode.HARD_WRAPPED),
    PLAIN("plain-text", BlockMode.LINE_PER_BLOCK),
    /** The PDF itself, read with its fonts and positions. */
    PDF("pdf", BlockMode.POSITIONED);

    /** How physical lines make paragraphs in a form. */
    public enum BlockMode { LINE_PER_BLOCK, MARKDOWN, HARD_WRAPPED, POSITIONED }

    private final String label;
    private final BlockMode blockMode;

    SourceForm(String label, BlockMode blockMode) {
        this.label = label;
        this.blockMode = blockMode;
    }

    public String label() {
        return label;
    }

    public BlockMode blockMode() {
        return blockMode;
    }

    /** Lines broken where the printed line ended, not where a paragraph did. */
    public boolean hardWrapped() {
        return blockMode == BlockMode.HARD_WRAPPED || blockMode == BlockMode.POSITIONED;
    }
}
