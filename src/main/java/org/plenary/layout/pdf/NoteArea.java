package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.layout.NoteBody;
import org.plenary.layout.StructurePatterns;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * The notes at a page's foot: the lines under the short rule. A note opens with its marker, set
 * raised at the start of its line in a PDF, or alone on a line of its own in the text pdftotext
 * makes of one; the lines after it, until the next marker, are the rest of its text. Lines before
 * the page's first marker carry on the last note of the page before. Plain pdftotext output may
 * print some markers after all the texts; those markers go, in their order, to the texts that
 * came without one.
 */
final class NoteArea {
    private static final Pattern RULE = Pattern.compile("\\s*[_\u2014\u2013-]{5,}\\s*");
    /** Where a text without a marker may end: a sentence's or a reference's end. */
    private static final Pattern ENDS_NOTE = Pattern.compile(".*[.;)\\]”\"]\\s*$");

    /** A line this much narrower than the page's measure is a note's last. */
    private static final float SHORT_OF_MEASURE = 0.6f;
    private final PageMetrics metrics;
    private final List<NoteBody> notes = new ArrayList<>();
    private final List<Entry> page = new ArrayList<>();
    /** Lines of a note area that belong to no note (no marker anywhere before them). */
    private final List<SourceLine> strays = new ArrayList<>();

    private record Entry(SourceLine line, StyledText text) {
        /** How far across the line runs: a note's last line is short of the measure. */
        float width() {
            return line.right() - line.left();
        }
    }

    /** A line's marker: raised at its start (a call at 0) or the whole line (pdftotext). */
    private record Marker(String marker, StyledText rest) {
    }

    NoteArea(PageMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Where the page's note area begins: the index of its rule, or the size of the list when the
     * page has none. In a PDF the rule has small type or a raised marker under it; in text, where
     * sizes are unknown, a rule in the page's lower half with lines under it is enough.
     */
    int start(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            SourceLine line = lines.get(i);
            if (RULE.matcher(line.plain()).matches() && i + 1 < lines.size()) {
                SourceLine next = lines.get(i + 1);
                boolean notesUnder = metrics.sized()
                        ? allSmall(lines, i + 1) || next.text().length() > 0 && next.text().has(0, StyledText.SUPERSCRIPT)
                        : i * 2 >= lines.size() || markerWithin(lines, i + 1, 6);
                if (notesUnder) {
                    return i;
                }
            }
        }
        // No rule: the small lines after the last line in body type, when the first opens with a marker.
        int first = lines.size();
        while (first > 0 && metrics.isSmall(lines.get(first - 1).size())) {
            first--;
        }
        if (first < lines.size() && first > 0 && opensWithMarker(RaisedMarkers.toCalls(lines.get(first).text()))) {
            return first;
        }
        return lines.size();
    }

