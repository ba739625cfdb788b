package org.plenary.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
    private static final float LEADING = 12;
    private static final float PARAGRAPH_GAP = 6;
    /** Notes' lines stand this far apart: the height reckoned here is the height the page draws. */
    static final float NOTE_LEADING = 10.5f;

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

    /** A line of the cover at its baseline. */
    private record CoverLine(Line line, float y) {
    }

    /** The cover's lines under its head, and the first body line's baseline below them. */
    private record Cover(List<CoverLine> lines, float bottom) {
    }

    @Override
    public byte[] file(ReferenceDocument doc, String symbol) {
        try (PDDocument pdf = new PDDocument()) {
            PdfLines lines = new PdfLines(PdfFonts.load(pdf));
            Map<String, List<Line>> noteLines = new HashMap<>();
            Function<String, List<Line>> note = m -> noteLines.computeIfAbsent(m, k -> lines.note(k, doc.noteTexts.getOrDefault(k, "")));
            List<Placed> body = new ArrayList<>();
            Set<String> called = new LinkedHashSet<>();
            for (PrintBlock block : doc.blocks) {
                body(block, lines, body, called);
            }
            Cover cover = cover(doc, lines);
            List<List<Placed>> pages = paginate(body, cover.bottom(), note);
            String job = PagedLayout.jobNumber(symbol);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    PdfPage printer = new PdfPage(out, lines);
                    if (p == 0) {
                        printer.coverTop(symbol, coverField(doc, "date"));
                        cover.lines().forEach(l -> printer.line(l.line(), l.y()));
                    } else {
                        printer.head(p + 1, symbol, doc.meta.getOrDefault("title", ""));
                    }
                    float y = p == 0 ? cover.bottom() : BODY_TOP;
                    List<List<Line>> notes = new ArrayList<>();
                    for (int i = 0; i < pages.get(p).size(); i++) {
                        Placed placed = pages.get(p).get(i);
                        y += i == 0 ? 0 : placed.gapBefore() + LEADING;
                        printer.line(placed.line(), y);
                        placed.notes().forEach(m -> notes.add(note.apply(m)));
                    }
                    float top = noteTop(notes);
                    printer.noteMarkers(notes, top);
                    printer.foot(p + 1, pages.size(), job);
                    printer.noteTexts(notes, top);
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
            case FORMULA, PREAMBULAR, RECITAL, WRAP_UP ->
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
    private static List<List<Placed>> paginate(List<Placed> body, float firstTop, Function<String, List<Line>> note) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float y = firstTop;
        float notesHeight = 0;
        for (Placed placed : body) {
            float extra = 0;
            for (String marker : placed.notes()) {
                extra += note.apply(marker).size() * NOTE_LEADING;
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
    private static float noteTop(List<List<Line>> notes) {
        float height = 0;
        for (List<Line> note : notes) {
            height += note.size() * NOTE_LEADING;
        }
        return NOTES_BOTTOM - height + NOTE_LEADING;
    }

    private static String coverField(ReferenceDocument doc, String label) {
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER && block.label().equals(label)) {
                return block.text();
            }
        }
        return "";
    }

    /**
     * The cover under its head: session and agenda in the left column, then the heading, the
     * committee line and the numbered title; the body starts two lines below.
     */
    private static Cover cover(ReferenceDocument doc, PdfLines lines) {
        List<CoverLine> out = new ArrayList<>();
        float y = 224;
        String session = coverField(doc, "session");
        if (!session.isEmpty()) {
            out.add(new CoverLine(lines.plain(session, 60, PdfLines.BODY_SIZE), y));
            y += LEADING;
        }
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER && block.label().equals("inline")) {
                y = place(out, lines.paragraph("", block.text(), Style.RAGGED, 60, 60, 325), y, LEADING);
            }
        }
        y = Math.max(y + 2 * LEADING, 295);
        for (PrintBlock block : doc.blocks) {
            switch (block.kind()) {
                case HEADING -> y = place(out, lines.paragraph("", block.text(), Style.LARGE_BOLD, LEFT, LEFT, 400), y, 15) + 9;
                case COMMITTEE -> y = place(out, lines.paragraph("", block.text(), Style.RAGGED, LEFT, LEFT, 420), y, LEADING) + 13;
                case TITLE -> y = place(out, lines.title(block.label(), block.text(), 78.7f, LEFT, RIGHT), y, 14);
                default -> { }
            }
        }
        return new Cover(out, y + 24);
    }

    /** Adds the lines one leading apart from y; returns the baseline after the last. */
    private static float place(List<CoverLine> out, List<Line> lines, float y, float leading) {
        for (Line line : lines) {
            out.add(new CoverLine(line, y));
            y += leading;
        }
        return y;
    }

    /** Whether this machine has the fonts the layout prints with. */
    public static boolean available() {
        return PdfFonts.FOLDERS.stream().anyMatch(f -> Files.exists(Path.of(f, PdfFonts.REGULAR)));
    }
}
