package org.plenary.read.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.plenary.pipeline.Warning;

/**
 * Joins the words pdftotext breaks with a space when it spreads a justified line ("increasin g",
 * "n eeds", "imp lementation"). The document is its own dictionary: two fragments become one word
 * when that word stands elsewhere in the document and one of the fragments appears nowhere else,
 * not even inside a compound ("capacity-building"), so real pairs of words ("a part", "capacity
 * building") are never joined. Each join is reported with its line.
 */
final class SplitWordRepair {
    /** A compound spread before its hyphen ("Secretary -General", "capacity -building"); a dash has a space after it too. */
    private static final Pattern SPREAD_COMPOUND = Pattern.compile("(?<=\\p{L}) (?=-\\p{L})");

    /** What {@code \\s} matches. */
    private static final String SPACES = " \t\n\u000B\f\r";

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> runs = new HashMap<>();

    // Runs of letters are found by a scan of code points rather than by patterns with look-arounds:
    // over a long document, the patterns were a fifth of a pdftotext text's whole conversion.
    private SplitWordRepair(String[] lines) {
        for (String line : lines) {
            for (int start = nextRun(line, 0); start >= 0; ) {
                int end = runEnd(line, start);
                String run = line.substring(start, end).toLowerCase(Locale.ROOT);
                int before = start > 0 ? line.codePointBefore(start) : -1;
                int after = end < line.length() ? line.codePointAt(end) : -1;
                // A word as it stands in running text: perhaps after an opening quote, before punctuation.
                if (before < 0 || SPACES.indexOf(before) >= 0 || "“‘\"".indexOf(before) >= 0) {
                    if (after < 0 || SPACES.indexOf(after) >= 0 || ",.;:!?”’\"".indexOf(after) >= 0) {
                        words.merge(run, 1, Integer::sum);
                    }
                }
                // Not a list item's letter "(g)" nor the "s" after an apostrophe, which say nothing
                // of whether a fragment is a word.
                if ("(’'".indexOf(before) < 0 && after != ')') {
                    runs.merge(run, 1, Integer::sum);
                }
                start = nextRun(line, end);
            }
        }
    }

    /** Repairs {@code lines} in place, adding a warning for each word joined. */
    static void repair(String[] lines, List<Warning> warnings) {
        SplitWordRepair repair = new SplitWordRepair(lines);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = repair.line(lines[i], i + 1, warnings);
        }
    }

    /**
     * Two runs of letters with one space between, the second all in lower case, as inside a word;
     * neither glued to a number, a bracket, a hyphen or a slash.
     */
    private String line(String line, int number, List<Warning> warnings) {
        if (line.contains(" -") && SPREAD_COMPOUND.matcher(line).find()) {
            warnings.add(new Warning("split-word", number, "A compound spread before its hyphen: the space was removed"));
            line = SPREAD_COMPOUND.matcher(line).replaceAll("");
        }
        StringBuilder out = null;
        int copied = 0;
        int leftStart = nextRun(line, 0);
        while (leftStart >= 0) {
            int leftEnd = runEnd(line, leftStart);
            int rightStart = leftEnd + 1;
            if (rightStart >= line.length() || line.charAt(leftEnd) != ' ' || !Character.isLetter(line.codePointAt(rightStart))) {
                leftStart = nextRun(line, leftEnd);
                continue;
            }
            int rightEnd = runEnd(line, rightStart);
            if (!opensPair(line, leftStart) || !closesPair(line, rightEnd) || !allLowerCase(line, rightStart, rightEnd)
                    || !joins(line.substring(leftStart, leftEnd), line.substring(rightStart, rightEnd))) {
                // The right-hand word may itself open a split word: look again from it.
                leftStart = rightStart;
                continue;
            }
            String left = line.substring(leftStart, leftEnd);
            String right = line.substring(rightStart, rightEnd);
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, leftStart).append(left).append(right);
            copied = rightEnd;
            warnings.add(new Warning("split-word", number, "A word split by a space: read '" + left + " " + right
                    + "' as '" + left + right + "'"));
            leftStart = nextRun(line, rightEnd);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private boolean joins(String left, String right) {
        String word = (left + right).toLowerCase(Locale.ROOT);
        if (words.getOrDefault(word, 0) == 0) {
            return false;
        }
        return appearances(left) <= 1 || appearances(right) <= 1;
    }

    private int appearances(String fragment) {
        return runs.getOrDefault(fragment.toLowerCase(Locale.ROOT), 0);
    }

    private static boolean opensPair(String line, int start) {
        if (start == 0) {
            return true;
        }
        int before = line.codePointBefore(start);
        return !isNumber(before) && "(-/".indexOf(before) < 0;
    }

    private static boolean closesPair(String line, int end) {
        if (end == line.length()) {
            return true;
        }
        int after = line.codePointAt(end);
        return !isNumber(after) && ")-/".indexOf(after) < 0;
    }

    private static boolean allLowerCase(String line, int start, int end) {
        for (int i = start; i < end; ) {
            int c = line.codePointAt(i);
            if (Character.getType(c) != Character.LOWERCASE_LETTER) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Where the next run of letters starts at or after {@code from}, or -1. */
    private static int nextRun(String line, int from) {
        for (int i = from; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (Character.isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static int runEnd(String line, int start) {
        int i = start;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** What {@code \\p{N}} matches: digits, and numbers written as letters or otherwise. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
