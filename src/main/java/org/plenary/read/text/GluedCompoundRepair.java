package org.plenary.read.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * as a compound elsewhere ("weapon-free"), or, standing once in the document, where resolutions
 * print them so ({@link WordList#englishCompounds()}: "genderbalanced" as "gender-balanced"); a run
 * the document writes more than once is its own spelling ("cleanup"). A word broken in its middle
 * ("imple-mentation") is left whole, as no compound prints its halves. A number's tens and units
 * ("seventyeighth") always get theirs. A suspended hyphen broken at the line's end ("troop-" over
 * "and police-contributing") loses its space too, "troopand police-contributing": it goes back
 * where the word before "and" or "or" makes a compound with the next compound's second half
 * ("troop-contributing"). Each repair is reported with its line.
 */
final class GluedCompoundRepair {
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    /** "seventyeighth", "twentyfirst": a number's tens and units, which English always joins with a hyphen. */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:" + String.join("|", TENS) + ")(" + String.join("|", UNITS) + ")");
    /** The fewest letters such a number has ("fortyone"): a shorter run is none. */
    private static final int SHORTEST_NUMBER = shortest(TENS) + shortest(UNITS);

    /** The compounds resolutions print, by their two halves joined: "highlevel" → 4. */
    private static final CorpusCompounds RESOLUTIONS = new CorpusCompounds(WordList.englishCompounds());

    private final WordList language = WordList.english();
    /** "weapon\u0000free" for each "weapon-free" the document prints, in lower case. */
    private final Set<String> compounds = new HashSet<>();
    /** "weaponfree" for each of them and each compound of resolutions: a run of letters not in it cannot be cut, and is no string made. */
    private final WordSieve joined = RESOLUTIONS.sieve.copy();
    /** How often the document writes each run that is a compound of resolutions glued, in lower case: counted once, in one pass. */
    private final Map<String, Integer> gluedCorpusRuns = new HashMap<>();

    private GluedCompoundRepair(String[] lines) {
        for (String line : lines) {
            for (int start = LetterRuns.next(line, 0); start >= 0; ) {
                int end = LetterRuns.end(line, start);
                if (end - start >= 4) {
                    long hash = WordSieve.asciiLowerHash(line, start, end, end, end);
                    if (hash < 0 || RESOLUTIONS.sieve.mayHold((int) hash)) {
                        String lower = line.substring(start, end).toLowerCase(Locale.ROOT);
                        if (RESOLUTIONS.cut(lower) > 0) {
                            gluedCorpusRuns.merge(lower, 1, Integer::sum);
                        }
                    }
                }
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
            String compound = null;
            if (cut > 0) {
                compound = glued.substring(0, cut) + "-" + glued.substring(cut);
            } else if (end - start >= 5 && endsInConnector(line, end)) {
                compound = suspended(line, start, end);
                glued = compound == null ? null : line.substring(start, end);
            }
            if (compound != null) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 4);
                }
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
     * Where the run is two halves the document prints as a compound, a number's tens and units, or,
     * standing once, two halves resolutions print as a compound; -1 when it is a word or no such halves.
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
        int cut = RESOLUTIONS.cut(lower);
        return cut > 0 && standsOnce(run) ? cut : -1;
    }

    /** What follows "troopand" in "troopand police-contributing": a space, then a compound. */
    private static final Pattern NEXT_COMPOUND = Pattern.compile(" \\p{L}{2,}-(\\p{L}{2,})");

    /** Whether the run ending at {@code end} ends in "and" or "or" and a space follows. */
    private static boolean endsInConnector(String line, int end) {
        return end < line.length() && line.charAt(end) == ' '
                && (line.regionMatches(true, end - 3, "and", 0, 3) || line.regionMatches(true, end - 2, "or", 0, 2));
    }

    /**
     * "troop- and" for the run "troopand" before "police-contributing", when "troopand" is no word
     * and "troop-contributing" a compound of the document's or of resolutions'; else null.
     */
    private String suspended(String line, int start, int end) {
        String run = line.substring(start, end);
        if (language.contains(run)) {
            return null;
        }
        Matcher next = NEXT_COMPOUND.matcher(line).region(end, line.length());
        if (!next.lookingAt()) {
            return null;
        }
        String lower = run.toLowerCase(Locale.ROOT);
        int stem = lower.endsWith("and") ? run.length() - 3 : run.length() - 2;
        String left = lower.substring(0, stem);
        String right = next.group(1).toLowerCase(Locale.ROOT);
        if (!compounds.contains(key(left, right)) && !WordList.englishCompounds().contains(left + "-" + right)) {
            return null;
        }
        return run.substring(0, stem) + "- " + run.substring(stem);
    }

    /** Whether the run of letters stands once in the document, in any case: twice, it is how the document spells it. */
    private boolean standsOnce(String run) {
        return gluedCorpusRuns.getOrDefault(run.toLowerCase(Locale.ROOT), 0) == 1;
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

    /** Resolutions' compounds by their halves joined, and a sieve of the joined forms; a joined form two compounds share is left out. */
    private static final class CorpusCompounds {
        private final Map<String, Integer> cuts = new HashMap<>();
        private final WordSieve sieve = new WordSieve();

        CorpusCompounds(WordList compounds) {
            Set<String> shared = new HashSet<>();
            compounds.forEach(compound -> {
                int hyphen = compound.indexOf('-');
                String joinedForm = compound.substring(0, hyphen) + compound.substring(hyphen + 1);
                if (cuts.putIfAbsent(joinedForm, hyphen) != null) {
                    shared.add(joinedForm);
                }
            });
            cuts.keySet().removeAll(shared);
            cuts.keySet().forEach(sieve::add);
        }

        /** Where the joined form is cut, or -1. */
        int cut(String lowerCase) {
            return cuts.getOrDefault(lowerCase, -1);
        }
    }

    /** The key of a compound's two halves, both in lower case. */
    private static String key(String left, String right) {
        return left + '\u0000' + right;
    }
}
