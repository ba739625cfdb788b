package org.plenary.read.word;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.plenary.read.internal.BlockLines;
import org.plenary.source.NoteMarkers;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/** One reading of a Word document, in Word's order: header, body, footnotes. */
final class DocumentWalk {
    /** A marker typed in superscript by hand (no footnote behind it), as some documents fake their notes. */
    private static final Pattern TYPED_MARKER = Pattern.compile(NoteMarkers.MARKER);

    /** How an on/off attribute of Word's says "on". */
    private static final java.util.Set<String> ON = java.util.Set.of("1", "true", "on");

    private final XWPFDocument document;
    private final BlockLines lines = new BlockLines();
    private final ListNumbering numbering;
    /** The footnotes called, by id, with the marker Word prints for each, in the order of their calls. */
    private final Map<BigInteger, String> called = new LinkedHashMap<>();
    private int paragraphs;
    private int autoNumbered;
    private int endnotes;

    DocumentWalk(XWPFDocument document) {
        this.document = document;
        this.numbering = new ListNumbering(document);
        this.autoNumbered = footnoteStart(document) - 1;
    }

    /**
     * The number of the first footnote: 1, unless the section starts the numbering further on, as
     * a part B going on from part A's notes does (Word sets it there).
     */
    static int footnoteStart(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section != null && section.getFootnotePr() != null && section.getFootnotePr().getNumStart() != null) {
            return section.getFootnotePr().getNumStart().getVal().intValue();
        }
        return 1;
    }

    /** The first page's header (the default one if the first page has none of its own): its cells each a line. */
    void header() {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : policy.getFirstPageHeader() != null ? policy.getFirstPageHeader() : policy.getDefaultHeader();
        if (header != null) {
            elements(header.getBodyElements(), true);
        }
    }

    void body() {
        elements(document.getBodyElements(), false);
    }

    /** Each footnote called, in the order of the calls, as a block opening with its marker. */
    void notes() {
        for (Map.Entry<BigInteger, String> call : called.entrySet()) {
            XWPFFootnote note = document.getFootnoteByID(call.getKey().intValue());
            if (note == null) {
                continue;
            }
            paragraphs++;
            lines.blockBoundary();
            lines.noteStart(call.getValue(), paragraphs);
            for (XWPFParagraph paragraph : note.getParagraphs()) {
                runs(paragraph.getIRuns());
                lines.separate();
            }
            lines.blockBoundary();
        }
    }

    List<SourceLine> lines() {
        return lines.finish();
    }

    int endnotes() {
        return endnotes;
    }

    /** @param cellsAsLines a header's table holds separate fields, one a cell; a body's table holds rows */
    private void elements(List<IBodyElement> elements, boolean cellsAsLines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table, cellsAsLines);
            } else if (element instanceof XWPFSDT control) {
                paragraphs++;
                lines.blockBoundary();
                lines.text(control.getContent().getText(), StyledText.PLAIN, paragraphs);
                lines.blockBoundary();
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        paragraphs++;
        lines.blockBoundary();
        String label = numbering.next(paragraph);
        if (label != null) {
            lines.label(label, paragraphs);
        }
        runs(paragraph.getIRuns());
        lines.blockBoundary();
    }

    private void table(XWPFTable table, boolean cellsAsLines) {
        for (XWPFTableRow row : table.getRows()) {
            if (cellsAsLines) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    elements(cell.getBodyElements(), true);
                }
                continue;
            }
            paragraphs++;
            lines.blockBoundary();
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    runs(paragraph.getIRuns());
                    lines.separate();
                }
            }
            lines.blockBoundary();
        }
    }

    private void runs(List<IRunElement> runs) {
        for (IRunElement element : runs) {
            if (element instanceof XWPFRun run) {
                run(run);
            } else if (element instanceof XWPFSDT control) {
                lines.text(control.getContent().getText(), StyledText.PLAIN, paragraphs);
            }
        }
    }

    private void run(XWPFRun run) {
        CTR ctr = run.getCTR();
        if (ctr.sizeOfFootnoteRefArray() > 0) {
            return; // the mark opening a footnote's own text: the note's start says it
        }
        endnotes += ctr.sizeOfEndnoteReferenceArray();
        if (ctr.sizeOfFootnoteReferenceArray() > 0) {
            // POI's text of such a run names the reference ("[footnoteRef:1]"); a custom mark is the run's own text.
            StringBuilder typed = new StringBuilder();
            ctr.getTList().forEach(t -> typed.append(t.getStringValue()));
            String text = typed.toString();
            for (CTFtnEdnRef reference : ctr.getFootnoteReferenceList()) {
                Object follows = reference.getCustomMarkFollows();
                boolean custom = follows != null && ON.contains(follows.toString().toLowerCase(java.util.Locale.ROOT));
                // Word numbers its footnotes in the order of their calls; a custom mark ("*") is the run's text.
                String marker = custom && !text.isBlank() ? text.strip() : Integer.toString(++autoNumbered);
                called.putIfAbsent(reference.getId(), marker);
                lines.call(marker, paragraphs);
            }
            return;
        }
        String text = run.text();
        if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT && TYPED_MARKER.matcher(text.strip()).matches()) {
            lines.call(text.strip(), paragraphs);
            return;
        }
        byte style = (byte) ((run.isItalic() ? StyledText.ITALIC : 0) | (run.isBold() ? StyledText.BOLD : 0));
        String[] broken = text.split("\n", -1);
        for (int i = 0; i < broken.length; i++) {
            if (i > 0) {
                lines.lineBreak(); // a line break within the paragraph (Shift+Enter)
            }
            lines.text(broken[i], style, paragraphs);
        }
    }
}
