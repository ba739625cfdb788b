package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Sets text in lines as Word sets a UN resolution: greedy breaks, justified but for a paragraph's
 * last line, the opening phrase in italics, note calls raised after their word.
 */
final class PdfLines {
    static final float BODY_SIZE = 10;
    /**
     * A call as the UN's PDFs set it, measured on them: 5.3-point type raised 3.2 points, a point
     * after its word (which is what makes pdftotext -layout print it apart: "Outcome, 1 sports").
     */
    private static final float CALL_SIZE = 5.3f;
    private static final float CALL_RISE = 3.2f;
    private static final float CALL_GAP = 1.1f;
    static final float NOTE_SIZE = 8;
    /** Words that go on an italic opening phrase: "Recalling also", "Bearing in mind", "Calls upon". */
    private static final Set<String> OPENING_CONTINUES = Set.of("also", "further", "furthermore", "moreover", "again",
            "with", "in", "mind", "upon", "note", "appreciation", "satisfaction", "concern", "deep", "grave", "serious");

    /** Body text is justified; the cover's fields, the committee line and headings are set ragged, as the UN sets them. */
    enum Style { PLAIN, ITALIC_OPENING, RAGGED, BOLD, HEADING, LARGE_BOLD, COVER }

    /** A piece of a line: text in one font and size, raised by rise, starting at x. */
    record Piece(String text, PDFont font, float size, float rise, float x) {
    }

    /** A printed line and the markers of the note calls on it. */
    record Line(List<Piece> pieces, List<String> calls) {
    }

    /** A word as set: its pieces at x from the word's start, its width. */
    private record Word(List<Piece> pieces, float width, List<String> calls) {
    }

    private final PdfFonts fonts;

