package org.plenary.layout;

import java.util.regex.Pattern;

/**
 * The line shapes that start a new part of a resolution. Shared by layout (so hard-wrapped lines
 * are never joined across a structural start) and by the parser's recognisers.
 */
public final class StructurePatterns {
    /** "12. Decides …" (also OCR'd "12 . Decides"). */
    public static final Pattern OPERATIVE = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s?\\.(?:\\s+|(?=\\p{Lu}))(.*)$", Pattern.DOTALL);
    /** "(a) …", "(ii) …", "(aa) …". */
    public static final Pattern POINT = Pattern.compile("^\\s*\\(([a-z]{1,2}|[ivxl]{1,6})\\)\\s+(.*)$", Pattern.DOTALL);
    public static final Pattern FORMULA = Pattern.compile(
            "^\\s*\\*?\\s*(The ?(?:General ?Assembly|Security ?Council|Economic and Social Council|Human Rights Council|Trusteeship Council))\\s*\\*?\\s*(,)?\\s*\\*?\\s*$");
    public static final Pattern MEETING = Pattern.compile(
            "^\\s*\\*?\\s*(\\d{1,4}(?:st|nd|rd|th)(?: ?\\(resumed\\)| resumed)? ?plenary ?meeting(?: ?\\(resumed\\))?)\\s*[,.]?\\s*(.*?)\\s*\\*?\\s*$",
            Pattern.CASE_INSENSITIVE);
    public static final Pattern COMMITTEE_LINE = Pattern.compile("^\\s*\\[\\s*(on the report|without reference)", Pattern.CASE_INSENSITIVE);
    public static final Pattern HEADING = Pattern.compile("^\\s*(draft )?resolution adopted by the", Pattern.CASE_INSENSITIVE);

    private StructurePatterns() {
    }

    /** Structure is recognised on the text a reader sees: italics and note calls do not count. */
    public static boolean isFormula(String line) {
        return line.contains("The") && FORMULA.matcher(Marks.plain(line)).matches();
    }

    /** The meeting as printed, with spaces OCR lost put back: "30th plenarymeeting" → "30th plenary meeting". */
    public static String meetingName(String matched) {
        return matched.replaceAll("(?<=\\d(?:st|nd|rd|th))(?=[(p])", " ").replaceAll("\\)(?=p)", ") ")
                .replaceAll("plenary ?meeting", "plenary meeting").replaceAll("meeting(?=\\()", "meeting ");
    }

    public static boolean startsStructure(String marked) {
        String line = Marks.plain(marked);
        // Each shape needs something most lines lack; the patterns run only on lines that have it.
        int start = firstNonSpace(line);
        if (start == line.length()) {
            return false;
        }
        char first = line.charAt(start);
        return Character.isDigit(first) && OPERATIVE.matcher(line).matches()
                || first == '(' && POINT.matcher(line).matches()
                || line.contains("The") && FORMULA.matcher(line).matches()
                || (Character.isDigit(first) || first == '*') && MEETING.matcher(line).matches()
                || first == '[' && COMMITTEE_LINE.matcher(line).find()
                || "DdRr".indexOf(first) >= 0 && HEADING.matcher(line).find();
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