    /**
     * Whether a note's marker opens one of the few lines after a rule (plain pdftotext may print a
     * text first), alone, apart from its text, or one space from it ("8 Ibid., chap. V."): a page
     * holding many notes has its rule in its upper half.
     */
    private static boolean markerWithin(List<SourceLine> lines, int from, int count) {
        for (int i = from; i < Math.min(lines.size(), from + count); i++) {
            if (markerOf(lines.get(i).text()) != null || CLOSE_MARKER.matcher(lines.get(i).plain().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean allSmall(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!metrics.isSmall(lines.get(i).size())) {
                return false;
            }
        }
        return true;
    }

    static boolean isRule(SourceLine line) {
        return RULE.matcher(line.plain()).matches();
    }

    private static boolean opensWithMarker(StyledText text) {
        return !text.calls().isEmpty() && text.calls().get(0).at() == 0;
    }

    private static Marker markerOf(StyledText text) {
        if (opensWithMarker(text)) {
            return new Marker(text.calls().get(0).marker(), text.withoutLeadingCalls().strip());
        }
        String plain = text.text().strip();
        if (isNumber(plain)) {
            return new Marker(plain, StyledText.EMPTY);
        }
        java.util.regex.Matcher inline = INLINE_MARKER.matcher(plain);
        if (inline.matches()) {
            int group = inline.group(1) != null ? 1 : 3;
            return new Marker(inline.group(group), text.strip().substring(inline.start(group + 1)));
        }
        return null;
    }

    /**
     * The next note's marker set one space from its text ("45 See ISBA/26/A/19."), after a note
     * that ended: one space alone could be a number opening a note's next line ("12 August
     * 1949"), but not one that counts on from the last marker. The document's first note, right
     * under the rule, counts on from none: a resolution in parts may number its notes on from the
     * part before ("2", 75/245 B).
     */
    private static Marker nextMarkerSetClose(StyledText text, String last, boolean underRule) {
        java.util.regex.Matcher close = CLOSE_MARKER.matcher(text.text().strip());
        if (!close.matches() || !isNumber(last)) {
            return null;
        }
        int number = Integer.parseInt(close.group(1));
        if (last.equals("0") && underRule ? number < 1 : number != Integer.parseInt(last) + 1) {
            return null;
        }
        return new Marker(close.group(1), text.strip().substring(close.start(2)));
    }

    /** A note's number: up to three digits ("12"), not a symbol ("*"). */
    private static boolean isNumber(String marker) {
        return !marker.isEmpty() && marker.length() <= 3 && marker.chars().allMatch(Character::isDigit);
    }

    /**
     * The next number, a space and a note's first word: a capital, a quotation, a parenthesis, a
     * link, or a year ("1995 Review and Extension Conference …").
     */
    private static final Pattern CLOSE_MARKER = Pattern.compile("(\\d{1,3}) ((?:\\p{Lu}|[“\"‘(]|https?://|www\\.|\\d{4} ).*)");

    /**
     * A marker set on the note's first line, apart from its text by two spaces or more ("12
     * Resolution 70/1."), or a symbol by one ("* Reissued for technical reasons …").
     */
    private static final Pattern INLINE_MARKER = Pattern.compile("(\\d{1,3}) {2,}(\\S.*)|([*†‡]{1,3}) +(\\S.*)");

    /** Takes one line of the page's note area (its calls already read). */
    void add(SourceLine source, StyledText text) {
        page.add(new Entry(source, text));
    }

    /**
     * A note opened by its marker on this page: its lines, the marker's own first (its text after
     * the marker, empty when the marker stands alone), then the lines that follow.
     */
    private record Opened(String marker, int line, StyledText first, List<Entry> more) {
        int lines() {
            return more.size() + 1;
        }

        StyledText text(int k) {
            return k == 0 ? first : more.get(k - 1).text();
        }

        /** The note of lines {@code from} (inclusive) to {@code to} (exclusive). */
        NoteBody body(String marker, int from, int to) {
            StyledText.Builder text = StyledText.builder();
            for (int k = from; k < to; k++) {
                join(text, text(k));
            }
            return new NoteBody(marker, text.build().collapseWhitespace(), from == 0 ? line : more.get(from - 1).line().number());
        }
    }

    /** The page's note area is complete: its lines become notes. */
    void endPage() {
        List<Opened> opened = new ArrayList<>();
        List<Entry> unmarked = new ArrayList<>();
        List<Entry> trailing = new ArrayList<>();
        Opened current = null;
        // The measure: the body's, or the widest note line where that is wider.
        float widest = 0;
        for (Entry entry : page) {
            int number = entry.line().page();
            widest = Math.max(widest, Math.max(entry.width(), metrics.rightMargin(number) - metrics.leftMargin(number)));
        }
        for (int i = 0; i < page.size(); i++) {
            Entry entry = page.get(i);
            Marker m = markerOf(entry.text());
            // Right under the rule the next number opens its note even when the note before seems
            // to go on: plain pdftotext may print a wide line's last words after the page's foot.
            // A note whose last line ends with no stop ("See A/CONF.157/24 (Part I), chap. III")
            // has ended if that line stops well short of the measure: going on, it would have filled it.
            if (m == null && (i == 0 || (current == null ? notes.isEmpty() || ENDS_NOTE.matcher(notes.get(notes.size() - 1).text().text()).matches()
                    : ENDS_NOTE.matcher(lastText(current)).matches() || page.get(i - 1).width() < SHORT_OF_MEASURE * widest))) {
                m = nextMarkerSetClose(entry.text(), current != null ? current.marker() : notes.isEmpty() ? "0" : notes.get(notes.size() - 1).marker(),
                        i == 0);
            }
            if (m != null) {
                boolean leads = !m.rest().isEmpty() || i + 1 < page.size() && markerOf(page.get(i + 1).text()) == null;
                if (leads && trailing.isEmpty()) {
                    current = new Opened(m.marker(), entry.line().number(), m.rest(), new ArrayList<>());
                    opened.add(current);
                } else {
                    trailing.add(entry);
                }
            } else if (current == null) {
                unmarked.add(entry);
            } else {
                current.more().add(entry);
            }
        }
        List<List<Entry>> groups = groups(unmarked, trailing.size());
        // Markers printed after the texts go, in their order, to the last texts without one; any
        // texts before those carry on the last note of the page before.
        trailing.sort(Comparator.comparingInt(e -> Integer.parseInt(markerOf(e.text()).marker())));
        // With no note before, nothing is carried on: a text cut where a clause ends ("… (A/78/13);" /
        // "and ibid., …", A/RES/78/73) is one text.
        while (notes.isEmpty() && !trailing.isEmpty() && groups.size() > trailing.size()) {
            groups.get(1).addAll(0, groups.remove(0));
        }
        int carried = Math.max(0, groups.size() - trailing.size());
        for (int g = 0; g < carried; g++) {
            carryOn(groups.get(g));
        }
        List<NoteBody> early = new ArrayList<>();
        for (int g = carried; g < groups.size(); g++) {
            List<Entry> group = groups.get(g);
            StyledText.Builder text = StyledText.builder();
            group.forEach(e -> join(text, e.text()));
            Entry mark = trailing.get(g - carried);
            early.add(new NoteBody(markerOf(mark.text()).marker(), text.build().collapseWhitespace(), group.get(0).line().number()));
        }
        List<NoteBody> bodies = new ArrayList<>();
        java.util.Set<String> unplaced = new java.util.HashSet<>();
        for (Entry mark : trailing.subList(Math.min(trailing.size(), groups.size() - carried), trailing.size())) {
            unplaced.add(markerOf(mark.text()).marker());
        }
        for (Opened note : opened) {
            bodies.addAll(withTextsOfUnplacedMarkers(note, unplaced));
        }
        notes.addAll(early);
        notes.addAll(bodies);
        page.clear();
    }

    private static String lastText(Opened note) {
        return note.more().isEmpty() ? note.first().text() : note.more().get(note.more().size() - 1).text().text();
    }

    /**
     * The note, and the note of a marker printed after the texts that found no text of its own,
     * when its marker counts on from this one: plain pdftotext printed that note's text right
     * under this one's ("1" / "United Nations, Treaty Series, …" / "Resolutions 75/239 …" / … /
     * "2", A/RES/78/272), and so on for the marker after it (78/69: "45 See …", "Ibid.", "See …",
     * then "46", "47"). Each text starts after the first line that ends the one before short of
     * the measure.
     */
    private static List<NoteBody> withTextsOfUnplacedMarkers(Opened note, java.util.Set<String> unplaced) {
        if (unplaced.isEmpty() || !isNumber(note.marker())) {
            return List.of(note.body(note.marker(), 0, note.lines()));
        }
        float widest = 0;
        for (Entry e : note.more()) {
            widest = Math.max(widest, e.width());
        }
        // Each cut gives the rest to the next marker, as long as the next is one printed after the texts.
        List<NoteBody> bodies = new ArrayList<>();
        String marker = note.marker();
        int from = 0;
        for (int k = 0; k + 1 < note.lines(); k++) {
            String next = String.valueOf(Integer.parseInt(marker) + 1);
            if (!unplaced.contains(next)) {
                break;
            }
            String text = note.text(k).text();
            // The marker's own line has no width of its own to measure: its text ending is enough.
            boolean endsShort = !text.isBlank() && ENDS_NOTE.matcher(text).matches()
                    && (k == 0 || note.more().get(k - 1).width() < 0.9f * widest);
            if (endsShort) {
                bodies.add(note.body(marker, from, k + 1));
                marker = next;
                from = k + 1;
            }
        }
        bodies.add(note.body(marker, from, note.lines()));
        return bodies;
    }

    /** The rest of the last note, printed at the top of the next page's note area. */
    private void carryOn(List<Entry> group) {
        if (notes.isEmpty()) {
            group.forEach(e -> strays.add(e.line()));
            return;
        }
        NoteBody last = notes.remove(notes.size() - 1);
        StyledText.Builder text = StyledText.builder().append(last.text());
        group.forEach(e -> join(text, e.text()));
        notes.add(new NoteBody(last.marker(), text.build().collapseWhitespace(), last.line()));
    }

    /**
     * Lines without a marker cut into texts where a text may end, as many as there are markers
     * for them when possible; with none, all of them carry on. A line that runs to the full
     * measure goes on, though it ends in a full stop ("… (United Nations publication, Sales No." /
     * "E.94.I.18 …", A/RES/78/232), unless the texts would then be fewer than the markers.
     */
    private static List<List<Entry>> groups(List<Entry> lines, int wanted) {
        if (lines.isEmpty()) {
            return new ArrayList<>();
        }
        if (wanted == 0) {
            List<List<Entry>> all = new ArrayList<>();
            all.add(lines);
            return all;
        }
        float widest = 0;
        for (Entry entry : lines) {
            widest = Math.max(widest, entry.width());
        }
        List<List<Entry>> groups = cut(lines, 0.9f * widest);
        return groups.size() >= wanted ? groups : cut(lines, Float.MAX_VALUE);
    }

    /** The lines cut after each that ends like a text and is narrower than {@code full}. */
    private static List<List<Entry>> cut(List<Entry> lines, float full) {
        List<List<Entry>> groups = new ArrayList<>();
        List<Entry> group = new ArrayList<>();
        for (Entry entry : lines) {
            group.add(entry);
            if (ENDS_NOTE.matcher(entry.text().text()).matches() && entry.width() < full) {
                groups.add(group);
                group = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static void join(StyledText.Builder text, StyledText more) {
        StyledText line = more.strip();
        if (text.length() > 0 && (!text.endsInBrokenWord() || StructurePatterns.goesOnSuspendedHyphen(line.text()))) {
            text.append(" ");
        }
        text.append(line);
    }

    List<NoteBody> finish() {
        if (!page.isEmpty()) {
            endPage();
        }
        return notes;
    }

    /** Lines of note areas that no note could take: kept as text rather than lost. */
    List<SourceLine> strays() {
        return strays;
    }
}
