package org.plenary.read.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a whole text with a pattern only where a match can begin. A plain search tries the
 * pattern at every position; for the form detector's patterns, run on whole documents, that was
 * most of their time.
 */
public final class Scan {
    private Scan() {
    }

    /**
     * Non-overlapping matches of a pattern that begins with {@code (?m)^}, counted up to a limit,
     * trying only the starts of lines: the same count as {@code pattern.matcher(text).results()}.
     */
    public static int countAtLineStarts(Pattern pattern, String text, int limit) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        int at = 0;
        int n = text.length();
        while (at < n && count < limit) {
            if (matcher.region(at, n).lookingAt()) {
                count++;
                at = Math.max(matcher.end(), at + 1);
                if (at > 0 && text.charAt(at - 1) == '\n') {
                    continue;
                }
            }
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                break;
            }
            at = newline + 1;
        }
        return count;
    }

    /**
     * Non-overlapping matches of a pattern, counted up to a limit, tried only at the positions
     * holding one of the given characters (every match must begin with one): the same count as
     * {@code pattern.matcher(text).results()}. Look-behinds and word boundaries see the text
     * around the position.
     */
    public static int countStartingWith(Pattern pattern, String text, String startCharacters, int limit) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        // The next occurrence of each start character, found with indexOf and moved on only once passed.
        int[] next = new int[startCharacters.length()];
        for (int i = 0; i < next.length; i++) {
            next[i] = text.indexOf(startCharacters.charAt(i));
        }
        int count = 0;
        int from = 0;
        while (count < limit) {
            int which = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] >= 0 && (which < 0 || next[i] < next[which])) {
                    which = i;
                }
            }
            if (which < 0) {
                break;
            }
            int at = next[which];
            if (at >= from && matcher.region(at, n).lookingAt()) {
                count++;
                from = Math.max(matcher.end(), at + 1);
            }
            next[which] = text.indexOf(startCharacters.charAt(which), at + 1);
        }
        return count;
    }
}
