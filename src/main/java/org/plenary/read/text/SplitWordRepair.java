package org.plenary.read.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.plenary.lexicon.LetterRuns;
import org.plenary.lexicon.WordList;
import org.plenary.pipeline.Warning;

/**
 * Joins the words pdftotext breaks with a space when it spreads a justified line ("increasin g",
 * "n eeds", "humanitaria n"). Two runs of letters become one word when that word stands elsewhere
 * in the document (or is a word of the {@link WordList}) and one of the two is a fragment: no word
 * of the list, and found nowhere in the document but beside another half it would join, not even
 * inside a compound ("capacity-building"). So real pairs of words are never joined, however rare
 * one of them ("a broad range" beside "abroad"; "capacity building"). Each join is reported with
 * its line.
 */
final class SplitWordRepair {
    /** A compound spread before its hyphen ("Secretary -General", "capacity -building"); a dash has a space after it too. */
    private static final Pattern SPREAD_COMPOUND = Pattern.compile("(?<=\\p{L}) (?=-\\p{L})");

    /** A suffix that is a word of its own too, left standing by a split: "sustain able", "cap abilities". */
    private static final Pattern AFFIX_RIGHT = Pattern.compile("ab(?:le|ly|ility|ilities)");

    /** What {@code \\s} matches. */
    private static final String SPACES = " \t\n\u000B\f\r";

    private final WordList language = WordList.english();
    /** The document's words and the language's: most pairs are no word, and the sieve says so unmade. */
    private final WordSieve known = Language.SIEVE.copy();
    /** Whether each line holds a pair of runs that could be one word: no other line is scanned again. */
    private final boolean[] paired;
    /** Each run of letters of the document, in lower case, with how it stands there. */
    private final Map<String, Seen> seen = new HashMap<>(4096);
    /** How often each pair of runs that could be one word stands side by side, in lower case ("sustain able"). */
    private final Map<String, Integer> pairsSeen = new HashMap<>();

    /** How often a run stands as a word, as a run, and beside another half it would join into a known word. */
    private static final class Seen {
        int asWord;
        int asRun;
        int asHalf;
        /** As the first word of a compound ("health" of "health-care"), after a space or at a line's start. */
        int asCompoundHead;
    }