    PdfLines(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** A paragraph: its label (if any) at firstX, its text after it, wrapped to restX … right. */
    List<Line> paragraph(String label, String marked, Style style, float firstX, float restX, float right) {
        float size = switch (style) {
            case HEADING -> 12;
            case LARGE_BOLD -> 14;
            case COVER -> 20;
            default -> BODY_SIZE;
        };
        PDFont upright = style == Style.PLAIN || style == Style.ITALIC_OPENING || style == Style.RAGGED ? fonts.regular : fonts.bold;
        boolean justify = style == Style.PLAIN || style == Style.ITALIC_OPENING;
        String[] tokens = tokens(marked);
        int italicWords = style == Style.ITALIC_OPENING ? openingWords(tokens) : 0;
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].isEmpty()) {
                words.add(word(tokens[i], i < italicWords ? fonts.italic : upright, size, i == italicWords - 1));
            }
        }
        float start = firstX;
        Word labelWord = null;
        if (!label.isEmpty()) {
            labelWord = word(label, upright, size, false);
            start = firstX + labelWord.width() + 6;
        }
        return set(words, labelWord, firstX, start, restX, right, size, upright, justify);
    }

    /**
     * The words of a marked text, a call that opens a word moved to the end of the word before:
     * the UN's markup may put a note after the space ("1994, <note/>in which"), its print never does.
     */
    static String[] tokens(String marked) {
        List<String> words = new ArrayList<>(List.of(Marks.withoutItalics(marked).strip().split("\\s+")));
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int end = 0;
            while (end < word.length() && word.charAt(end) == Marks.CALL_OPEN) {
                int close = word.indexOf(Marks.CALL_CLOSE, end);
                if (close < 0) {
                    break;
                }
                end = close + 1;
            }
            if (end > 0) {
                words.set(i - 1, words.get(i - 1) + word.substring(0, end));
                words.set(i, word.substring(end));
            }
        }
        words.removeIf(String::isEmpty);
        return words.toArray(String[]::new);
    }

    /** The title under the cover: its number hanging at labelX, the title in bold at left. */
    List<Line> title(String label, String marked, float labelX, float left, float right) {
        String[] tokens = Marks.withoutItalics(marked).strip().split("\\s+");
        List<Word> words = new ArrayList<>();
        for (String token : tokens) {
            if (!token.isEmpty()) {
                words.add(word(token, fonts.bold, 12, false));
            }
        }
        Word labelWord = label.isEmpty() ? null : word(label, fonts.bold, 12, false);
        // A number wider than the hang ("ES-11/1.") pushes the title's first line on, as a tab does.
        float first = labelWord == null ? left : Math.max(left, labelX + labelWord.width() + 6);
        return set(words, labelWord, labelX, first, left, right, 12, fonts.bold, false);
    }

    Line rightAligned(String text, float right) {
        float width = fonts.width(text, fonts.regular, BODY_SIZE);
        return plain(text, right - width, BODY_SIZE);
    }

    Line plain(String text, float x, float size) {
        return new Line(pieces(text, fonts.regular, size, 0, x), List.of());
    }

    /** A note: its marker raised and right-aligned before the text's edge, its text in small type. */
    List<Line> note(String marker, String text) {
        List<Word> words = new ArrayList<>();
        for (String token : Marks.plain(text).strip().split("\\s+")) {
            if (!token.isEmpty()) {
                words.add(word(token, fonts.regular, NOTE_SIZE, false));
            }
        }
        float left = UnPdfLayout.LEFT;
        List<Line> lines = set(words, null, left, left, left, UnPdfLayout.RIGHT, NOTE_SIZE, fonts.regular, true);
        if (lines.isEmpty()) {
            lines = new ArrayList<>(List.of(new Line(new ArrayList<>(), List.of())));
        }
        float markerWidth = fonts.width(marker, fonts.regular, 6);
        List<Piece> first = new ArrayList<>(pieces(marker, fonts.regular, 6, 3, left - 3.6f - markerWidth));
        first.addAll(lines.get(0).pieces());
        lines.set(0, new Line(first, List.of()));
        return lines;
    }

    private List<Line> set(List<Word> words, Word label, float labelX, float firstX, float restX, float right, float size,
            PDFont spaceFont, boolean justify) {
        float space = fonts.width(" ", spaceFont, size);
        List<Line> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float lineX = firstX;
        float used = 0;
        for (Word word : words) {
            float needed = line.isEmpty() ? word.width() : used + space + word.width();
            if (!line.isEmpty() && lineX + needed > right) {
                lines.add(place(line, lines.isEmpty() ? label : null, labelX, lineX, right, space, justify));
                line = new ArrayList<>();
                lineX = restX;
                needed = word.width();
            }
            line.add(word);
            used = needed;
        }
        if (!line.isEmpty() || label != null) {
            lines.add(place(line, lines.isEmpty() ? label : null, labelX, lineX, right, space, false));
        }
        return lines;
    }

    private static Line place(List<Word> words, Word label, float labelX, float x, float right, float space, boolean justify) {
        List<Piece> pieces = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        if (label != null) {
            label.pieces().forEach(p -> pieces.add(new Piece(p.text(), p.font(), p.size(), p.rise(), labelX + p.x())));
        }
        float width = 0;
        for (Word word : words) {
            width += word.width();
        }
        float gap = space;
        if (justify && words.size() > 1) {
            gap = Math.max(space, (right - x - width) / (words.size() - 1));
        }
        float at = x;
        for (Word word : words) {
            for (Piece p : word.pieces()) {
                pieces.add(new Piece(p.text(), p.font(), p.size(), p.rise(), at + p.x()));
            }
            calls.addAll(word.calls());
            at += word.width() + gap;
        }
        return new Line(pieces, calls);
    }

    /** A word with its note calls ("Outcome,¹"): text pieces in the font, calls raised in small type. */
    private Word word(String token, PDFont font, float size, boolean lastItalic) {
        List<Piece> pieces = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        float x = 0;
        int at = 0;
        while (at < token.length()) {
            int open = token.indexOf(Marks.CALL_OPEN, at);
            int close = open < 0 ? -1 : token.indexOf(Marks.CALL_CLOSE, open);
            String text = token.substring(at, open < 0 || close < 0 ? token.length() : open);
            if (!text.isEmpty()) {
                // An italic phrase's last comma stands upright, as the UN prints it.
                boolean comma = lastItalic && font == fonts.italic && (text.endsWith(",") || text.endsWith(":"));
                String italicPart = comma ? text.substring(0, text.length() - 1) : text;
                for (Piece p : pieces(italicPart, font, size, 0, x)) {
                    pieces.add(p);
                }
                x += fonts.width(italicPart, font, size);
                if (comma) {
                    String tail = text.substring(text.length() - 1);
                    pieces.addAll(pieces(tail, fonts.regular, size, 0, x));
                    x += fonts.width(tail, fonts.regular, size);
                }
            }
            if (open < 0 || close < 0) {
                break;
            }
            String marker = token.substring(open + 1, close);
            x += CALL_GAP;
            pieces.addAll(pieces(marker, fonts.regular, CALL_SIZE, CALL_RISE, x));
            x += fonts.width(marker, fonts.regular, CALL_SIZE);
            calls.add(marker);
            at = close + 1;
        }
        return new Word(pieces, x, calls);
    }

    private List<Piece> pieces(String text, PDFont font, float size, float rise, float x) {
        List<Piece> pieces = new ArrayList<>();
        float at = x;
        for (PdfFonts.Run run : fonts.runs(text, font)) {
            pieces.add(new Piece(run.text(), run.font(), size, rise, at));
            at += fonts.width(run.text(), run.font(), size);
        }
        return pieces;
    }

    /**
     * How many words open a paragraph in italics: its first word ("Recalling", "Decides"), and the
     * words that go on the phrase ("Recalling also", "Strongly condemns", "Bearing in mind").
     */
    static int openingWords(String[] tokens) {
        if (tokens.length == 0 || tokens[0].isEmpty() || !Character.isUpperCase(tokens[0].codePointAt(0))) {
            return 0;
        }
        if (tokens.length >= 3 && tokens[0].equals("The") && tokens[1].equals("General") && tokens[2].startsWith("Assembly")) {
            return 3; // the enacting formula
        }
        String first = Marks.plain(tokens[0]);
        int count = 1;
        if (first.endsWith(",") || first.endsWith(":")) {
            return count;
        }
        boolean adverb = first.endsWith("ly") || Set.of("Also", "Further", "Again", "Once").contains(first);
        while (count < tokens.length && count < 4) {
            String next = Marks.plain(tokens[count]).replaceAll("[,:;]$", "");
            if (!(adverb && count == 1) && !OPENING_CONTINUES.contains(next)) {
                break;
            }
            count++;
            if (tokens[count - 1].endsWith(",")) {
                break;
            }
        }
        return count;
    }
}
