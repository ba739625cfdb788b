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
        boolean roman = num.matches("[ivxl]+") && !continuesLetters(num);
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

    private boolean continuesLetters(String num) {
        if (lastLetter == null || num.length() != 1) {
            return false;
        }
        String previous = lastLetter.num();
        return previous.length() == 1 && num.charAt(0) == previous.charAt(0) + 1 && lastRoman == null;
    }
}
