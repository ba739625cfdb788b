package org.plenary.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What kind of file an input is, told from its first bytes, never from its name: a PDF, an office
 * document, or text (which the text reader decodes and reads further).
 */
public enum InputFormat {
    PDF("a PDF"),
    DOCX("a Word document (.docx)"),
    OFFICE_ZIP("an office document or ZIP archive"),
    LEGACY_OFFICE("a Word 97-2003 or other legacy office document"),
    RTF("a rich text (RTF) document"),
    TEXT("text");

    private final String description;

    InputFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** How far into a file a PDF's header may stand: the specification tolerates junk before it. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF_HEADER = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    public static InputFormat of(byte[] bytes) {
        if (indexOf(bytes, PDF_HEADER, PDF_HEADER_WINDOW) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, ZIP)) {
            // A .docx names its parts in the archive's directory: "word/document.xml".
            return indexOf(bytes, "word/".getBytes(StandardCharsets.US_ASCII), bytes.length) >= 0 ? DOCX : OFFICE_ZIP;
        }
        if (startsWith(bytes, OLE)) {
            return LEGACY_OFFICE;
        }
        return startsWith(bytes, RTF_HEADER) ? RTF : TEXT;
    }

    /** An HTML page (as against text with a few tags): its first element is html, or it opens with an HTML doctype (after comments or an XML declaration). */
    public static boolean isHtmlPage(String text) {
        int from = firstNonWhitespace(text);
        String start = text.substring(from, Math.min(from + 200, text.length())).toLowerCase(Locale.ROOT);
        while (start.startsWith("<!--") || start.startsWith("<?xml")) {
            // Comments, and the XML declaration an XHTML page opens with.
            String close = start.startsWith("<!--") ? "-->" : "?>";
            int end = start.indexOf(close);
            if (end < 0) {
                return false;
            }
            start = start.substring(end + close.length()).stripLeading();
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /**
     * Where the text starts once white space (as {@link String#stripLeading()} sees it) is skipped:
     * its length when all of it is white space. Found without a copy, as the text may be megabytes.
     */
    static int firstNonWhitespace(String text) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(bytes.length, window + needle.length) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
