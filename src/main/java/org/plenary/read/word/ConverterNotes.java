package org.plenary.read.word;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The footnotes of a page POI's converter made of a .doc, mended to what Word prints: the
 * converter numbers the notes it links by their place among all notes, from 1, and leaves out the
 * notes with marks of their own.
 */
final class ConverterNotes {
    /** The symbols a custom footnote mark is made of, besides digits. */
    private static final String MARK = "*†‡§";
    /** How POI's converter names a footnote and the link to it: "footnote_3", "#footnote_3". */
    private static final Pattern CONVERTER_NOTE = Pattern.compile("^#?footnote_(\\d{1,5})$");

    private ConverterNotes() {
    }

    static void mend(Document html, HWPFDocument document) {
        Notes notes = document.getFootnotes();
        String text = document.getText().toString();
        numberNotesAsWordDoes(html, document, notes, text);
        appendMarkedNotes(html, document, notes, text);
    }

    /** Word puts \u0002 where it prints its own number; a custom mark stands there as text. */
    private static boolean numberedByWord(String text, int anchor) {
        return anchor >= 0 && anchor < text.length() && text.charAt(anchor) == '\u0002';
    }

    /**
     * POI's converter numbers the footnotes it links by their place among all footnotes; Word
     * numbers only those without a mark of their own. The links' numbers are made Word's.
     */
    private static void numberNotesAsWordDoes(Document html, HWPFDocument document, Notes notes, String text) {
        int[] printed = new int[notes.getNotesCount() + 1];
        int word = footnoteStart(document) - 1;
        for (int i = 0; i < notes.getNotesCount(); i++) {
            printed[i + 1] = numberedByWord(text, notes.getNoteAnchorPosition(i)) ? ++word : 0;
        }
        NodeList links = html.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String target = link.hasAttribute("name") && link.getAttribute("class").contains("footnoteindex")
                    ? link.getAttribute("name") : link.getAttribute("href");
            Matcher index = CONVERTER_NOTE.matcher(target);
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
    private static void appendMarkedNotes(Document html, HWPFDocument document, Notes notes, String text) {
        String noteText = document.getFootnoteRange().text();
        Element body = (Element) html.getElementsByTagName("body").item(0);
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int anchor = notes.getNoteAnchorPosition(i);
            if (anchor < 0 || anchor >= text.length() || numberedByWord(text, anchor)) {
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
}
