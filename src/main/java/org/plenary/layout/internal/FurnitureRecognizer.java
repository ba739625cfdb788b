package org.plenary.layout.internal;

import java.util.regex.Pattern;

import org.plenary.layout.StructurePatterns;

/**
 * Page furniture: lines that belong to the printed page, not to the resolution. Running headers
 * (a lone document symbol) and page numbers only count once the body has begun, because the
 * same shapes carry metadata on the cover.
 */
public final class FurnitureRecognizer {
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[-_=*]\\s*){3,}$");
    private static final Pattern DOCUMENT_MANAGEMENT = Pattern.compile("<<ODS [A-Z ]+\\d*>>|^\\s*\\[DU\\d+\\]");
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "^\\s*(?:\\d{2}-\\d{5}\\*?(?:\\s*\\(E\\))?(?:\\s+\\d{6})?|\\d{2} \\d{5}|N\\d{7}[A-Z]?|\\*\\d{5,}\\*)\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:-\\s*)?\\d{1,3}(?:\\s*(?:/|of)\\s*\\d{1,3})?(?:\\s*-)?\\s*$");
    /** "A/RES/70/1", "S/RES/2334 (2016)", and a part of a resolution in parts: "A/RES/75/290 A". */
    private static final String SYMBOL = "[A-Z]{1,2}(?:/[A-Z0-9.\\-]+(?: \\(\\d{4}\\))?){2,}(?: [A-Z](?![\\p{L}]))?";
    /** A symbol alone on its line; one ending a sentence ("A/75/389.") is a paragraph's last line, not a header. */
    private static final Pattern RUNNING_HEADER = Pattern.compile("^\\s*" + SYMBOL + "(?<!\\.)\\s*$");
    /** "A/RES/70/1      Transforming our world …" or the title first and the symbol last; a title may open with a year. */
    static final Pattern HEADER_WITH_TITLE = Pattern.compile(
            "^\\s*(?:" + SYMBOL + "\\s{4,}[\\p{L}\\d].{6,}|[\\p{L}\\d].{6,}?\\s{4,}" + SYMBOL + "\\s*)$");
    /** "2/35      15-16301" and "15-16301      3/35". */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^\\s*(?:\\d{1,3}/\\d{1,3}\\s+\\d{2}-\\d{5}|\\d{2}-\\d{5}\\s+\\d{1,3}/\\d{1,3})\\s*$");

    public boolean isRule(String line) {
        int start = StructurePatterns.firstNonSpace(line);
        return start < line.length() && "-_=*".indexOf(line.charAt(start)) >= 0 && RULE.matcher(line).matches();
    }

    public boolean isFurniture(String line, boolean bodyStarted) {
        // Cheap tests first: most lines are text, and page furniture is short or has a symbol's slashes.
        boolean shortLine = nonSpaceCharacters(line) <= SHORT;
        boolean slash = line.indexOf('/') >= 0;
        if (isRule(line)
                || (line.contains("<<ODS") || line.contains("[DU")) && DOCUMENT_MANAGEMENT.matcher(line).find()
                || shortLine && JOB_NUMBER.matcher(line).matches()) {
            return true;
        }
        return shortLine && slash && PAGE_FOOTER.matcher(line).matches() || bodyStarted && (shortLine && PAGE_NUMBER.matcher(line).matches()
                || slash && RUNNING_HEADER.matcher(line).matches() || slash && hasGap(line) && HEADER_WITH_TITLE.matcher(line).matches());
    }

    /**
     * Whether white space four wide or more follows the line's first word: a header with a title
     * has one between title and symbol; most lines have none, and the pattern need not run.
     */
    static boolean hasGap(String line) {
        int run = 0;
        for (int i = StructurePatterns.firstNonSpace(line); i < line.length(); i++) {
            run = Character.isWhitespace(line.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** More characters than any job number, page number or footer has ("2/35      15-16301 (E) 221015"). */
    private static final int SHORT = 24;

    private static int nonSpaceCharacters(String line) {
        int count = 0;
        for (int i = 0; i < line.length() && count <= SHORT; i++) {
            count += Character.isWhitespace(line.charAt(i)) ? 0 : 1;
        }
        return count;
    }
}
