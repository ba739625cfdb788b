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
    private final HtmlPageReader pages = new HtmlPageReader();

    public SourceDocument read(byte[] bytes) {
        String page;
        try {
            HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
            WordToHtmlConverter converter = new WordToHtmlConverter(XMLHelper.newDocumentBuilder().newDocument());
            converter.processDocument(document);
            Document html = converter.getDocument();
            prependHeader(html, document);
            ConverterNotes.mend(html, document);
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

    private static String serialized(Document html) throws TransformerException {
        Transformer transformer = XMLHelper.newTransformer();
        transformer.setOutputProperty(OutputKeys.METHOD, "html");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(html), new StreamResult(out));
        return out.toString();
    }
}
