package org.plenary.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Gives the lines of pdftotext's output the places they had on the page, in columns and lines:
 * where each starts and ends, its line on its page, and the lines advanced since the one before
 * (a blank line is space). With {@code -layout}, the parts of a line that stand far apart (the
 * cover's two columns, a running head's symbol and title) become lines of their own on one row.
 * Without it, a number that pdftotext put alone on its line ("78/92.", "1.") is joined to the
 * text that follows it, as printed.
 */
final class PdftotextLines {
    /** Columns apart that make two parts of one row. */
    private static final Pattern COLUMN_GAP = Pattern.compile(" {8,}");
    /** A note's marker alone on its line: "4". */
    private static final Pattern LONE_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s*");
    /** A note's marker and the start of its text: "14 Ibid., …". */
    private static final Pattern NOTE_START = Pattern.compile("\\s*\\d{1,3} \\S.*");
    /** The conclusions' meeting: "56th plenary meeting". A paragraph never opens with it. */
    private static final Pattern MEETING_LINE = Pattern.compile("(?i)\\s*\\d{1,4}(?:st|nd|rd|th)\\b.{0,12}plenary ?meeting\\b.*");
    /** A resolution's or paragraph's number, or a point's label, printed alone. */
    private static final Pattern LONE_LABEL = Pattern.compile("\\s*(?:\\d{1,4}/\\d{1,4}\\.|\\d{1,3}\\.|\\((?:[a-z]{1,3}|[ivxl]{1,6})\\))\\s*");

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<PageSize> pages = new ArrayList<>();

    List<SourceLine> lines() {
        return lines;
    }

    List<PageSize> pages() {
        return pages;
    }

