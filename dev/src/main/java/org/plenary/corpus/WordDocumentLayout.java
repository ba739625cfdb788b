package org.plenary.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
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

import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * A Word document (.docx) as the UN's templates make one: the cover in a table of the first page's
 * header, operative paragraphs and their points numbered by Word's lists (the numbers are not
 * text), italics as runs, notes as footnotes numbered by Word in the order of their calls (a
 * marker out of that order, or a symbol, as a custom mark).
 */
public final class WordDocumentLayout implements Layout {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.");
    private static final Pattern LETTERED = Pattern.compile("\\(([a-z])\\)");

    @Override
    public String name() {
        return "word-document";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public byte[] file(ReferenceDocument doc, String symbol) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Printing(word, doc).print();
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's printing: its list, its footnotes so far. */
    private static final class Printing {
        private final XWPFDocument word;
        private final ReferenceDocument doc;
        private final BigInteger list;
        private final Map<String, BigInteger> notes = new HashMap<>();
        private int autoNumbered;
        /** The number Word's list would print next at each level, or 0 when the list is not in use. */
        private int nextOperative = 1;
        private char nextPoint = 'a';

        Printing(XWPFDocument word, ReferenceDocument doc) {
            this.word = word;
            this.doc = doc;
            this.list = operativeList(word);
        }

        void print() {
            footnotesFromFirstCall();
            List<PrintBlock> cover = doc.blocks.stream().filter(b -> b.kind() == Kind.COVER).toList();
            if (!cover.isEmpty()) {
                XWPFHeader header = word.createHeader(HeaderFooterType.FIRST);
                XWPFTable table = header.createTable(1, cover.size());
                for (int i = 0; i < cover.size(); i++) {
                    table.getRow(0).getCell(i).setText(Marks.plain(cover.get(i).text()));
                }
            }
            for (PrintBlock block : doc.blocks) {
                if (block.kind() != Kind.COVER) {
                    block(block);
                }
            }
        }

        /**
         * Notes numbered from further on (a part B going on from part A's) start Word's numbering
         * there, as such documents set it, rather than each taking a custom mark.
         */
        private void footnotesFromFirstCall() {
            List<String> calls = doc.blocks.stream().flatMap(b -> Marks.callMarkers(b.text()).stream()).toList();
            if (!calls.isEmpty() && Marks.isNumbered(calls.get(0)) && !calls.get(0).equals("1")) {
                int first = Integer.parseInt(calls.get(0));
                var body = word.getDocument().getBody();
                (body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr()).addNewFootnotePr().addNewNumStart().setVal(BigInteger.valueOf(first));
                autoNumbered = first - 1;
            }
        }

        private void block(PrintBlock block) {
            XWPFParagraph paragraph = word.createParagraph();
            String label = block.label();
            Matcher number = NUMBERED.matcher(label);
            Matcher letter = LETTERED.matcher(label);
            if (block.kind() == Kind.OPERATIVE && number.matches() && Integer.parseInt(number.group(1)) == nextOperative) {
                listed(paragraph, 0);
                nextOperative++;
                nextPoint = 'a';
                label = "";
            } else if (block.kind() == Kind.POINT && block.depth() <= 1 && letter.matches() && letter.group(1).charAt(0) == nextPoint
                    && nextOperative > 1) {
                listed(paragraph, 1);
                nextPoint++;
                label = "";
            } else if (block.kind() == Kind.OPERATIVE) {
                nextOperative = 0; // numbered by hand from here: Word's list would count wrong
            }
            if (block.kind() == Kind.TITLE || block.kind() == Kind.HEADING || block.kind() == Kind.GROUP_HEADING) {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
            }
            if (!label.isEmpty() && block.kind() != Kind.ANNEX) {
                paragraph.createRun().setText(label + "\t");
            }
            runs(paragraph, WebPageLayout.opensWithPhrase(block) ? PrintText.withItalicOpening(block.text()) : block.text());
        }

        private void listed(XWPFParagraph paragraph, int level) {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }

        /** Marked text as runs: italic where marked, a footnote's reference at each call. */
        private void runs(XWPFParagraph paragraph, String marked) {
            StringBuilder text = new StringBuilder();
            boolean italic = false;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == Marks.ITALIC_OPEN || c == Marks.ITALIC_CLOSE) {
                    run(paragraph, text, italic);
                    italic = c == Marks.ITALIC_OPEN;
                } else if (c == Marks.CALL_OPEN) {
                    int close = marked.indexOf(Marks.CALL_CLOSE, i);
                    run(paragraph, text, italic);
                    reference(paragraph, marked.substring(i + 1, close));
                    i = close;
                } else if (c != Marks.NOTE_START) {
                    text.append(c);
                }
            }
            run(paragraph, text, italic);
        }

        private static void run(XWPFParagraph paragraph, StringBuilder text, boolean italic) {
            if (text.length() > 0) {
                XWPFRun run = paragraph.createRun();
                run.setItalic(italic);
                run.setText(text.toString());
                text.setLength(0);
            }
        }

        private void reference(XWPFParagraph paragraph, String marker) {
            BigInteger id = notes.get(marker);
            boolean auto = id == null && marker.equals(Integer.toString(autoNumbered + 1));
            if (id == null) {
                XWPFFootnote note = word.createFootnote();
                note.createParagraph().createRun().setText(" " + Marks.plain(doc.noteTexts.getOrDefault(marker, "")));
                id = note.getId();
                notes.put(marker, id);
            }
            XWPFRun call = paragraph.createRun();
            CTFtnEdnRef reference = call.getCTR().addNewFootnoteReference();
            reference.setId(id);
            if (auto) {
                autoNumbered++;
            } else {
                reference.setCustomMarkFollows(true);
                call.setText(marker);
            }
        }

        private static BigInteger operativeList(XWPFDocument word) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            level(definition.addNewLvl(), 0, STNumberFormat.DECIMAL, "%1.");
            level(definition.addNewLvl(), 1, STNumberFormat.LOWER_LETTER, "(%2)");
            XWPFNumbering numbering = word.createNumbering();
            return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
        }

        private static void level(CTLvl lvl, int level, STNumberFormat.Enum format, String text) {
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text);
        }
    }
}
