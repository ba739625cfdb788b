package org.plenary.layout;

import java.util.regex.Pattern;

/**
 * The line shapes that start a new part of a resolution. Shared by layout (so hard-wrapped lines
 * are never joined across a structural start) and by the parser's recognisers.
 */
public final class StructurePatterns {
    /**
     * The start of "12. Decides …" (also OCR'd "12 . Decides"): the number and the space after it.
     * Used with lookingAt; the paragraph's text is what follows the match. A "(.*)$" for the text
     * would walk every paragraph to its end only to take all of it.
     */
    public static final Pattern OPERATIVE_START = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s?\\.(?:\\s+|(?=\\p{Lu}))");
    /** The start of "(a) …", "(ii) …", "(aa) …": the label and the space after it, as OPERATIVE_START. */
    public static final Pattern POINT_START = Pattern.compile("^\\s*\\(([a-z]{1,2}|[ivxl]{1,6})\\)\\s+");
    public static final Pattern FORMULA = Pattern.compile(
            "^\\s*\\*?\\s*(The ?(?:General ?Assembly|Security ?Council|Economic and Social Council|Human Rights Council|Trusteeship Council))\\s*\\*?\\s*(,)?\\s*\\*?\\s*$");
    public static final Pattern MEETING = Pattern.compile(
            "^\\s*\\*?\\s*(\\d{1,4}(?:st|nd|rd|th)(?: ?\\(resumed\\)| resumed)? ?plenary ?meeting(?: ?\\(resumed\\))?)\\s*[,.]?\\s*(.*?)\\s*\\*?\\s*$",
            Pattern.CASE_INSENSITIVE);
    public static final Pattern COMMITTEE_LINE = Pattern.compile("^\\s*\\[\\s*(on the report|without reference)", Pattern.CASE_INSENSITIVE);
    /**
     * The adoption heading's opening, in any case ("RESOLUTION ADOPTED BY THE …") but capitalised:
     * a wrapped sentence may go on "resolution adopted by the General Assembly, on 24 January 1946".
     */
    public static final Pattern HEADING = Pattern.compile("^\\s*(?=[DR])(draft )?resolution adopted by the", Pattern.CASE_INSENSITIVE);
    /** A group's number alone on its line: "I", "B.", "Part II". */
    public static final Pattern GROUP_NUMBER = Pattern.compile("^(?:Part\\s+)?([IVXL]{1,6}|[A-H])\\.?$");
    /**
     * A budget section's number alone on its line, its title on the next: "Section 29A",
     * "Income section 2" (the programme budget's resolutions).
     */
    public static final Pattern SECTION_NUMBER = Pattern.compile("^(?:Section|Income section)\\s+\\d{1,3}[A-Z]?$");
    /** An annex's heading alone on its line: "Annex", "Annex II", "ANNEX B". */
    public static final Pattern ANNEX_HEADING = Pattern.compile("^\\s*(?:Annex|ANNEX)(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-H]))?\\.?\\s*$");

    private static final Pattern ORDINAL_GLUED = Pattern.compile("(?<=\\d(?:st|nd|rd|th))(?=[(p])");
    private static final Pattern PARENTHESIS_GLUED = Pattern.compile("\\)(?=p)");
    private static final Pattern PLENARY_MEETING = Pattern.compile("plenary ?meeting");
    private static final Pattern MEETING_GLUED = Pattern.compile("meeting(?=\\()");

    private StructurePatterns() {
    }

    /**
     * A line that goes on a suspended hyphen ("cell-" then "and gene-based therapies", "troop-" then
     * "and police-contributing"): the hyphen belongs to the word before, not to a word broken at
     * the line's end, so the space stays.
     */
    private static final Pattern SUSPENDED_HYPHEN = Pattern.compile("(?:and|or|nor|to) [\\p{L}\\d]+-\\p{L}");

    /** Whether the line, after a line that ends in a hyphen, takes up a suspended hyphen's compound. */
    public static boolean goesOnSuspendedHyphen(CharSequence line) {
        return SUSPENDED_HYPHEN.matcher(line).lookingAt();
    }

    /**
     * "* * *" or "***" alone, between parts of a text: a paragraph of its own, never the end of the
     * paragraph before it. Three stars at least: one alone may be a call set on a line of its own.
     */
    public static boolean isSeparator(CharSequence line) {
        int stars = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '*') {
                stars++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return stars >= 3;
    }

    /** Structure is recognised on the text a reader sees: italics and note calls do not count. */
    public static boolean isFormula(CharSequence line) {
        return line.toString().contains("The") && FORMULA.matcher(line).matches();
    }

    /** The meeting as printed, with spaces OCR lost put back: "30th plenarymeeting" → "30th plenary meeting". */
    public static String meetingName(String matched) {
        String spaced = ORDINAL_GLUED.matcher(matched).replaceAll(" ");
        spaced = PARENTHESIS_GLUED.matcher(spaced).replaceAll(") ");
        spaced = PLENARY_MEETING.matcher(spaced).replaceAll("plenary meeting");
        return MEETING_GLUED.matcher(spaced).replaceAll("meeting ");
    }

    public static boolean startsStructure(CharSequence text) {
        String line = text.toString();
        // Each shape needs something most lines lack; the patterns run only on lines that have it.
        int start = firstNonSpace(line);
        if (start == line.length()) {
            return false;
        }
        char first = line.charAt(start);
        return Character.isDigit(first) && OPERATIVE_START.matcher(line).lookingAt()
                || first == '(' && POINT_START.matcher(line).lookingAt()
                || line.contains("The") && FORMULA.matcher(line).matches()
                || (Character.isDigit(first) || first == '*') && MEETING.matcher(line).matches()
                || first == '[' && COMMITTEE_LINE.matcher(line).find()
                || (first == 'D' || first == 'R') && HEADING.matcher(line).find()
                || first == 'A' && line.length() < 20 && ANNEX_HEADING.matcher(line).matches();
    }

    /**
     * Whether a pattern of one character then "$" finds a match in the text, searching only its
     * last three characters: "$" matches at the end or before a final line break ("\\r\\n" is
     * two), so a match can begin nowhere else.
     */
    public static boolean endsWith(Pattern characterThenEnd, String text) {
        return characterThenEnd.matcher(text).region(Math.max(0, text.length() - 3), text.length()).find();
    }

    /** Whether the text's last character is one of the given ones. */
    public static boolean lastIsOneOf(String text, String characters) {
        return !text.isEmpty() && characters.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Where a line's text ends: the index of its last character that is not white space, or -1. */
    public static int lastNonSpace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Where a line's text begins: the length of its leading white space. */
    public static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
