package org.plenary.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.layout.Table;
import org.plenary.source.StyledText;

/**
 * What the parser recognised: metadata, formula, preambular and operative paragraphs, notes.
 * Paragraph texts are styled text: note calls and italics travel with them until the Akoma
 * Ntoso builder turns them into elements.
 */
public final class Resolution {
    public enum Kind { RESOLUTION, DRAFT_RESOLUTION }

    /**
     * A piece of text that may carry note calls and italics, in reading order. Continuations are
     * appended to a builder, and the questions the parser asks about its end are answered from the
     * end, so a paragraph joined from many blocks costs linear time.
     */
    public static class TextUnit {
        private StyledText.Builder buffer;
        private StyledText content;
        private final int line;

        public TextUnit(StyledText content, int line) {
            this.content = content;
            this.line = line;
        }

        /** The text with its styles and calls. */
        public StyledText content() {
            if (buffer != null) {
                content = buffer.build();
                buffer = null;
            }
            return content;
        }

        /** The text as a reader sees it. */
        public String plain() {
            return content().text();
        }

        public void content(StyledText value) {
            buffer = null;
            content = value;
        }

        /** Adds a continuation, with a space between (italic between two italic words). */
        public void append(StyledText more) {
            if (buffer == null) {
                buffer = StyledText.builder().append(content);
            }
            byte style = more.length() > 0 && (buffer.lastStyle() & StyledText.ITALIC) != 0 && more.has(0, StyledText.ITALIC)
                    ? StyledText.ITALIC : StyledText.PLAIN;
            buffer.append(" ", style).append(more);
            content = null;
        }

        /** The last character a reader sees (spaces skipped), or 0 when there is none. */
        public char lastVisible() {
            CharSequence text = buffer != null ? buffer.build() : content;
            for (int i = text.length() - 1; i >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return text.charAt(i);
                }
            }
            return 0;
        }

        /**
         * Whether the text ends a clause or sentence (";", ".", ":"), also when a note call not yet
         * recognised is run into its end ("Programme of Action:1", as Word exports print calls) or
         * set apart by a space ("… 2023; 3", as pdftotext prints them).
         */
        public boolean endsClause() {
            if (";.:".indexOf(lastVisible()) >= 0) {
                return true;
            }
            String text = plain();
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int digits = 0;
            while (digits < 3 && end - digits > 1 && Character.isDigit(text.charAt(end - digits - 1))) {
                digits++;
            }
            // pdftotext sets a call apart by a space: "… 2023; 3".
            int before = end - digits - 1;
            while (digits > 0 && before > 0 && text.charAt(before) == ' ') {
                before--;
            }
            return digits > 0 && ";.:".indexOf(text.charAt(before)) >= 0;
        }

