package org.plenary.akn;

/**
 * eIds in the OASIS Akoma Ntoso naming convention: steps joined by "__", each an abbreviation and
 * the printed number (para_8__list_1__point_a).
 */
public final class EidNaming {
    private EidNaming() {
    }

    public static String step(String abbreviation, String number) {
        return abbreviation + "_" + sanitize(number);
    }

    public static String child(String parent, String step) {
        return parent == null || parent.isEmpty() ? step : parent + "__" + step;
    }

    /** A note's eId from its printed marker: "11" stays, "*" becomes "star", "**" "star2". */
    public static String note(String marker) {
        if (marker.chars().allMatch(Character::isDigit)) {
            return step("authorialNote", marker);
        }
        if (marker.chars().allMatch(c -> c == '*')) {
            return step("authorialNote", marker.length() == 1 ? "star" : "star" + marker.length());
        }
        return step("authorialNote", "n" + Integer.toHexString(marker.hashCode()));
    }

    private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[^A-Za-z0-9\\-]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");

    static String sanitize(String number) {
        String clean = number.strip();
        if (!isClean(clean)) {
            clean = EDGE_HYPHENS.matcher(NOT_NAME.matcher(clean).replaceAll("-")).replaceAll("");
        }
        return clean.isEmpty() ? "0" : clean;
    }

    /** Letters, digits and inner hyphens only, as most printed numbers are ("8", "a", "ii"): nothing to replace. */
    private static boolean isClean(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            boolean name = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && i > 0 && i < number.length() - 1;
            if (!name) {
                return false;
            }
        }
        return true;
    }
}
