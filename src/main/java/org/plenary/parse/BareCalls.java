package org.plenary.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.parse.Resolution.Note;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

/**
 * Calls pdftotext printed as bare numbers where the text names a numbered thing or a pair ("the
 * decision 21 to provide", "the Kyoto Protocol 107 on", "Islamophobia 17 and 27 January"). The scan
 * passes such numbers over, as they are the text's far more often than calls. Once it is done, a
 * note still uncalled is looked for where its call must stand, notes being numbered in order of
 * first call: after the call of the note before it and before the call of the note after it. Its
 * number standing there once, and only once, set off by a space or run into a word's last stop
 * ("The Africa We Want.11", which the scan takes for an abbreviation's number), is its call.
 */
final class BareCalls {
    /** After these the number is a reference of the text, never a call's: "paragraph 8, and", "Goal 14,", "Agenda 21". */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:paragraphs?|paras?\\.|articles?|chapters?|chap\\.|sections?|sect\\.|rules?|pages?|pp?\\.|annex(?:es)?|items?"
            + "|targets?|goals?|principles?|parts?|no\\.|vol\\.|agenda|" + NoteLinker.MONTH + ")\\s*$");
    /** Short words whose stop makes an abbreviation, with a number after it: "Corr.11", "para.14". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)corr|suppl|add|rev|vol|paras?|chap|sect|arts?|ibid|annex");
    /** Before these it is a day of a date, a range's start or a quantity: "21 December", "17 to 20", "5 per cent". */
    private static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^\\s*(?:(?:" + NoteLinker.MONTH + ")\\b|to \\d|[-–]\\s*\\d|" + NoteLinker.QUANTITY + ")");

    /** How far to look for a called neighbour: past a run of lost calls this long, nothing is known. */
    private static final int MAX_NEIGHBOUR = 200;

    private BareCalls() {
    }

    /**
     * Makes the note's bare number its call when it stands once, and only once, where the call must
     * be; tells whether it did.
     */
    static boolean place(Note note, List<TextUnit> units, Map<String, TextUnit> calledIn) {
        int number = Integer.parseInt(note.marker());
        Position from = callOf(number, -1, units, calledIn);
        Position to = callOf(number, +1, units, calledIn);
        if (from == null) {
            from = new Position(0, 0);
        }
        if (to == null) {
            to = new Position(lastBefore(note, units), Integer.MAX_VALUE);
        }
        Pattern spaced = Pattern.compile(NoteLinker.spacedNumber(String.valueOf(number)));
        Pattern glued = Pattern.compile("(?<=\\p{L}{4}[.,;:])(" + number + ")(?=\\s|$)");
        Candidate found = null;
        for (int u = from.unit(); u <= to.unit() && u < units.size(); u++) {
            String text = units.get(u).plain();
            int start = u == from.unit() ? Math.min(from.at(), text.length()) : 0;
            int end = u == to.unit() ? Math.min(to.at(), text.length()) : text.length();
            for (Pattern pattern : List.of(spaced, glued)) {
                Matcher m = pattern.matcher(text).region(start, end).useTransparentBounds(true);
                while (m.find()) {
                    if (pattern == spaced ? isTextNumber(text, m) : isAbbreviated(text, m.start(1) - 1)) {
                        continue;
                    }
                    if (found != null) {
                        return false; // twice: which is the call is not known
                    }
                    found = new Candidate(units.get(u), m.start(), m.end());
                }
            }
        }
        if (found == null) {
            return false;
        }
        StyledText content = found.unit().content();
        found.unit().content(StyledText.builder().append(content.substring(0, found.from())).call(note.marker())
                .append(content.substring(found.to())).build());
        calledIn.put(note.marker(), found.unit());
        return true;
    }

    /** Where a call was found: the characters it takes out of a unit's text (its digits, and the space before them). */
    private record Candidate(TextUnit unit, int from, int to) {
    }

    /** A reference's number ("paragraph 8"), a day ("21 December"), a range's start or a quantity. */
    private static boolean isTextNumber(String text, Matcher spaced) {
        String before = text.substring(Math.max(0, spaced.start() - 16), spaced.start());
        String after = text.substring(spaced.end(), Math.min(text.length(), spaced.end() + 12));
        return REFERENCE_BEFORE.matcher(before).find() || QUANTITY_AFTER.matcher(after).find();
    }

    /** The stop at {@code stop} ends an abbreviation or a symbol's part ("Corr.", "A/78/5/Add."), not a word. */
    private static boolean isAbbreviated(String text, int stop) {
        int wordStart = stop;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String token = text.substring(wordStart, stop);
        int letters = token.length();
        while (letters > 0 && Character.isLetter(token.charAt(letters - 1))) {
            letters--;
        }
        return token.contains("/") || ABBREVIATION.matcher(token.substring(letters)).matches();
    }

    private record Position(int unit, int at) {
    }

    /** Where the call of the nearest note before ({@code step} -1) or after (+1) the number stands, if any is called. */
    private static Position callOf(int number, int step, List<TextUnit> units, Map<String, TextUnit> calledIn) {
        for (int n = number + step; n >= 1 && Math.abs(n - number) <= MAX_NEIGHBOUR; n += step) {
            TextUnit unit = calledIn.get(String.valueOf(n));
            if (unit == null) {
                continue;
            }
            for (StyledText.Call call : unit.content().calls()) {
                if (call.marker().equals(String.valueOf(n))) {
                    return new Position(units.indexOf(unit), call.at());
                }
            }
            return null;
        }
        return null;
    }

    /** The last text before the note's body: its call cannot come after it. */
    private static int lastBefore(Note note, List<TextUnit> units) {
        int last = 0;
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).line() <= note.line()) {
                last = u;
            }
        }
        return last;
    }
}
