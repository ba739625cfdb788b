package org.plenary.parse.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the cover's metadata in a line of text, also when the cover's cells were run
 * together ("United NationsA/RES/56/203General AssemblyDistr.: General").
 */
public final class CoverPatterns {
    private static final String SEGMENT = "(?:ES-\\d+|S-\\d+|Add\\.\\s?\\d+|Corr\\.\\s?\\d+|Rev\\.\\s?\\d+|[A-Z]{1,5}(?:\\.\\d+)?|\\d+(?:[A-Z](?![a-z]))?)";
    public static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Z0-9/])([AES]/" + SEGMENT + "(?:/" + SEGMENT + ")+(?: \\(\\d{4}\\))?(?: [A-H](?![\\w/]))?)");
    private static final Pattern SESSION = Pattern.compile(
            "(?<![a-z])([A-Z][a-z]+(?:-[a-z]+)? (?:emergency special |special )?session)");
    private static final String ITEM = "\\d{1,3}(?:\\s?\\([a-z]{1,2}\\))?";
    private static final Pattern AGENDA = Pattern.compile(
            "Agenda ?items?\\s*(" + ITEM + "(?:(?:,\\s*|\\s+and\\s+|\\s*-\\s*)" + ITEM + ")*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITTEE = Pattern.compile(
            "\\[\\s*(?:on the report of the (.+?) \\(([^)]+)\\)|without reference to a Main Committee \\(([^)]+)\\))\\s*\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_AND_TITLE = Pattern.compile(
            "^\\s*(?:Resolution\\s+)?((?:ES-|S-)?\\d{1,4}/\\d{1,4}(?:\\s?[A-Z])?|\\d{1,4} \\([IVXLC]+\\)(?: [A-Z])?|\\d{1,4} \\(\\d{4}\\))\\s*[.:]?\\s+(\\S.*)$");
    private static final Pattern SPACE_BEFORE_DIGIT = Pattern.compile("\\s+(?=\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DISTRIBUTION = Pattern.compile("Distr\\.?:?", Pattern.CASE_INSENSITIVE);

    private CoverPatterns() {
    }

    public static Optional<String> symbol(String text) {
        Matcher m = SYMBOL.matcher(text);
        return m.find() ? Optional.of(SPACE_BEFORE_DIGIT.matcher(m.group(1)).replaceAll("")) : Optional.empty();
    }

    public static Optional<String> session(String text) {
        Matcher m = SESSION.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Optional<String> agendaItem(String text) {
        Matcher m = AGENDA.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static boolean mentionsDistribution(String text) {
        return DISTRIBUTION.matcher(text).find();
    }

    /**
     * The committee line: its full text and the report's symbol (spaces inside it removed), without
     * the paragraph of the report the line cites.
     */
    public static Optional<String[]> committee(String text) {
        Matcher m = COMMITTEE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String report = m.group(2) != null ? m.group(2) : m.group(3);
        // The report's symbol ends at a comma: what follows cites a part of the report
        // ("A/78/662, para. 83"), which the resolution's model has no place for.
        int comma = report.indexOf(',');
        if (comma >= 0) {
            report = report.substring(0, comma);
        }
        return Optional.of(new String[] {m.group().strip(), SPACES.matcher(report).replaceAll("")});
    }

    /** "54/212. International migration and development" as number and title. */
    public static Optional<String[]> numberAndTitle(String text) {
        Matcher m = NUMBER_AND_TITLE.matcher(text);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2).strip()}) : Optional.empty();
    }
}
