package org.plenary.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to other United Nations documents in a paragraph's text and gives each its
 * official symbol: document symbols written out ({@code A/54/207}, {@code S/PRST/2016/1},
 * {@code A/77/6 (Sect. 29A)}) and resolutions cited by number after the word "resolution"
 * ({@code resolutions 49/127 of 19 December 1994 and 54/212}, {@code 1514 (XV)}, {@code S-21/2},
 * {@code Security Council resolution 2334 (2016)}). The organ comes from the words before
 * "resolution": the General Assembly unless the Security Council, the Economic and Social
 * Council or the Human Rights Council is named, or the number has the Council's form.
 */
public final class DocumentReferences {
    /** A reference: where it is in the text and the symbol it stands for. */
    public record Reference(int start, int end, String symbol) {
        public String url() {
            return "https://undocs.org/en/" + symbol;
        }
    }

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9.]*";
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/])(?![IVXL]+/)[A-Z]{1,10}(?:\\.\\d+)?(?:/" + SEGMENT + "(?:-" + SEGMENT + ")*){1,7}"
                    + "(?:\\s\\((?:Sect|Part|Vol|Supp)\\.?\\s?[A-Za-z0-9.]{1,8}\\))?");
    /** An acronym before "resolution" ("ECOSOC", "UNCTAD"): another body's resolution. */
    private static final Pattern SYMBOL_LIKE = Pattern.compile("[A-Z]{2,}[\\w.]*");
    /** The second symbol of a joint document (A/75/86-E/2020/62): the link goes to the first. */
    private static final Pattern JOINT = Pattern.compile("-[A-Z]{1,5}(?:\\.\\d+)?/");

    private static final Pattern KEYWORD = Pattern.compile("\\b[Rr]esolutions?\\s+");
    private static final Pattern ITEM = Pattern.compile(
            "(?<special>(?:ES|S)-\\d{1,2}/\\d{1,3})"
                    + "|(?<council>\\d{1,4})\\s?\\((?<year>(?:19|20)\\d\\d)\\)"
                    + "|(?<old>\\d{1,4})(?:\\s(?<part>[A-Z])(?:\\s(?:and|to)\\s[A-Z])?)?\\s?\\((?<roman>[IVXL]{1,7}|ES-[IVX]{1,4}|S-[IVX]{1,4})\\)"
                    + "|(?<session>\\d{1,4})/(?<number>\\d{1,3})(?![\\d/])");
    /** What may stand between two numbers of a list: a date, a comma, "and", "and its resolution". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:\\s+of\\s+\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})?(?:,\\s+entitled\\s+[“\"][^”\"]{1,300}[”\"])?(?:\\s+[A-Z](?:\\s+(?:and|to)\\s+[A-Z])?(?![\\w]))?"
                    + "(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s+to\\s+)"
                    + "(?:(?:its|the|General Assembly|Security Council)\\s+)?(?:[Rr]esolutions?\\s+)?");

    private DocumentReferences() {
    }

    public static List<Reference> find(String text) {
        List<Reference> found = new ArrayList<>();
        if (text.indexOf('/') < 0 && text.indexOf('(') < 0) {
            return found;
        }
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        Matcher symbol = SYMBOL.matcher(text);
        while (symbol.find()) {
            addSymbol(found, text, symbol.start(), symbol.end());
        }
        found.forEach(r -> taken.put(r.start(), r.end()));
        // Most paragraphs cite no resolution by number: the pattern runs only where the word is.
        Matcher keyword = KEYWORD.matcher(text.contains("esolution") ? text : "");
        Matcher item = ITEM.matcher(text);
        Matcher between = BETWEEN.matcher(text);
        while (keyword.find()) {
            String organ = organBefore(text, keyword.start());
            int at = keyword.end();
            while (at < text.length() && item.region(at, text.length()).lookingAt()) {
                String cited = resolutionSymbol(item, organ);
                if (cited != null && item.group("number") != null) {
                    cited += partAfter(text, item.end());
                }
                if (cited != null && !overlaps(taken, item.start(), item.end())) {
                    found.add(new Reference(item.start(), item.end(), cited));
                    taken.put(item.start(), item.end());
                }
                if (!between.region(item.end(), text.length()).lookingAt()) {
                    break;
                }
                at = between.end();
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void addSymbol(List<Reference> found, String text, int start, int end) {
        // A sentence's full stop is not part of the symbol; a closing "Add.1" keeps its own.
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        String written = text.substring(start, end);
        if (written.chars().noneMatch(Character::isDigit) || written.indexOf('/') < 0) {
            return;
        }
        Matcher joint = JOINT.matcher(written);
        String symbol = joint.find() ? written.substring(0, joint.start()) : written;
        found.add(new Reference(start, end, symbol.replace(" ", "")));
    }

    /**
     * "55/180 B": a later part of a resolution has a symbol of its own (A/RES/55/180B), as the
     * United Nations links it; part A is published under the resolution's plain symbol.
     */
    private static String partAfter(String text, int end) {
        if (end + 2 <= text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) >= 'B' && text.charAt(end + 1) <= 'H'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
            return String.valueOf(text.charAt(end + 1));
        }
        return "";
    }

    private static String resolutionSymbol(Matcher item, String organ) {
        if (item.group("special") != null) {
            return "A/RES/" + item.group("special");
        }
        if (item.group("council") != null) {
            return "S/RES/" + item.group("council") + "(" + item.group("year") + ")";
        }
        if (item.group("old") != null) {
            return "A/RES/" + item.group("old") + "(" + item.group("roman") + ")";
        }
        String session = item.group("session");
        String number = item.group("number");
        if (session.length() == 4) {
            // Year-numbered: the Economic and Social Council's own, or the old Commission's.
            return organ.equals("HRC") || organ.equals("A") || organ.equals("E") ? "E/RES/" + session + "/" + number : null;
        }
        return switch (organ) {
            case "HRC" -> "A/HRC/RES/" + session + "/" + number;
            case "A" -> "A/RES/" + session + "/" + number;
            default -> null; // another body's resolution (a conference, an agency): no official page to link
        };
    }

    /**
     * The organ named just before "resolution": HRC or E when that council is named; another body
     * ("Conference resolution", "WHA resolution") when a name in capitals stands there; else the
     * General Assembly, which is what "its resolution" and "resolution" alone mean in its texts.
     */
    private static String organBefore(String text, int keyword) {
        String before = text.substring(Math.max(0, keyword - 40), keyword);
        String lower = before.toLowerCase(Locale.ROOT);
        if (lower.endsWith("human rights council ")) {
            return "HRC";
        }
        if (lower.endsWith("economic and social council ")) {
            return "E";
        }
        if (lower.endsWith("general assembly ") || lower.endsWith("security council ")) {
            return "A";
        }
        String trimmed = before.strip();
        String previous = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        boolean named = !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                && !previous.equals("See") && !previous.equals("Recalling") && !previous.equals("In")
                && !previous.equals("Its") && !previous.equals("The") && !previous.equals("Also");
        return named || SYMBOL_LIKE.matcher(previous).matches() ? "other" : "A";
    }

    /** Whether [start, end) overlaps a reference already taken (keyed by start, valued by end). */
    private static boolean overlaps(TreeMap<Integer, Integer> taken, int start, int end) {
        var before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer next = taken.higherKey(start);
        return next != null && next < end;
    }
}
