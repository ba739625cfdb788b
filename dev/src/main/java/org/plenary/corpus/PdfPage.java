package org.plenary.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.plenary.corpus.PdfLines.Line;
import org.plenary.corpus.PdfLines.Piece;

/**
 * Draws on one page of a printed resolution, in places measured from the top of the page (as a
 * reader reads it): lines, the cover's heading, the note block, running heads and feet.
 */
final class PdfPage {
    private static final float HEAD_SIZE = 7;
    private static final float HEAD_WIDTH = 240;
    private static final float OUTER_LEFT = 60;
    private static final float OUTER_RIGHT = 552;

    private final PDPageContentStream out;
    private final PdfLines lines;

    PdfPage(PDPageContentStream out, PdfLines lines) {
        this.out = out;
        this.lines = lines;
    }

    /**
     * Draws a line as Word writes one: each run of one font, size and rise as one text showing,
     * its words apart by a space and a shift (a TJ array), so that pdftotext, which reads a
     * PDF's own order without -layout, meets the line's words together.
     */
    void line(Line line, float y) {
        try {
            List<Piece> pieces = line.pieces();
            int start = 0;
            while (start < pieces.size()) {
                Piece first = pieces.get(start);
                List<Object> shown = new ArrayList<>();
                shown.add(first.text());
                float end = first.x() + textWidth(first);
                int next = start + 1;
                while (next < pieces.size() && sameRun(first, pieces.get(next)) && pieces.get(next).x() >= end) {
                    Piece piece = pieces.get(next);
                    float space = textWidth(new Piece(" ", piece.font(), piece.size(), 0, 0));
                    float shift = piece.x() - end - space;
                    shown.add(" ");
                    shown.add(-shift * 1000 / piece.size());
                    shown.add(piece.text());
                    end = piece.x() + textWidth(piece);
                    next++;
                }
                out.beginText();
                out.setFont(first.font(), first.size());
                out.newLineAtOffset(first.x(), UnPdfLayout.PAGE_HEIGHT - (y - first.rise()));
                out.showTextWithPositioning(shown.toArray());
                out.endText();
                start = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameRun(Piece a, Piece b) {
        return a.font() == b.font() && a.size() == b.size() && a.rise() == b.rise();
    }

    /** The first page's top: "United Nations", the symbol's large A, "General Assembly", distribution and date. */
    void coverTop(String symbol, String date) throws IOException {
        // On one baseline: "United Nations", the symbol's large A and the rest of the symbol.
        line(lines.paragraph("", "United Nations", PdfLines.Style.LARGE_BOLD, 123.4f, 123.4f, 400).get(0), 57);
        String rest = symbol.startsWith("A/") ? symbol.substring(1) : symbol;
        float restX = 502.3f;
        if (symbol.startsWith("A/")) {
            Line a = lines.paragraph("", "A", PdfLines.Style.COVER, 487.2f, 487.2f, 560).get(0);
            line(a, 57);
            restX = 487.2f + textWidth(a.pieces().get(0));
        }
        line(lines.plain(rest, restX, PdfLines.BODY_SIZE), 57);
        line(lines.paragraph("", "General Assembly", PdfLines.Style.COVER, 123.1f, 123.1f, 400).get(0), 87);
        line(lines.plain("Distr.: General", 396.8f, PdfLines.BODY_SIZE), 87);
        if (!date.isEmpty()) {
            line(lines.plain(date, 396.8f, PdfLines.BODY_SIZE), 99);
        }
    }

    /** A running head: the title in up to three short lines, the symbol on the last, sides alternating. */
    void head(int pageNumber, String symbol, String title) {
        List<String> titleLines = headLines(title);
        boolean even = pageNumber % 2 == 0;
        float y = 61 - 10 * (titleLines.size() - 1);
        for (int i = 0; i < titleLines.size(); i++, y += 10) {
            String text = titleLines.get(i);
            if (even) {
                line(lines.plain(text, OUTER_RIGHT - width(text), HEAD_SIZE), y);
            } else {
                line(lines.plain(text, OUTER_LEFT, HEAD_SIZE), y);
            }
        }
        float last = 61;
        line(lines.plain(symbol, even ? OUTER_LEFT : OUTER_RIGHT - width(symbol), HEAD_SIZE), last);
    }

    /**
     * The page's foot: job number and print date, then the bar code, on the first page; "2/5" and
     * the job number, sides alternating, on the others. Word writes the first page's date and bar
     * code after the notes' texts ({@link #noteTexts}), and plain pdftotext keeps that order.
     */
    void foot(int pageNumber, int pages, String job) {
        if (pageNumber == 1) {
            line(lines.plain(job + " (E)", 65.2f, 10), 750);
            return;
        }
        String page = pageNumber + "/" + pages;
        boolean even = pageNumber % 2 == 0;
        line(lines.plain(page, even ? OUTER_LEFT : OUTER_RIGHT - width(page), HEAD_SIZE), 757);
        line(lines.plain(job, even ? OUTER_RIGHT - width(job) : OUTER_LEFT, 6), 755);
    }

    void firstFootEnd(String job) {
        line(lines.plain(job.hashCode() % 2 == 0 ? "081221" : "151221", 130f, 10), 750);
        line(lines.plain("*" + job.replace("-", "") + "*", 65.2f, 12), 766);
    }

    /** The rule over the notes first called on the page, and their raised markers: Word writes these first. */
    void noteMarkers(List<List<Line>> notes, float top) {
        if (notes.isEmpty()) {
            return;
        }
        line(lines.plain("__________________", 99.6f, PdfLines.NOTE_SIZE), top - 12);
        float y = top;
        for (List<Line> note : notes) {
            List<Piece> first = note.get(0).pieces();
            if (!first.isEmpty()) {
                line(new Line(first.subList(0, 1), List.of()), y);
            }
            y += UnPdfLayout.NOTE_LEADING * note.size();
        }
    }

    /** The notes' texts, each line under the last, their markers left out (drawn before). */
    void noteTexts(List<List<Line>> notes, float top) {
        float y = top;
        for (List<Line> note : notes) {
            for (int i = 0; i < note.size(); i++) {
                List<Piece> pieces = note.get(i).pieces();
                line(new Line(i == 0 && !pieces.isEmpty() ? pieces.subList(1, pieces.size()) : pieces, List.of()), y);
                y += UnPdfLayout.NOTE_LEADING;
            }
        }
    }

    private float width(String text) {
        float width = 0;
        for (Piece p : lines.plain(text, 0, HEAD_SIZE).pieces()) {
            width = p.x() + textWidth(p);
        }
        return width;
    }

    private static float textWidth(Piece p) {
        try {
            return p.font().getStringWidth(p.text()) / 1000 * p.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headLines(String title) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (line.length() > 0 && (line.length() + 1 + word.length()) * 3.3f > HEAD_WIDTH) {
                result.add(line.toString());
                line.setLength(0);
                if (result.size() == 3) {
                    return result;
                }
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            result.add(line.toString());
        }
        return result;
    }

}