    // Runs of letters are found by a scan of code points rather than by patterns with look-arounds:
    // over a long document, the patterns were a fifth of a pdftotext text's whole conversion.
    private SplitWordRepair(String[] lines) {
        paired = new boolean[lines.length];
        for (String line : lines) {
            for (int start = LetterRuns.next(line, 0); start >= 0; ) {
                int end = LetterRuns.end(line, start);
                String run = line.substring(start, end).toLowerCase(Locale.ROOT);
                Seen counts = seen.computeIfAbsent(run, r -> new Seen());
                int before = start > 0 ? line.codePointBefore(start) : -1;
                int after = end < line.length() ? line.codePointAt(end) : -1;
                // A word as it stands in running text: perhaps after an opening quote, before punctuation.
                if (before < 0 || SPACES.indexOf(before) >= 0 || "“‘\"".indexOf(before) >= 0) {
                    if (after < 0 || SPACES.indexOf(after) >= 0 || ",.;:!?”’\"".indexOf(after) >= 0) {
                        if (++counts.asWord == 1) {
                            known.add(run);
                        }
                    }
                }
                // A compound's first word written whole: "health" of "health-care".
                if (after == '-' && end + 1 < line.length() && Character.isLetter(line.codePointAt(end + 1))
                        && (before < 0 || SPACES.indexOf(before) >= 0)) {
                    counts.asCompoundHead++;
                }
                // Not a list item's letter "(g)" nor the "s" after an apostrophe, which say nothing
                // of whether a fragment is a word.
                // Nor "th" of "12th": an ordinal's ending is no word either.
                if ("(’'".indexOf(before) < 0 && after != ')' && !isNumber(before)) {
                    counts.asRun++;
                }
                start = LetterRuns.next(line, end);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int left = LetterRuns.next(line, 0); left >= 0; left = LetterRuns.next(line, LetterRuns.end(line, left))) {
                int leftEnd = LetterRuns.end(line, left);
                int right = leftEnd + 1;
                if (pairs(line, left, leftEnd)) {
                    paired[i] = true;
                    int rightEnd = LetterRuns.end(line, right);
                    String leftRun = line.substring(left, leftEnd).toLowerCase(Locale.ROOT);
                    String rightRun = line.substring(right, rightEnd).toLowerCase(Locale.ROOT);
                    seen.get(leftRun).asHalf++;
                    seen.get(rightRun).asHalf++;
                    pairsSeen.merge(leftRun + " " + rightRun, 1, Integer::sum);
                }
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

    /** The line with its split words joined, and its compounds spread before their hyphen closed. */
    private String line(String line, int number, List<Warning> warnings) {
        boolean closed = false;
        if (line.contains(" -") && SPREAD_COMPOUND.matcher(line).find()) {
            warnings.add(new Warning("split-word", number, "A compound spread before its hyphen: the space was removed"));
            line = SPREAD_COMPOUND.matcher(line).replaceAll("");
            closed = true;
        }
        if (!paired[number - 1] && !closed) {
            return line;
        }
        StringBuilder out = null;
        int copied = 0;
        int leftStart = LetterRuns.next(line, 0);
        while (leftStart >= 0) {
            int leftEnd = LetterRuns.end(line, leftStart);
            if (!pairs(line, leftStart, leftEnd)) {
                leftStart = LetterRuns.next(line, leftEnd);
                continue;
            }
            int rightStart = leftEnd + 1;
            int rightEnd = LetterRuns.end(line, rightStart);
            String left = line.substring(leftStart, leftEnd);
            String right = line.substring(rightStart, rightEnd);
            if (!isFragment(left) && !isFragment(right) && !isAffixSplit(left, right)) {
                // The right-hand word may itself open a split word: look again from it.
                leftStart = rightStart;
                continue;
            }
            if (isPartLetter(line, leftStart, leftEnd) && !isFragment(right)) {
                // "resolution 48/75 L and": the letter of a resolution's part, then a word.
                leftStart = rightStart;
                continue;
            }
            if (!isFragment(left) && pairs(line, rightStart, rightEnd)
                    && isFragment(line.substring(rightEnd + 1, LetterRuns.end(line, rightEnd + 1)))) {
                // "for th e": the fragment's other half is the fragment after it ("the"), not the word before.
                leftStart = rightStart;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, leftStart).append(left).append(right);
            copied = rightEnd;
            warnings.add(new Warning("split-word", number, "A word split by a space: read '" + left + " " + right
                    + "' as '" + left + right + "'"));
            leftStart = LetterRuns.next(line, rightEnd);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * Whether the run of letters from {@code leftStart} to {@code leftEnd} and the next, one space
     * on, in lower case, could be the halves of one word: together they make a known word, and
     * neither is glued to a number, a bracket, a hyphen or a slash.
     */
    private boolean pairs(String line, int leftStart, int leftEnd) {
        int rightStart = leftEnd + 1;
        if (rightStart >= line.length() || line.charAt(leftEnd) != ' ' || !Character.isLetter(line.codePointAt(rightStart))) {
            return false;
        }
        int rightEnd = LetterRuns.end(line, rightStart);
        // A compound's first word may lose its last letter to a space ("sevent y-ninth", "no n-governmental"),
        // or more ("seven ty-ninth", "heal th-care") where the document writes that first word whole
        // elsewhere in a compound: "the re-engagement" is no split "there".
        boolean compound = rightEnd < line.length() && line.charAt(rightEnd) == '-';
        boolean lostLastLetter = compound && isLoneLetter(line.substring(rightStart, rightEnd));
        if (!opensPair(line, leftStart) || !compound && !closesPair(line, rightEnd) || !allLowerCase(line, rightStart, rightEnd)) {
            return false;
        }
        long hash = WordSieve.asciiLowerHash(line, leftStart, leftEnd, rightStart, rightEnd);
        if (hash >= 0 && !compound && !known.mayHold((int) hash)) {
            return false;
        }
        String word = (line.substring(leftStart, leftEnd) + line.substring(rightStart, rightEnd)).toLowerCase(Locale.ROOT);
        Seen counts = seen.get(word);
        if (compound && !lostLastLetter) {
            return counts != null && counts.asCompoundHead > 0;
        }
        return counts != null && counts.asWord > 0 || language.contains(word) || lostLastLetter && counts != null && counts.asRun > 0;
    }

    /**
     * Two words that are a word's prefix and the rest ("Inter national"), or its stem and suffix
     * ("sustain able", "cap abilities"): the document writes the whole word at least twice, and the
     * two words side by side only here. Other pairs of words stay as they stand, even where the
     * document writes them as one elsewhere: "control over fishing vessels" beside "overfishing",
     * "to counter terrorism" beside "counterterrorism".
     */
    private boolean isAffixSplit(String left, String right) {
        String leftRun = left.toLowerCase(Locale.ROOT);
        String rightRun = right.toLowerCase(Locale.ROOT);
        boolean affix = leftRun.equals("inter") || AFFIX_RIGHT.matcher(rightRun).matches();
        if (!affix || leftRun.length() < 3) {
            return false;
        }
        Seen whole = seen.get(leftRun + rightRun);
        return whole != null && whole.asWord >= 2 && pairsSeen.getOrDefault(leftRun + " " + rightRun, 0) == 1;
    }

    /**
     * A run that is no word: a letter other than "a" and "I" (standing alone, letters are labels,
     * as in "(e)", or parts of compounds, as in "e-mail"), or a run not in the word list that the
     * document holds only as a half of a split word.
     */
    private boolean isFragment(String run) {
        if (isLoneLetter(run)) {
            return true;
        }
        String key = run.toLowerCase(Locale.ROOT);
        if (key.equals("a") || key.equals("i") || language.contains(key)) {
            return false;
        }
        Seen counts = seen.get(key);
        return counts == null || counts.asRun <= counts.asHalf;
    }

    private static boolean opensPair(String line, int start) {
        if (start == 0) {
            return true;
        }
        int before = line.codePointBefore(start);
        // Nor the "s" after an apostrophe: "women’s and" holds no split word.
        return !isNumber(before) && "(-/’'".indexOf(before) < 0;
    }

    private static boolean closesPair(String line, int end) {
        if (end == line.length()) {
            return true;
        }
        int after = line.codePointAt(end);
        return !isNumber(after) && ")-/".indexOf(after) < 0;
    }

    /**
     * A capital letter standing after a number, as a resolution's part does ("48/75 L"): joined
     * only to a fragment ("2030 A genda"), never to a word ("48/75 L and").
     */
    private static boolean isPartLetter(String line, int start, int end) {
        return end - start == 1 && Character.isUpperCase(line.charAt(start)) && start >= 2
                && line.charAt(start - 1) == ' ' && isNumber(line.codePointBefore(start - 1));
    }

    /** Whether the run is a single letter other than "a" and "I". */
    private static boolean isLoneLetter(String run) {
        return run.codePointCount(0, run.length()) == 1 && !run.equalsIgnoreCase("a") && !run.equalsIgnoreCase("i");
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

    /** The word list's sieve, made once, copied for each document. */
    private static final class Language {
        static final WordSieve SIEVE = sieveOf(WordList.english());

        private static WordSieve sieveOf(WordList list) {
            WordSieve sieve = new WordSieve();
            list.forEach(sieve::add);
            return sieve;
        }
    }

    /** What {@code \\p{N}} matches: digits, and numbers written as letters or otherwise. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
