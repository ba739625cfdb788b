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
        return FORMULA.matcher(Marks.plain(line)).matches();
    }

    /** The meeting as printed, with spaces OCR lost put back: "30th plenarymeeting" → "30th plenary meeting". */
    public static String meetingName(String matched) {
        return matched.replaceAll("(?<=\\d(?:st|nd|rd|th))(?=[(p])", " ").replaceAll("\\)(?=p)", ") ")
                .replaceAll("plenary ?meeting", "plenary meeting").replaceAll("meeting(?=\\()", "meeting ");
    }

    public static boolean startsStructure(String marked) {
        String line = Marks.plain(marked);
        return OPERATIVE.matcher(line).matches() || POINT.matcher(line).matches()
                || FORMULA.matcher(line).matches() || MEETING.matcher(line).matches()
                || COMMITTEE_LINE.matcher(line).find() || HEADING.matcher(line).find();
    }
}