    static PdftotextLines of(String[] lines, SourceForm form) {
        String[] physical = lines;
        int[] numbers = null;
        if (form == SourceForm.PDF_RAW) {
            NumberedLines apart = withRulesApart(lines);
            NumberedLines joined = joinSpreadLines(new NumberedLines(restoreDisplacedLastLines(apart.lines()), apart.numbers()));
            physical = joined.lines();
            numbers = joined.numbers();
        }
        PdftotextLines out = new PdftotextLines();
        int page = 1;
        int row = 0;
        int advanced = 0;
        int width = 0;
        // Whether the current page was opened by a form feed and has shown no text yet.
        boolean fedAndEmpty = false;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (line.indexOf('\f') >= 0) {
                out.endPage(width, row);
                page += (int) line.chars().filter(c -> c == '\f').count();
                line = line.replace("\f", "");
                row = 0;
                advanced = 0;
                width = 0;
                fedAndEmpty = true;
            }
            row++;
            advanced++;
            if (line.isBlank()) {
                continue;
            }
            fedAndEmpty = false;
            // A line is cited by its line in the file, whatever was split apart before it.
            int number = numbers == null ? i + 1 : numbers[i];
            if (form == SourceForm.PDF_RAW && LONE_LABEL.matcher(line).matches()) {
                int next = nextText(physical, i);
                // Not onto a note's marker, alone or opening the next note: "74/229." (78/160) or
                // "1/1." (76/208 printed) ending a note's text is no label. Nor onto the meeting:
                // "14." alone atop the last page ends a sentence ("… Development Goal" / "14."), 77/242.
                if (next > 0 && !LONE_NUMBER.matcher(physical[next]).matches() && !NOTE_START.matcher(physical[next]).matches()
                        && !MEETING_LINE.matcher(physical[next]).matches()) {
                    line = line.strip() + " " + physical[next].strip();
                    row += next - i;
                    i = next;
                }
            }
            int gap = out.lines.isEmpty() || out.lines.get(out.lines.size() - 1).page() != page ? 0 : advanced;
            width = Math.max(width, out.add(line, number, page, row, gap, form == SourceForm.PDF_LAYOUT));
            advanced = 0;
        }
        if (!fedAndEmpty) {
            // pdftotext ends every page with a form feed, the last one too: the form feed that ends
            // the output, with nothing but white space after it, opens no page.
            out.endPage(width, row);
        }
        return out;
    }

    /** A word alone on its line, a call's number after it allowed ("Strategy, 2"); no symbol ("A/78/206."). */
    private static final Pattern SPREAD_WORD = Pattern.compile("\\s*[\\p{L}“\"‘(][\\p{L}\\p{N}’'\\-.,;:()”\"]*(?: \\d{1,3})?\\s*");
    /** A line of text long enough to stand before a spread line: more than half a printed line. */
    private static final int LONG_LINE = 50;

    /**
     * A justified line spread wide (a long word would not fit) comes out of plain pdftotext as its
     * words each on a line ("intergovernmental" / "organizations," / "regional" / "organizations,"
     * / "as" / "appropriate,", A/RES/78/184): three words or more alone on their lines, right
     * under a long line of text, go back on one line.
     */
    private static NumberedLines joinSpreadLines(NumberedLines in) {
        String[] lines = in.lines();
        List<String> out = new ArrayList<>(lines.length);
        List<Integer> numbers = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            boolean underText = i > 0 && lines[i - 1].strip().length() >= LONG_LINE && lines[i - 1].indexOf('\f') < 0;
            while (underText && end < lines.length && lines[end].indexOf('\f') < 0 && !lines[end].isBlank()
                    && SPREAD_WORD.matcher(lines[end]).matches() && !LONE_LABEL.matcher(lines[end]).matches()) {
                end++;
            }
            if (end - i >= 3) {
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < end; k++) {
                    joined.append(k > i ? " " : "").append(lines[k].strip());
                }
                out.add(joined.toString());
                numbers.add(in.numbers()[i]); // cited by the line of its first word
                i = end;
            } else {
                out.add(lines[i]);
                numbers.add(in.numbers()[i]);
                i++;
            }
        }
        return new NumberedLines(out.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A paragraph's opening word alone on its line, set in italics in the PDF: "Determined". */
    private static final Pattern LONE_WORD = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+\\s*");
    /** A paragraph's short last line that plain pdftotext printed right after the number: "17." / "session.". */
    private static final Pattern DISPLACED_LAST = Pattern.compile("\\S.{0,40}[.;,:]\\s*");

    /**
     * Plain pdftotext may print a paragraph's last line, when short, before its first: the number
     * alone, the last line, a blank line, then the rest of the paragraph. The last line is put
     * back at the end of the lines it belongs after, line numbers kept in reading order.
     *
     * <p>Where the paragraph's first line was spread wide to fill the measure, the rest comes as
     * its words in short pieces, each under a blank line ("Determined" / "disarmament," / "to" /
     * "work" / "collectively towards the realization" / "of nuclear", A/RES/78/27), and the
     * opening may be the first line's start ("Recalling also the recommencement of", 78/87): the
     * pieces go between the opening and the last line.
     */
    static String[] withDisplacedLastLinesRestored(String[] physical) {
        return restoreDisplacedLastLines(withRulesApart(physical).lines());
    }

    /** Restores displaced last lines in place; returns the same array. */
    private static String[] restoreDisplacedLastLines(String[] lines) {
        for (int i = 0; i + 3 < lines.length; i++) {
            // The blank lines first: they rule out nearly every line without a pattern tried.
            // A heading's word alone ("Environment") over a paragraph's number is no opening over its last line.
            if (!lines[i + 2].isBlank() || lines[i + 3].isBlank() || lines[i + 3].indexOf('\f') >= 0
                    || !DISPLACED_LAST.matcher(lines[i + 1]).matches() || LONE_LABEL.matcher(lines[i + 1]).matches()) {
                continue;
            }
            boolean opening = LONE_LABEL.matcher(lines[i]).matches() || LONE_WORD.matcher(lines[i]).matches();
            int pieces = spreadPieces(lines, i + 3);
            if (pieces > 0 && (opening || opensSpreadLine(lines, i))) {
                int end = i + 3 + 2 * (pieces - 1);
                String last = lines[i + 1];
                for (int k = 0; k < pieces; k++) {
                    lines[i + 1 + k] = lines[i + 3 + 2 * k];
                }
                lines[i + 1 + pieces] = last;
                java.util.Arrays.fill(lines, i + 2 + pieces, end + 1, "");
                i = end;
                continue;
            }
            if (!opening) {
                continue;
            }
            int end = i + 3;
            while (end + 1 < lines.length && !lines[end + 1].isBlank() && lines[end + 1].indexOf('\f') < 0
                    && !LONE_LABEL.matcher(lines[end + 1]).matches()) {
                end++;
            }
            String last = lines[i + 1];
            // label, rest of the paragraph, its last line, then the blank line
            System.arraycopy(lines, i + 3, lines, i + 1, end - i - 2);
            lines[end - 1] = last;
            lines[end] = "";
            i = end;
        }
        return lines;
    }

    /**
     * How many pieces of a spread line start at {@code from}: short lines in lower case, each
     * with a blank line under it (the last may end the page's text).
     */
    private static int spreadPieces(String[] lines, int from) {
        int pieces = 0;
        for (int k = from; k < lines.length && SPREAD_PIECE.matcher(lines[k]).matches()
                && (k + 1 == lines.length || lines[k + 1].isBlank() && lines[k + 1].indexOf('\f') < 0); k += 2) {
            pieces++;
        }
        return pieces;
    }

    /** A piece of a spread line: in lower case, shorter than a line. */
    private static final Pattern SPREAD_PIECE = Pattern.compile("\\s*\\p{Ll}[^\\f]{0,44}");

    /** The start of a paragraph's first line, capitalised and unfinished, after a line that ended a clause. */
    private static boolean opensSpreadLine(String[] lines, int i) {
        String line = lines[i].strip();
        return i > 0 && !line.isEmpty() && line.length() <= 45 && Character.isUpperCase(line.charAt(0))
                && !CLAUSE_END.matcher(line).find() && CLAUSE_END.matcher(lines[i - 1]).find();
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[.;,:]\\s*$");

    /** A note rule run into the line above it: "… report of the Secretary_____________", "… gender __________". */
    private static final Pattern RULE_RUN_IN = Pattern.compile("(.*[^_\\s])\\s*(_{5,})\\s*");

    /**
     * Plain pdftotext joins a line that ends with a hyphen to the next, even when the next is the
     * rule over a page's notes, and may run the rule into a line after a space (A/RES/78/144):
     * the rule is put back on a line of its own.
     */
    private static NumberedLines withRulesApart(String[] physical) {
        List<String> lines = new ArrayList<>(physical.length + 4);
        List<Integer> numbers = new ArrayList<>(physical.length + 4);
        for (int i = 0; i < physical.length; i++) {
            // Only a line with a rule's five underscores is tried: the pattern backtracks through every line.
            java.util.regex.Matcher m = physical[i].contains("_____") ? RULE_RUN_IN.matcher(physical[i]) : null;
            if (m != null && m.matches()) {
                lines.add(m.group(1));
                lines.add(m.group(2));
                // Both halves stand on one line of the file and are cited by it: the inserted
                // line must not shift the numbers of the lines after it.
                numbers.add(i + 1);
                numbers.add(i + 1);
            } else {
                lines.add(physical[i]);
                numbers.add(i + 1);
            }
        }
        return new NumberedLines(lines.toArray(String[]::new), numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Lines as put apart or together (run-in rules, spread lines), and for each the line of the file it came from. */
    private record NumberedLines(String[] lines, int[] numbers) {
    }

    /** The next line with text on the same page, or -1. */
    private static int nextText(String[] physical, int from) {
        for (int j = from + 1; j < physical.length && physical[j].indexOf('\f') < 0; j++) {
            if (!physical[j].isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** Adds the line, in parts when it has columns; returns the column where it ends. */
    private int add(String line, int number, int page, int row, int gap, boolean columns) {
        int end = line.stripTrailing().length();
        int start = 0;
        while (start < end && line.charAt(start) == ' ') {
            start++;
        }
        if (!columns) {
            lines.add(new SourceLine(StyledText.of(line.substring(start, end)), number, page, start, end, row, 0, gap));
            return end;
        }
        String text = line.substring(0, end);
        var gaps = COLUMN_GAP.matcher(text);
        int partStart = start;
        StringBuilder part = new StringBuilder();
        int copied = start;
        boolean first = true;
        while (gaps.find(copied)) {
            if (gaps.start() <= copied) {
                partStart = copied = gaps.end();
                continue;
            }
            part.append(text, copied, gaps.start());
            copied = gaps.end();
            if (runsOn(text, gaps.start(), gaps.end())) {
                // A justified line spread wide ("in              particular"): one part, one space.
                part.append(' ');
                continue;
            }
            lines.add(new SourceLine(StyledText.of(part.toString()), number, page, partStart, gaps.start(), row, 0, first ? gap : 0));
            part.setLength(0);
            first = false;
            partStart = copied;
        }
        part.append(text, copied, end);
        lines.add(new SourceLine(StyledText.of(part.toString()), number, page, partStart, end, row, 0, first ? gap : 0));
        return end;
    }

    /** Whether the words on both sides of a wide gap read on: a word or comma before, a lower-case word after. */
    private static boolean runsOn(String text, int gapStart, int gapEnd) {
        char before = text.charAt(gapStart - 1);
        char after = text.charAt(gapEnd);
        return (Character.isLetter(before) || before == ',') && Character.isLowerCase(after);
    }

    private void endPage(int width, int rows) {
        if (rows > 0) {
            pages.add(new PageSize(width, rows));
        }
    }
}
