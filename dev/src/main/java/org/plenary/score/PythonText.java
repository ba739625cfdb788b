package org.plenary.score;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text rules of ../shared/tools/score.py, written so that Java gives the same strings Python
 * does: Python's idea of whitespace (str.isspace, which its {@code \s} and {@code strip()} follow),
 * its {@code strip('.')}, and {@code repr()} for the miss lines.
 */
final class PythonText {
    /** Python 3's whitespace: str.isspace(), also what {@code \s} matches in a str pattern. */
    static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern AGENDA_PREFIX = Pattern.compile("^agenda items?" + SPACE + "*");
    private static final Pattern REPORT_PARAGRAPH = Pattern.compile(",?" + SPACE + "*para.*$");
    private static final Pattern RESUMED = Pattern.compile(SPACE + "*\\(resumed\\)");

    private PythonText() {
    }

    /** score.py's norm(): quotes, dashes and spaces folded, stripped, outer periods dropped, lower case. */
    static String norm(String s) {
        String t = (s == null ? "" : s).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2011', '-').replace('\u2013', '-').replace('\u00a0', ' ');
        t = strip(SPACES.matcher(t).replaceAll(" "));
        return stripChars(t, ".").toLowerCase(Locale.ROOT);
    }

    /** score.py's norm_field(): norm() and the few rules of its own each field has; null stays null. */
    static String normField(String scorerKey, String value) {
        if (value == null) {
            return null;
        }
        String v = norm(value);
        return switch (scorerKey) {
            case "agenda_item" -> AGENDA_PREFIX.matcher(v).replaceFirst("");
            case "committee_report" -> REPORT_PARAGRAPH.matcher(v).replaceAll("").replace(" ", "");
            case "plenary_meeting" -> RESUMED.matcher(v).replaceAll("");
            default -> v;
        };
    }

    static boolean isSpace(int c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || (c >= 0x1C && c <= 0x1F) || c == ' '
                || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Python's {@code s.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code s.strip(chars)}. */
    static String stripChars(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code s.rstrip(chars)}. */
    static String rstripChars(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's {@code str(v)} of a JSON value as json.load gives it: null for None, a number's digits, True or False. */
    static String str(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        // Strings and whole numbers print alike in both languages; score.py's truth holds nothing else here.
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** Python's {@code repr(v)} of a JSON value, as score.py's {@code %r} prints it. */
    static String repr(com.fasterxml.jackson.databind.JsonNode value) {
        return value == null || value.isNull() ? "None" : value.isTextual() ? repr(value.textValue()) : str(value);
    }

    /** Python's repr of a dict of str to int, in its order: {'6': 4, '6(a)': 2}. */
    static String repr(java.util.Map<String, Integer> counts) {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", "{", "}");
        counts.forEach((key, n) -> out.add(repr(key) + ": " + n));
        return out.toString();
    }

    /** Python's {@code repr(s)} of a str: the quotes it picks and the characters it escapes. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (!printable(c)) {
                out.append(c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(quote).toString();
    }

    /** str.isprintable(): not a control, format, surrogate, private, unassigned or separator character, but a space is. */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
