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
        for (int i = from; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (Character.isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the run of letters starting at {@code start} ends. */
    public static int end(String line, int start) {
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
}
