package org.plenary.parse.internal;

import org.plenary.parse.Resolution.Numbered;

/**
 * Places points (a), (b) and (i), (ii) at the right level. "(i)" after "(h)" is the ninth letter;
 * after any other letter it opens a roman sublist inside the preceding point.
 */
public final class PointNesting {
    private Numbered lastLetter;
    private Numbered lastRoman;

    public void reset() {
        lastLetter = null;
        lastRoman = null;
    }

    public void add(Numbered paragraph, Numbered point) {
        String num = point.num();
        boolean roman = ROMAN_LETTERS.matcher(num).matches() && !continuesLetters(num);
        if (roman && lastLetter != null) {
            lastLetter.points().add(point);
            lastRoman = point;
        } else if (roman) {
            paragraph.points().add(point);
            lastRoman = point;
        } else {
            paragraph.points().add(point);
            lastLetter = point;
            lastRoman = null;
        }
    }

    /**
     * "(i)" after "(h)", and past (z) the doubled letters: "(ii)" after "(hh)", "(ll)" after "(kk)".
     * A label that is no roman numeral at all ("ll", "vv") is a letter too.
     */
    private boolean continuesLetters(String num) {
        if (!ROMAN.matcher(num).matches()) {
            return true;
        }
        if (lastLetter == null || lastRoman != null) {
            return false;
        }
        String previous = lastLetter.num();
        boolean single = num.length() == 1 && previous.length() == 1;
        boolean doubled = num.length() == 2 && num.charAt(0) == num.charAt(1)
                && previous.length() == 2 && previous.charAt(0) == previous.charAt(1);
        return (single || doubled) && num.charAt(0) == previous.charAt(0) + 1;
    }

    /** Well-formed lower-case roman numerals up to 89 (l = 50), as points are numbered. */
    private static final java.util.regex.Pattern ROMAN_LETTERS = java.util.regex.Pattern.compile("[ivxl]+");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})");
}
