package org.plenary.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.converter.WordToHtmlConverter;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.plenary.pipeline.ConversionException;
import org.plenary.read.html.HtmlPageReader;
import org.plenary.read.text.DecodedText;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/**
 * Reads a Word 97-2003 document (.doc), as the UN's document system long published them: Apache
 * POI's converter lays it out as a page (paragraphs with the numbers Word's lists print, italics
 * as styles, footnotes linked from their calls and listed after the text), the first page's header
 * goes before it, and the page is read as pages are. Warnings cite paragraphs, counted from the
 * header's first.
 */
public final class LegacyWordReader {
    /** The symbols a custom footnote mark is made of, besides digits. */
    private static final String MARK = "*†‡§";
    /** How POI's converter names a footnote and the link to it: "footnote_3", "#footnote_3". */
    private static final java.util.regex.Pattern CONVERTER_NOTE = java.util.regex.Pattern.compile("^#?footnote_(\\d{1,5})$");
    private final HtmlPageReader pages = new HtmlPageReader();

    public SourceDocument read(byte[] bytes) {
        String page;
        try {
            HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
            WordToHtmlConverter converter = new WordToHtmlConverter(XMLHelper.newDocumentBuilder().newDocument());
            converter.processDocument(document);
            Document html = converter.getDocument();
            prependHeader(html, document);
            numberNotesAsWordDoes(html, document);
            appendMarkedNotes(html, document);
            page = serialized(html);
        } catch (IOException | RuntimeException | TransformerException e) {
            throw new ConversionException("The file is a Word 97-2003 document (.doc) or another legacy office file, and could not be read as a Word document: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".",
                    "Open it in Word and save it as a Word document (.docx) or as PDF, then {drop} that file.");
        }
        SourceDocument read = pages.read(new DecodedText(page, StandardCharsets.UTF_8, false));
        // The page's lines are the converter's; a user finds paragraphs in the document.
        List<SourceLine> lines = new ArrayList<>(read.lines().size());
        int paragraph = 0;
        for (SourceLine line : read.lines()) {
            paragraph += line.isBlank() ? 0 : 1;
            lines.add(new SourceLine(line.text(), Math.max(1, paragraph), line.page(), line.left(), line.right(), line.baseline(),
                    line.size(), line.gapBefore()));
        }
        return new SourceDocument(SourceForm.WORD_DOCUMENT, lines, read.pages(), read.warnings());
    }

    /** The first page's header (else the one of every page), a paragraph a line or cell, before the text. */
    private static void prependHeader(Document html, HWPFDocument document) {
        HeaderStories stories = new HeaderStories(document);
        String header = stories.getFirstHeader();
        if (header == null || header.isBlank()) {
            header = stories.getOddHeader();
        }
        if (header == null || header.isBlank()) {
            return;
        }
        Element body = (Element) html.getElementsByTagName("body").item(0);
        org.w3c.dom.Node first = body.getFirstChild();
        // Paragraph marks, line breaks and the marks ending a table's cells all part the header's fields.
        for (String field : header.split("[\\r\\n\\u0007\\u000B]+")) {
            if (!field.isBlank()) {
                Element p = html.createElement("p");
                p.setTextContent(field.strip());
                body.insertBefore(p, first);
            }
        }
    }

    /**
     * POI's converter numbers the footnotes it links by their place among all footnotes; Word
     * numbers only those without a mark of their own. The links' numbers are made Word's.
     */
    private static void numberNotesAsWordDoes(Document html, HWPFDocument document) {
        Notes notes = document.getFootnotes();
        String text = document.getText().toString();
        int[] printed = new int[notes.getNotesCount() + 1];
        int word = footnoteStart(document) - 1;
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int anchor = notes.getNoteAnchorPosition(i);
            boolean numbered = anchor >= 0 && anchor < text.length() && text.charAt(anchor) == '\u0002';
            printed[i + 1] = numbered ? ++word : 0;
        }
        org.w3c.dom.NodeList links = html.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String target = link.hasAttribute("name") && link.getAttribute("class").contains("footnoteindex")
                    ? link.getAttribute("name") : link.getAttribute("href");
            java.util.regex.Matcher index = CONVERTER_NOTE.matcher(target);
            if (index.find()) {
                int n = Integer.parseInt(index.group(1));
                if (n < printed.length && printed[n] > 0) {
                    link.setTextContent(Integer.toString(printed[n]));
                }
            }
        }
    }

    /** The number of the first footnote: 1, unless the document starts its numbering further on (a part B). */
    private static int footnoteStart(HWPFDocument document) {
        int section = document.getRange().numSections() > 0 ? document.getRange().getSection(0).getFootnoteNumberingOffset() : 0;
        int whole = document.getDocProperties().getNFtn();
        return section > 0 ? section : Math.max(1, whole);
    }

    /**
     * The footnotes with a mark of their own ("*", or a number set by hand), which POI's converter
     * leaves out (it links only those Word numbers), after the text as the converter lists the
     * others. Their calls are the raised marks the converter keeps in the text.
     */
    private static void appendMarkedNotes(Document html, HWPFDocument document) {
        Notes notes = document.getFootnotes();
        String text = document.getText().toString();
        String noteText = document.getFootnoteRange().text();
        Element body = (Element) html.getElementsByTagName("body").item(0);
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int anchor = notes.getNoteAnchorPosition(i);
            // Word puts \u0002 where it prints its own number; a custom mark stands there as text.
            if (anchor < 0 || anchor >= text.length() || text.charAt(anchor) == '\u0002') {
                continue;
            }
            int end = anchor;
            while (end < text.length() && end - anchor < 3 && (Character.isDigit(text.charAt(end)) || MARK.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            String mark = text.substring(anchor, Math.max(end, anchor + 1));
            int from = Math.max(0, Math.min(notes.getNoteTextStartOffset(i), noteText.length()));
            int to = Math.max(from, Math.min(notes.getNoteTextEndOffset(i), noteText.length()));
            String content = noteText.substring(from, to).replaceAll("[\\u0000-\\u0008\\u000B-\\u001F]", " ").strip();
            if (content.startsWith(mark)) {
                content = content.substring(mark.length()).strip(); // the note repeats its mark before its text
            }
            Element note = html.createElement("div");
            note.setAttribute("class", "footnote");
            Element sup = html.createElement("sup");
            sup.setTextContent(mark);
            note.appendChild(sup);
            note.appendChild(html.createTextNode(" " + content));
            body.appendChild(note);
        }
    }

    private static String serialized(Document html) throws TransformerException {
        Transformer transformer = XMLHelper.newTransformer();
        transformer.setOutputProperty(OutputKeys.METHOD, "html");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(html), new StreamResult(out));
        return out.toString();
    }
}
