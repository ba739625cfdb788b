package org.plenary.lexicon;

/**
 * Runs of letters in a line, the words of a text as its word list counts them, found by a scan of
 * code points: a letter outside the basic plane belongs to its run, and no pattern with
 * look-arounds runs over a long document.
 */
public final class LetterRuns {
    private LetterRuns() {
    }

    /** Where the next run of letters starts at or after {@code from}, or -1. */
    public static int next(String line, int from) {
        // By char, a pair of surrogates read as one code point: codePointAt at every char was most of the scan.
        for (int i = from, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(line.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the run of letters starting at {@code start} ends. */
    public static int end(String line, int start) {
        int i = start;
        for (int n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (isLetter(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && Character.isLetter(line.codePointAt(i))) {
                i++; // the low surrogate: the loop steps past the pair
                continue;
            }
            break;
        }
        return i;
    }

    /** {@link Character#isLetter(char)}, with ASCII, most of any English text, told without a table lookup. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return (char) ((c | 0x20) - 'a') < 26;
        }
        return Character.isLetter(c);
    }
}
