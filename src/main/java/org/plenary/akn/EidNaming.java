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

    static String sanitize(String number) {
        String clean = number.strip().replaceAll("[^A-Za-z0-9\\-]+", "-").replaceAll("^-+|-+$", "");
        return clean.isEmpty() ? "0" : clean;
    }
}
