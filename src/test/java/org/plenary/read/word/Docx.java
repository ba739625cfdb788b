package org.plenary.read.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents made for tests as Word makes them: operative paragraphs numbered by a list
 * definition ("%1." over "(%2)"), not by text; footnotes as footnotes; a first-page header.
 */
final class Docx {
    /** Italic text in a paragraph's parts. */
    record Italic(String text) {
    }

    /** A footnote called here, with its text. */
    record Note(String text) {
    }

    /** A footnote with a custom mark ("*"). */
    record MarkedNote(String mark, String text) {
    }

    private final XWPFDocument document = new XWPFDocument();
    private BigInteger operativeList;

    Docx header(String... cells) {
        XWPFHeader header = document.createHeader(HeaderFooterType.FIRST);
        XWPFTable table = header.createTable(1, cells.length);
        for (int i = 0; i < cells.length; i++) {
            table.getRow(0).getCell(i).setText(cells[i]);
        }
        return this;
    }

    /** Footnotes numbered from {@code first}, as a part B going on from part A's notes sets them. */
    Docx footnotesFrom(int first) {
        var body = document.getDocument().getBody();
        var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        section.addNewFootnotePr().addNewNumStart().setVal(BigInteger.valueOf(first));
        return this;
    }

    Docx paragraph(Object... parts) {
        write(document.createParagraph(), parts);
        return this;
    }

    /** A paragraph Word numbers: level 0 prints "1.", level 1 "(a)". */
    Docx numbered(int level, Object... parts) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(operativeList());
        paragraph.setNumILvl(BigInteger.valueOf(level));
        write(paragraph, parts);
        return this;
    }

    byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(XWPFParagraph paragraph, Object[] parts) {
        for (Object part : parts) {
            if (part instanceof String plain) {
                paragraph.createRun().setText(plain);
            } else if (part instanceof Italic italic) {
                XWPFRun run = paragraph.createRun();
                run.setItalic(true);
                run.setText(italic.text());
            } else if (part instanceof Note note) {
                footnote(paragraph, null, note.text());
            } else if (part instanceof MarkedNote marked) {
                footnote(paragraph, marked.mark(), marked.text());
            }
        }
    }

    private void footnote(XWPFParagraph paragraph, String mark, String text) {
        XWPFFootnote note = document.createFootnote();
        XWPFParagraph body = note.createParagraph();
        body.createRun().setText(" " + text);
        XWPFRun call = paragraph.createRun();
        CTFtnEdnRef reference = call.getCTR().addNewFootnoteReference();
        reference.setId(note.getId());
        if (mark != null) {
            reference.setCustomMarkFollows(true);
            call.setText(mark);
        }
    }

    private BigInteger operativeList() {
        if (operativeList == null) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            level(definition.addNewLvl(), 0, STNumberFormat.DECIMAL, "%1.");
            level(definition.addNewLvl(), 1, STNumberFormat.LOWER_LETTER, "(%2)");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            operativeList = numbering.addNum(abstractId);
        }
        return operativeList;
    }

    private static void level(CTLvl lvl, int level, STNumberFormat.Enum format, String text) {
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
