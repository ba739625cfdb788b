package org.plenary.read.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.lexicon.LetterRuns;
import org.plenary.lexicon.WordList;
import org.plenary.pipeline.Warning;

/**
 * Puts back the hyphen plain pdftotext drops from a compound broken at a line's end: it takes every
 * hyphen there for a word's, and prints "nuclear-weapon-" over "free" as "nuclear-weaponfree". A run
 * of letters that is no word of the {@link WordList} is cut where the document prints its two halves
 * as a compound elsewhere ("weapon-free"), and the hyphen goes back. A word broken in its middle
 * ("imple-mentation") is left whole, as no compound prints its halves. A number's tens and units
 * ("seventyeighth") always get theirs. Each repair is reported with its line.
 */
final class GluedCompoundRepair {
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    /** "seventyeighth", "twentyfirst": a number's tens and units, which English always joins with a hyphen. */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:" + String.join("|", TENS) + ")(" + String.join("|", UNITS) + ")");
    /** The fewest letters such a number has ("fortyone"): a shorter run is none. */
    private static final int SHORTEST_NUMBER = shortest(TENS) + shortest(UNITS);

    private final WordList language = WordList.english();
    /** "weapon\u0000free" for each "weapon-free" the document prints, in lower case. */
    private final Set<String> compounds = new HashSet<>();
    /** "weaponfree" for each of them: a run of letters not in it cannot be cut, and is no string made. */
    private final WordSieve joined = new WordSieve();

    private GluedCompoundRepair(String[] lines) {
        for (String line : lines) {
            for (int start = LetterRuns.next(line, 0); start >= 0; ) {
                int end = LetterRuns.end(line, start);
                if (end + 1 < line.length() && line.charAt(end) == '-' && Character.isLetter(line.codePointAt(end + 1))) {
                    int after = LetterRuns.end(line, end + 1);
                    String left = line.substring(start, end).toLowerCase(Locale.ROOT);
                    String right = line.substring(end + 1, after).toLowerCase(Locale.ROOT);
                    compounds.add(key(left, right));
                    joined.add(left + right);
                }
                start = LetterRuns.next(line, end);
            }
        }
    }

    /** Repairs {@code lines} in place, adding a warning for each hyphen put back. */
    static void repair(String[] lines, List<Warning> warnings) {
        GluedCompoundRepair repair = new GluedCompoundRepair(lines);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = repair.line(lines[i], i + 1, warnings);
        }
    }

    private String line(String line, int number, List<Warning> warnings) {
        StringBuilder out = null;
        int copied = 0;
        for (int start = LetterRuns.next(line, 0); start >= 0; ) {
            int end = LetterRuns.end(line, start);
            String glued = end - start >= 4 && mayBeCut(line, start, end) ? line.substring(start, end) : null;
            int cut = glued == null ? -1 : cut(glued);
            if (cut > 0) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 4);
                }
                String compound = glued.substring(0, cut) + "-" + glued.substring(cut);
                out.append(line, copied, start).append(compound);
                copied = end;
                warnings.add(new Warning("glued-compound", number, "A compound broken at a line's end lost its hyphen: read '"
                        + glued + "' as '" + compound + "'"));
            }
            start = LetterRuns.next(line, end);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * Where the run is two halves the document prints as a compound, or a number's tens and units;
     * -1 when it is a word or no such halves.
     */
    private int cut(String run) {
        Matcher number = NUMBER.matcher(run);
        if (number.matches()) {
            return number.start(1);
        }
        if (language.contains(run)) {
            return -1;
        }
        String lower = run.toLowerCase(Locale.ROOT);
        for (int i = 2; i <= run.length() - 2; i++) {
            if (Character.isLetter(run.charAt(i)) && compounds.contains(key(lower.substring(0, i), lower.substring(i)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the run could be cut: it may be a number's tens and units, or the document may print
     * it as a compound. A run of ASCII letters the sieve of compounds has not seen is neither.
     */
    private boolean mayBeCut(String line, int start, int end) {
        if (end - start >= SHORTEST_NUMBER && opensTens(line.charAt(start))) {
            return true;
        }
        long hash = WordSieve.asciiLowerHash(line, start, end, end, end);
        return hash < 0 || joined.mayHold((int) hash);
    }

    /** Whether a run starting with this letter may start a number's tens (the pattern ignores ASCII case only). */
    private static boolean opensTens(char c) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        for (String tens : TENS) {
            if (tens.charAt(0) == lower) {
                return true;
            }
        }
        return false;
    }

    private static int shortest(List<String> words) {
        int shortest = Integer.MAX_VALUE;
        for (String word : words) {
            shortest = Math.min(shortest, word.length());
        }
        return shortest;
    }

    /** The key of a compound's two halves, both in lower case. */
    private static String key(String left, String right) {
        return left + '\u0000' + right;
    }
}
