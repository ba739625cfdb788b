package org.plenary.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.plenary.corpus.PdfLines.Line;
import org.plenary.corpus.PdfLines.Style;
import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * A resolution printed as the UN prints it to PDF (Word, Times New Roman on US letter), measured on
 * the official PDFs: the two-column cover with the symbol and distribution, body text justified
 * between 123.4 and 488 pt in 10-point type on a 12-point leading, first lines indented to 147.1,
 * italic opening phrases, raised note calls, the notes in 8-point type under a short rule at the foot
 * of the page that first calls them, running heads (symbol and title, sides alternating) and feet
 * (page "2/5", job number, the first page's bar code). It lets the PDF reader be measured on
 * resolutions of sessions the real PDFs here do not cover.
 */
public final class UnPdfLayout implements Layout {
    static final float PAGE_WIDTH = PDRectangle.LETTER.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();
    static final float LEFT = 123.4f;
    static final float RIGHT = 488f;
    static final float INDENT = 23.7f;
    private static final float BODY_TOP = 84;
    /** The lowest a note's last line may stand, above the page's foot. */
    private static final float NOTES_BOTTOM = 738;
    private static final float BODY_SIZE = 10;
    private static final float LEADING = 12;
    private static final float PARAGRAPH_GAP = 6;
    private static final float NOTE_SIZE = 8;
    private static final float NOTE_LEADING = 10.5f;

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** A body line placed on a page, with the notes first called on it. */
    private record Placed(Line line, float gapBefore, List<String> notes) {
    }

    @Override
    public byte[] file(ReferenceDocument doc, String symbol) {
        try (PDDocument pdf = new PDDocument()) {
            PdfLines lines = new PdfLines(PdfFonts.load(pdf));
            List<Placed> body = new ArrayList<>();
            Set<String> called = new LinkedHashSet<>();
            for (PrintBlock block : doc.blocks) {
                body(block, lines, body, called);
            }
            List<List<Placed>> pages = paginate(body, doc, lines);
            String job = PagedLayout.jobNumber(symbol);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    PdfPage printer = new PdfPage(out, lines);
                    if (p == 0) {
                        cover(printer, doc, symbol, lines);
                    } else {
                        printer.head(p + 1, symbol, doc.meta.getOrDefault("title", ""));
                    }
                    float y = p == 0 ? coverBottom(doc, lines) : BODY_TOP;
                    List<String> notes = new ArrayList<>();
                    for (int i = 0; i < pages.get(p).size(); i++) {
                        Placed placed = pages.get(p).get(i);
                        y += i == 0 ? 0 : placed.gapBefore() + LEADING;
                        printer.line(placed.line(), y);
                        notes.addAll(placed.notes());
                    }
                    List<List<Line>> noteLines = notes.stream().map(m -> lines.note(m, doc.noteTexts.getOrDefault(m, ""))).toList();
                    float top = noteTop(notes, doc, lines);
                    printer.noteMarkers(noteLines, top);
                    printer.foot(p + 1, pages.size(), job);
                    printer.noteTexts(noteLines, top);
                    if (p == 0) {
                        printer.firstFootEnd(job);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(PrintBlock block, PdfLines lines, List<Placed> body, Set<String> called) {
        String text = block.text();
        switch (block.kind()) {
            case COVER, HEADING, COMMITTEE, TITLE -> { }
            case FORMULA -> add(body, called, lines.paragraph("", text, Style.ITALIC_OPENING, LEFT + INDENT, LEFT, RIGHT), PARAGRAPH_GAP);
            case PREAMBULAR, RECITAL, WRAP_UP ->
                    add(body, called, lines.paragraph("", text, Style.ITALIC_OPENING, LEFT + INDENT, LEFT, RIGHT), PARAGRAPH_GAP);
            case GROUP_HEADING -> add(body, called, lines.paragraph("", text, Style.BOLD, LEFT, LEFT, RIGHT), LEADING);
            case OPERATIVE -> add(body, called,
                    lines.paragraph(block.label(), text, Style.ITALIC_OPENING, LEFT + INDENT, LEFT, RIGHT), PARAGRAPH_GAP);
            // A point's label stands at the first-line indent; a first-level point wraps to the margin,
            // a nested one ("(i)") to the indent, as a hanging block (A/RES/78/218, 78/317).
            case POINT -> add(body, called, lines.paragraph(block.label(), text, Style.PLAIN, LEFT + INDENT,
                    block.depth() <= 1 ? LEFT : LEFT + INDENT, RIGHT), PARAGRAPH_GAP);
            case MEETING -> add(body, called, List.of(lines.rightAligned(text, RIGHT)), 2 * LEADING);
            case DATE -> add(body, called, List.of(lines.rightAligned(text, RIGHT)), 0);
            case ANNEX -> {
                boolean heading = block.label().equals("heading");
                add(body, called, heading ? lines.paragraph("", text, Style.HEADING, LEFT, LEFT, RIGHT)
                        : lines.paragraph("", text, Style.PLAIN, LEFT + INDENT, LEFT, RIGHT), heading ? 2 * LEADING : PARAGRAPH_GAP);
            }
        }
    }

    private static void add(List<Placed> body, Set<String> called, List<Line> lines, float gapBefore) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> notes = new ArrayList<>();
            for (String marker : lines.get(i).calls()) {
                if (called.add(marker)) {
                    notes.add(marker);
                }
            }
            body.add(new Placed(lines.get(i), i == 0 ? gapBefore : 0, notes));
        }
    }

    /** Lines to pages: a line goes on while it, and the notes it first calls, still fit above the foot. */
    private static List<List<Placed>> paginate(List<Placed> body, ReferenceDocument doc, PdfLines lines) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float y = coverBottom(doc, lines);
        float notesHeight = 0;
        for (Placed placed : body) {
            float extra = 0;
            for (String marker : placed.notes()) {
                extra += lines.note(marker, doc.noteTexts.getOrDefault(marker, "")).size() * NOTE_LEADING;
            }
            float next = page.isEmpty() ? y : y + placed.gapBefore() + LEADING;
            float rule = notesHeight + extra > 0 ? 2 * NOTE_LEADING : 0;
            if (!page.isEmpty() && next + rule + notesHeight + extra > NOTES_BOTTOM) {
                pages.add(page);
                page = new ArrayList<>();
                notesHeight = 0;
                next = BODY_TOP;
            }
            page.add(placed);
            y = next;
            notesHeight += extra;
        }
        pages.add(page);
        return pages;
    }

    /** Where a page's notes start: as low as the page lets them, as Word sets footnotes. */
    private static float noteTop(List<String> markers, ReferenceDocument doc, PdfLines lines) {
        float height = 0;
        for (String marker : markers) {
            height += lines.note(marker, doc.noteTexts.getOrDefault(marker, "")).size() * NOTE_LEADING;
        }
        return NOTES_BOTTOM - height + NOTE_LEADING;
    }

    private static String cover(ReferenceDocument doc, String label) {
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER && block.label().equals(label)) {
                return block.text();
            }
        }
        return "";
    }

    private static void cover(PdfPage printer, ReferenceDocument doc, String symbol, PdfLines lines) throws IOException {
        printer.coverTop(symbol, cover(doc, "date"));
        float y = 224;
        String session = cover(doc, "session");
        if (!session.isEmpty()) {
            printer.line(lines.plain(session, 60, BODY_SIZE), y);
            y += LEADING;
        }
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER && block.label().equals("inline")) {
                for (Line line : lines.paragraph("", block.text(), Style.RAGGED, 60, 60, 325)) {
                    printer.line(line, y);
                    y += LEADING;
                }
            }
        }
        y = Math.max(y + 2 * LEADING, 295);
        for (PrintBlock block : doc.blocks) {
            switch (block.kind()) {
                case HEADING -> {
                    for (Line line : lines.paragraph("", block.text(), Style.LARGE_BOLD, LEFT, LEFT, 400)) {
                        printer.line(line, y);
                        y += 15;
                    }
                    y += 9;
                }
                case COMMITTEE -> {
                    for (Line line : lines.paragraph("", block.text(), Style.RAGGED, LEFT, LEFT, 420)) {
                        printer.line(line, y);
                        y += LEADING;
                    }
                    y += 13;
                }
                case TITLE -> {
                    for (Line line : lines.title(block.label(), block.text(), 78.7f, LEFT, RIGHT)) {
                        printer.line(line, y);
                        y += 14;
                    }
                }
                default -> { }
            }
        }
    }

    /** The first body line's baseline on the first page, below the cover and the title. */
    private static float coverBottom(ReferenceDocument doc, PdfLines lines) {
        float y = 224;
        if (!cover(doc, "session").isEmpty()) {
            y += LEADING;
        }
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER && block.label().equals("inline")) {
                y += LEADING * lines.paragraph("", block.text(), Style.RAGGED, 60, 60, 325).size();
            }
        }
        y = Math.max(y + 2 * LEADING, 295);
        for (PrintBlock block : doc.blocks) {
            switch (block.kind()) {
                case HEADING -> y += 15 * lines.paragraph("", block.text(), Style.LARGE_BOLD, LEFT, LEFT, 400).size() + 9;
                case COMMITTEE -> y += LEADING * lines.paragraph("", block.text(), Style.RAGGED, LEFT, LEFT, 420).size() + 13;
                case TITLE -> y += 14 * lines.title(block.label(), block.text(), 78.7f, LEFT, RIGHT).size();
                default -> { }
            }
        }
        return y + 24;
    }

    /** Whether this machine has the fonts the layout prints with. */
    public static boolean available() {
        return PdfFonts.FOLDERS.stream().anyMatch(f -> Files.exists(Path.of(f, PdfFonts.REGULAR)));
    }
}
