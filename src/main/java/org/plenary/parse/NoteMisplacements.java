package org.plenary.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.NoteBody;
import org.plenary.lexicon.Lexicon;
import org.plenary.pipeline.Warning;

/**
 * Notes that hold body text. A note is a reference or a remark: it ends with a full stop (3,136 of
 * the 3,138 notes of the 312 real resolutions of session 78, the other two with "annex I" and a
 * number) and opens no paragraph. A note that opens like a paragraph ("12. Requests …", a recital
 * that ends with its comma) is body text taken for a note ({@code note-holds-body}); a note that
 * goes on, after a sentence of its own, into a paragraph's opening, or that ends as a clause does
 * (",", ";"), as none of the 3,138 does, took in the paragraph after it ({@code note-runs-on}); the
 * warning says so when the note is also far longer than the notes around it.
 */
public final class NoteMisplacements {
    private static final Lexicon PREAMBULAR = Lexicon.preambular();
    private static final Lexicon OPERATIVE = Lexicon.operative();
    /** "12. ", "3 . ": the number that opens an operative paragraph. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^(\\d{1,3})\\s?\\.\\s+");
    /** Where a sentence or clause ends inside a note and something else may begin. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:]\\s+(?=\\S)");
    /** A note longer than this many times the longest of its neighbours, and than {@link #LONG_WORDS}, is far longer than they. */
    private static final int LONGER_THAN_NEIGHBOURS = 4;
    /** Long notes that are notes (lists of conventions, of bodies) run to 217 words; a note of a few dozen words is ordinary. */
    private static final int LONG_WORDS = 40;
    private static final int QUOTE = 60;

    private NoteMisplacements() {
    }

    public static List<Warning> check(List<NoteBody> notes) {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            NoteBody note = notes.get(i);
            String text = note.text().text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String opening = paragraphOpening(text);
            if (opening != null) {
                warnings.add(new Warning("note-holds-body", note.line(), "Note " + note.marker() + " (line " + note.line()
                        + ") reads like " + opening + ": \"" + quote(text) + "\". Check that this paragraph is in the body, "
                        + "not among the notes."));
                continue;
            }
            String runOn = runOn(text, notes, i);
            if (runOn != null) {
                warnings.add(new Warning("note-runs-on", note.line(), "Note " + note.marker() + " (line " + note.line() + ") " + runOn
                        + ". Check that the paragraph after the note's call is complete in the body."));
            }
        }
        return warnings;
    }

    /** What paragraph the note's text opens like, or null when it opens as a note does. */
    private static String paragraphOpening(String text) {
        Matcher number = PARAGRAPH_NUMBER.matcher(text);
        // A number, a full stop and an operative verb open operative paragraph 12; no reference opens so.
        if (number.lookingAt() && OPERATIVE.openingOf(text.substring(number.end())).isPresent()) {
            return "operative paragraph " + number.group(1);
        }
        // A recital or an operative paragraph ends with its comma or semicolon; a note quoting one ends with a full stop.
        if (endsAsClause(text) && PREAMBULAR.openingOf(text).isPresent()) {
            return "a preambular paragraph";
        }
        if (endsAsClause(text) && OPERATIVE.openingOf(text).isPresent()) {
            return "an operative paragraph";
        }
        return null;
    }

    /** How the note runs on into body text, or null when it does not. */
    private static String runOn(String text, List<NoteBody> notes, int index) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String rest = text.substring(end.end());
            Matcher number = PARAGRAPH_NUMBER.matcher(rest);
            // After the note's own sentence, "12. Requests …" is the next operative paragraph.
            if (number.lookingAt() && OPERATIVE.openingOf(rest.substring(number.end())).isPresent()) {
                return "runs on into what reads like operative paragraph " + number.group(1) + ": \"" + quote(rest) + "\"";
            }
            // After a full stop, a recital's opening ("Recalling", "Noting with concern") is the next recital.
            if (text.charAt(end.start()) != ':' && PREAMBULAR.openingOf(rest).isPresent() && rest.length() > 40) {
                return "runs on into what reads like a preambular paragraph: \"" + quote(rest) + "\"";
            }
        }
        // A note ends with a full stop; one that ends as a clause does (",", ";") took in the start of a paragraph.
        if (endsAsClause(text)) {
            int words = words(text);
            int neighbours = Math.max(index > 0 ? words(notes.get(index - 1).text().text()) : 0,
                    index + 1 < notes.size() ? words(notes.get(index + 1).text().text()) : 0);
            String length = words > LONG_WORDS && words > LONGER_THAN_NEIGHBOURS * neighbours
                    ? ", and at " + words + " words is far longer than the notes around it" : "";
            return "ends as a paragraph's clause does, not with a note's full stop" + length + ": \"…"
                    + text.substring(Math.max(0, text.length() - QUOTE)) + "\"";
        }
        return null;
    }

    private static boolean endsAsClause(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ';' || last == ':';
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String quote(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1) + "…";
    }
}
