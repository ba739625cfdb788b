package org.plenary.read.internal;

/** The letters and roman numerals a browser numbers an ordered list's items with. */
public final class ListLabels {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private ListLabels() {
    }

    /** a, b, … z, aa, ab, …: as CSS's lower-alpha counts; the number itself below 1. */
    public static String alphabetic(int number) {
        if (number < 1) {
            return Integer.toString(number);
        }
        StringBuilder label = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return label.toString();
    }

    /** i, ii, iv, …: as CSS's lower-roman counts up to 3,999; the number itself outside that range. */
    public static String roman(int number) {
        if (number < 1 || number > 3999) {
            return Integer.toString(number);
        }
        StringBuilder label = new StringBuilder();
        int n = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                label.append(NUMERALS[i]);
                n -= VALUES[i];
            }
        }
        return label.toString();
    }
}