        public int line() { return line; }
    }

    public static final class Preambular extends TextUnit {
        private final String opening;

        public Preambular(String opening, StyledText text, int line) {
            super(text, line);
            this.opening = opening;
        }

        /** The italic opening phrase, e.g. "Recalling also". */
        public String opening() { return opening; }
    }

    /**
     * A group of operative paragraphs: "I" or "A", headings, recitals of its own. Its heading
     * lines are kept as printed, one per line: the number alone ("I"), the number with a title
     * ("II. Programme budget"), or a title ("Budget estimates for …").
     */
    public static final class Group {
        private final String num;
        private final List<HeadingLine> lines = new ArrayList<>();
        private final List<Preambular> recitals = new ArrayList<>();

        public Group(String num) {
            this.num = num;
        }

        /** The printed number ("I", "B"), or null for a heading without one. */
        public String num() { return num; }
        public List<HeadingLine> lines() { return lines; }
        /** Whether a title has been printed for the group (not just its number). */
        public boolean hasTitle() {
            return lines.stream().anyMatch(line -> line.title() != null);
        }
        public List<Preambular> recitals() { return recitals; }
    }

    /** A heading line of a group: the number printed on it as printed ("II."), its title, or both. */
    public record HeadingLine(String num, TextUnit title) {
    }

    /** An operative paragraph or a point: its printed number, its own text, its points, text after them. */
    public static final class Numbered extends TextUnit {
        private final String num;
        private final String opening;
        private final List<Numbered> points = new ArrayList<>();
        private TextUnit wrapUp;
        private Group group;
        private String label;
        private final List<PrintedTable> tables = new ArrayList<>();

        public Numbered(String num, String opening, StyledText text, int line) {
            super(text, line);
            this.num = num;
            this.opening = opening;
        }

        /** The printed number without punctuation: "8", "a", "ii"; null for an unnumbered paragraph. */
        public String num() { return num; }
        /** The number as printed when it is not the usual form ("1." for an item of an agenda), or null. */
        public String label() { return label; }
        public void label(String value) { this.label = value; }
        public String opening() { return opening; }
        public List<Numbered> points() { return points; }
        public TextUnit wrapUp() { return wrapUp; }
        public void wrapUp(TextUnit value) { this.wrapUp = value; }
        /** The group the paragraph belongs to, or null. */
        public Group group() { return group; }
        public void group(Group value) { this.group = value; }
        /** The tables printed under the paragraph's text ("as set out in the table below:"). */
        public List<PrintedTable> tables() { return tables; }
    }

    /**
     * A table the page printed: its rows and cells as printed. As a text unit it is the cells' text
     * in reading order, which the word count and the notes' calls read.
     */
    public static final class PrintedTable extends TextUnit {
        private final Table table;

        public PrintedTable(Table table, int line) {
            super(table.text(), line);
            this.table = table;
        }

        public Table table() { return table; }
    }

    /** An annex: its heading as printed ("Annex I") and its paragraphs and tables. */
    public static final class Annex {
        private final TextUnit heading;
        private final List<TextUnit> paragraphs = new ArrayList<>();

        public Annex(TextUnit heading) {
            this.heading = heading;
        }

        public TextUnit heading() { return heading; }
        public List<TextUnit> paragraphs() { return paragraphs; }
    }

    public record Note(String marker, StyledText text, int line) {
    }

    public record PrintedDate(LocalDate date, String printed) {
    }

    /** Text set aside as not the resolution's, with the source line it starts on and where it stood ("before the resolution"). */
    public record SetAside(String text, int line, String where) {
    }

    private Kind kind = Kind.RESOLUTION;
    private String organ = "General Assembly";
    private String symbol;
    private boolean symbolPrinted;
    private String heading;
    private String sponsors;
    private final List<String> coverLines = new ArrayList<>();
    private String number;
    private TextUnit title;
    private String session;
    private String agendaItem;
    private String committeeLine;
    private String committeeReport;
    private PrintedDate distributionDate;
    private PrintedDate adoptionDate;
    private String meeting;
    private TextUnit formula;
    private final List<Preambular> preamble = new ArrayList<>();
    private final List<Numbered> operative = new ArrayList<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final List<Annex> annexes = new ArrayList<>();
    /** Source words a repair changed ("Takingnote", "fourthS"): accounted for, though no longer in the text. */
    private final List<String> repairedWords = new ArrayList<>();
    /** Text recognised as not part of the resolution (publisher furniture, document codes). */
    private final List<SetAside> setAside = new ArrayList<>();

    public Kind kind() { return kind; }
    public void kind(Kind value) { this.kind = value; }
    public String organ() { return organ; }
    public void organ(String value) { this.organ = value; }
    public String symbol() { return symbol; }
    public void symbol(String value) { this.symbol = value; }
    /** False when the symbol was derived from the number or a running header, not printed on the cover. */
    public boolean symbolPrinted() { return symbolPrinted; }
    public void symbolPrinted(boolean value) { this.symbolPrinted = value; }
    public String heading() { return heading; }
    /** A draft's sponsors, as listed before "draft resolution". */
    public String sponsors() { return sponsors; }
    public void sponsors(String value) { this.sponsors = value; }
    public void heading(String value) { this.heading = value; }
    /** Cover lines read for metadata, as printed. */
    public List<String> coverLines() { return coverLines; }
    public String number() { return number; }
    public void number(String value) { this.number = value; }
    public TextUnit title() { return title; }
    public void title(TextUnit value) { this.title = value; }
    public String session() { return session; }
    public void session(String value) { this.session = value; }
    public String agendaItem() { return agendaItem; }
    public void agendaItem(String value) { this.agendaItem = value; }
    public String committeeLine() { return committeeLine; }
    public void committeeLine(String value) { this.committeeLine = value; }
    public String committeeReport() { return committeeReport; }
    public void committeeReport(String value) { this.committeeReport = value; }
    public PrintedDate distributionDate() { return distributionDate; }
    public void distributionDate(PrintedDate value) { this.distributionDate = value; }
    public PrintedDate adoptionDate() { return adoptionDate; }
    public void adoptionDate(PrintedDate value) { this.adoptionDate = value; }
    public String meeting() { return meeting; }
    public void meeting(String value) { this.meeting = value; }
    public TextUnit formula() { return formula; }
    public void formula(TextUnit value) { this.formula = value; }
    public List<Preambular> preamble() { return preamble; }
    public List<Numbered> operative() { return operative; }
    public Map<String, Note> notes() { return notes; }
    public List<Annex> annexes() { return annexes; }
    public List<SetAside> setAside() { return setAside; }
    public List<String> repairedWords() { return repairedWords; }

    /** Every text that can carry a note call, in reading order. */
    public List<TextUnit> textUnitsInOrder() {
        List<TextUnit> units = new ArrayList<>();
        if (title != null) {
            units.add(title);
        }
        if (formula != null) {
            units.add(formula);
        }
        units.addAll(preamble);
        Group current = null;
        for (Numbered paragraph : operative) {
            if (paragraph.group() != null && paragraph.group() != current) {
                current = paragraph.group();
                for (HeadingLine line : current.lines()) {
                    if (line.title() != null) {
                        units.add(line.title());
                    }
                }
                units.addAll(current.recitals());
            }
            addNumbered(paragraph, units);
        }
        for (Annex annex : annexes) {
            units.addAll(annex.paragraphs());
        }
        return units;
    }

    private static void addNumbered(Numbered unit, List<TextUnit> units) {
        units.add(unit);
        for (Numbered point : unit.points()) {
            addNumbered(point, units);
        }
        if (unit.wrapUp() != null) {
            units.add(unit.wrapUp());
        }
        units.addAll(unit.tables());
    }
}
