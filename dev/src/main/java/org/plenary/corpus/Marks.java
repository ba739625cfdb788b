package org.plenary.corpus;

import java.util.regex.Pattern;

/**
 * Private-use characters with which the corpus printers carry inline structure through the plain
 * strings they print from: a note call is CALL_OPEN marker CALL_CLOSE, italics ITALIC_OPEN …
 * ITALIC_CLOSE. Each printed layout renders them its own way (markdown emphasis, superscripts,
 * digits run into words).
 */
public final class Marks {
    public static final char CALL_OPEN = '\uE000';
    public static final char CALL_CLOSE = '\uE001';
    public static final char ITALIC_OPEN = '\uE002';
    public static final char ITALIC_CLOSE = '\uE003';
    /** Put before a note body whose marker came from explicit markup (a superscript, "[n]"). */
    public static final char NOTE_START = '\uE004';

    public static final Pattern CALL = Pattern.compile(CALL_OPEN + "([^" + CALL_CLOSE + "]+)" + CALL_CLOSE);
    private static final Pattern ANY = Pattern.compile("[\uE000-\uE004]");

    private Marks() {
    }

    /** A numbered marker ("12"), as against a symbol ("*", "†"); a loop, as it is asked for every number in a text. */
    public static boolean isNumbered(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            if (!Character.isDigit(marker.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The markers of the note calls in a marked text, in order: what {@link #CALL} finds, found
     * with indexOf, which outruns a pattern's search over text that is mostly words.
     */
    public static java.util.List<String> callMarkers(String marked) {
        java.util.List<String> markers = new java.util.ArrayList<>();
        int open = marked.indexOf(CALL_OPEN);
        while (open >= 0) {
            int close = marked.indexOf(CALL_CLOSE, open + 1);
            if (close < 0) {
                break; // no close further on: no call can complete
            }
            if (close > open + 1) {
                markers.add(marked.substring(open + 1, close));
                open = marked.indexOf(CALL_OPEN, close + 1);
            } else {
                open = marked.indexOf(CALL_OPEN, open + 1); // an empty call is none
            }
        }
        return markers;
    }

    public static String call(String marker) {
        return CALL_OPEN + marker + CALL_CLOSE;
    }

    /** The text as a reader sees it: calls removed, italics unmarked. */
    public static String plain(String marked) {
        if (!containsAny(marked)) {
            return marked; // most text carries no marks: no need to copy it
        }
        return ANY.matcher(CALL.matcher(marked).replaceAll("")).replaceAll("");
    }

    /** Italics unmarked, calls kept. */
    public static String withoutItalics(String marked) {
        return marked.replace(String.valueOf(ITALIC_OPEN), "").replace(String.valueOf(ITALIC_CLOSE), "");
    }

    public static boolean containsAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uE004') {
                return true;
            }
        }
        return false;
    }
}
