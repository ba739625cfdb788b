package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.plenary.layout.internal.FurnitureRecognizer;
import org.plenary.source.SourceDocument.PageSize;
import org.plenary.source.SourceLine;

/**
 * Running heads and feet: the lines at a page's top and foot that belong to the printed page, not
 * to the resolution (the symbol and title repeated at the head, "2/6" and the job number at the
 * foot, the bar code of the first page). They are known by where they stand, by their shapes, by
 * type smaller than the body's, and by repeating from page to page. The first page's head is the
 * cover, which holds the resolution's metadata, and is never furniture.
 */
final class PageFurniture {
    /** Share of the page's height, from its top and from its foot, where running heads and feet stand. */
    private static final float HEAD_BAND = 0.13f;
    private static final float FOOT_BAND = 0.12f;

    private final FurnitureRecognizer shapes = new FurnitureRecognizer();

    Set<SourceLine> find(Map<Integer, List<SourceLine>> pages, List<PageSize> sizes, PageMetrics metrics) {
        int pageCount = pages.size();
        String cover = coverText(pages.get(pages.keySet().iterator().next()));
        String coverCompact = cover.replace(" ", "");
        Map<String, List<SourceLine>> repeats = repeats(pages, sizes);
        Set<SourceLine> furniture = new HashSet<>();
        for (Map.Entry<Integer, List<SourceLine>> page : pages.entrySet()) {
            int number = page.getKey();
            List<SourceLine> lines = page.getValue();
            float height = height(sizes, number);
            float head = headHeight(sizes);
            if (number > 1) {
                // The running head ends on the row of the document's symbol: a title wrapped
                // over several lines stands above it, as many lines as it takes.
                int symbolRow = symbolRow(lines, head);
                for (int i = 0; i < lines.size() && symbolRow >= 0; i++) {
                    SourceLine line = lines.get(i);
                    if (line.baseline() > lines.get(symbolRow).baseline() + 0.5f) {
                        continue;
                    }
                    // Plain pdftotext may print body lines before the symbol, out of the page's
                    // order (78/72): in text, a line above it is the head's if it repeats the title.
                    if (metrics.sized() || i == symbolRow || inTitle(line, coverCompact) || shapes.isFurniture(line.plain(), true)) {
                        furniture.add(line);
                    }
                }
                // Plain pdftotext text may print the running title after the symbol: the lines
                // right under it that repeat the cover's title are the head's too. Not when the
                // title stood above the symbol, as the page prints it: the body follows then,
                // and may well quote the title.
                boolean titleAbove = symbolRow > 0 && lines.get(0).baseline() < lines.get(symbolRow).baseline() - 0.5f;
                // Each line goes on with the title where the last left it: a body line quoting the
                // title again ("Peoples’ representatives …", 78/328) is no continuation.
                String title = "";
                for (int i = symbolRow + 1; symbolRow >= 0 && !titleAbove && !metrics.sized() && i < lines.size()
                        && lines.get(i).baseline() < HEAD_BAND * head; i++) {
                    String plain = lines.get(i).plain().strip().replaceAll("\\s+", " ");
                    String longer = title.isEmpty() ? plain : title + " " + plain;
                    if (plain.length() < 8 || !cover.contains(longer)) {
                        break;
                    }
                    title = longer;
                    furniture.add(lines.get(i));
                }
                for (SourceLine line : lines) {
                    if (furniture.contains(line)) {
                        continue;
                    }
                    if (line.baseline() > HEAD_BAND * head) {
                        break;
                    }
                    boolean running = metrics.isSmall(line.size()) || shapes.isFurniture(line.plain(), true)
                            || repeated(line, repeats.get(key(line, "head")), pageCount) || onRowOf(line, lines, furniture, metrics);
                    if (!running) {
                        break;
                    }
                    furniture.add(line);
                }
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                SourceLine line = lines.get(i);
                if (line.baseline() < (1 - FOOT_BAND) * height || opensRaised(line)) {
                    break; // above the foot, or a note with its raised marker
                }
                String plain = line.plain().strip();
                // A lone number is the page's number only at its very foot; above that it is a
                // note's marker. A repeated line ending a sentence is a note that happens to match.
                boolean loneNumber = plain.chars().allMatch(Character::isDigit);
                boolean running = shapes.isFurniture(plain, true) && !shapes.isRule(plain) && (!loneNumber || i == lines.size() - 1)
                        || isBarCode(plain) || repeated(line, repeats.get(key(line, "foot")), pageCount) && !plain.endsWith(".") && !loneNumber
                        || onRowOf(line, lines, furniture, metrics);
                if (!running) {
                    break;
                }
                furniture.add(line);
            }
            // Plain pdftotext may print the first page's job number and bar code above the page's
            // last body line: shapes no resolution's text takes, furniture wherever they stand.
            if (!metrics.sized()) {
                for (SourceLine line : lines) {
                    if (isJobOrBarCode(line.plain())) {
                        furniture.add(line);
                    }
                }
            }
            // The other parts of a row that holds furniture ("A/RES/78/92 … Question of Guam") are furniture too.
            for (SourceLine line : lines) {
                if (!furniture.contains(line) && onRowOf(line, lines, furniture, metrics) && !metrics.isBodySize(line.size())) {
                    furniture.add(line);
                }
            }
        }
        return furniture;
    }

    /**
     * A line of the page's foot by its shape alone (a job number, "2/5  23-23443", a bar code, the
     * print date): never a note's text, wherever plain pdftotext output puts it among the notes.
     */
    boolean isFootByShape(SourceLine line) {
        String plain = line.plain().strip();
        boolean loneNumber = !plain.isEmpty() && plain.chars().allMatch(Character::isDigit) && plain.length() <= 3;
        return !loneNumber && !shapes.isRule(plain) && (shapes.isFurniture(plain, true) || isBarCode(plain));
    }

    /** The first page's text up to the formula, one space between words: where the title is printed in full. */
    private static String coverText(List<SourceLine> firstPage) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : firstPage) {
            if (org.plenary.layout.StructurePatterns.isFormula(line.plain().strip())) {
                break;
            }
            text.append(' ').append(line.plain().strip());
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /**
     * Whether the line's text stands in the cover's, as a running title's lines do; spaces aside,
     * which pdftotext may lose in a head ("under the title“Second World", 78/261).
     */
    private static boolean inTitle(SourceLine line, String coverCompact) {
        String plain = line.plain().replaceAll("\\s+", "");
        return plain.isEmpty() || coverCompact.contains(plain);
    }

    /** The index of the line in the page's head that is the document's symbol alone, or -1. */
    private static int symbolRow(List<SourceLine> lines, float height) {
        for (int i = 0; i < lines.size() && lines.get(i).baseline() < HEAD_BAND * height; i++) {
            if (SYMBOL.matcher(lines.get(i).plain().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** "A/RES/78/104", "S/RES/2334 (2016)", "A/RES/75/290 B": a symbol alone. */
    private static final Pattern SYMBOL = Pattern.compile(
            "[A-Z]{1,2}(?:/[A-Z0-9.\\-]+){2,}(?: \\(\\d{4}\\))?(?: [A-Z])?");

    /** For each head and foot line's text (digits aside), the lines that print it. */
    private static Map<String, List<SourceLine>> repeats(Map<Integer, List<SourceLine>> pages, List<PageSize> sizes) {
        Map<String, List<SourceLine>> repeats = new HashMap<>();
        for (Map.Entry<Integer, List<SourceLine>> page : pages.entrySet()) {
            float height = height(sizes, page.getKey());
            float head = headHeight(sizes);
            for (SourceLine line : page.getValue()) {
                if (line.baseline() < HEAD_BAND * head) {
                    repeats.computeIfAbsent(key(line, "head"), k -> new ArrayList<>()).add(line);
                } else if (line.baseline() > (1 - FOOT_BAND) * height) {
                    repeats.computeIfAbsent(key(line, "foot"), k -> new ArrayList<>()).add(line);
                }
            }
        }
        return repeats;
    }

    /**
     * Whether the same text (digits aside) stands at the same height on another page, as a
     * running head or foot does; notes at a page's foot change from page to page.
     */
    private static boolean repeated(SourceLine line, List<SourceLine> sameText, int pageCount) {
        if (sameText == null) {
            return false;
        }
        Set<Integer> pages = new HashSet<>();
        for (SourceLine other : sameText) {
            if (Math.abs(other.baseline() - line.baseline()) < 3f) {
                pages.add(other.page());
            }
        }
        // On every other page at least: two short notes may happen to match once.
        return pages.size() >= Math.max(2, (pageCount - 1) / 2);
    }

    private static String key(SourceLine line, String band) {
        return band + ":" + line.plain().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** Whether the line shares its baseline with a line already taken as furniture. */
    private static boolean onRowOf(SourceLine line, List<SourceLine> lines, Set<SourceLine> furniture, PageMetrics metrics) {
        float tolerance = metrics.sized() ? 2f : 0.5f; // points, or text's rows
        for (SourceLine other : lines) {
            // The baseline first: it is a subtraction, looking a line up in the set hashes its whole text.
            if (other != line && Math.abs(other.baseline() - line.baseline()) < tolerance && furniture.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensRaised(SourceLine line) {
        return line.text().length() > 0 && line.text().has(0, org.plenary.source.StyledText.SUPERSCRIPT);
    }

    private static final Pattern JOB_OR_BAR_CODE = Pattern.compile(
            "\\s*(?:\\d{2}-\\d{5} ?\\(E\\)(?:\\s+\\d{6})?|\\*\\d{7}\\*)\\s*");

    /** "23-23443 (E)" or "23-23443 (E)   011223", the first page's job number; "*2323443*", its bar code. */
    private static boolean isJobOrBarCode(String text) {
        return (text.indexOf('-') > 0 || text.indexOf('*') >= 0) && JOB_OR_BAR_CODE.matcher(text).matches();
    }

    /** "*2324965*": the job number as a bar code; or the print date under the job number, "191223". */
    private static boolean isBarCode(String text) {
        String s = text.strip();
        return s.matches("\\*\\d{5,}\\*") || s.matches("\\d{6}");
    }

    /** The page's height: its foot is measured from its end. */
    private static float height(List<PageSize> sizes, int page) {
        return page - 1 < sizes.size() ? sizes.get(page - 1).height() : 792f;
    }

    /**
     * The height a head is measured on: the tallest page's. A PDF's pages are of one size;
     * pdftotext's last page is as short as its text, but its head stands where every page's does.
     */
    private static float headHeight(List<PageSize> sizes) {
        float tallest = 0;
        for (PageSize size : sizes) {
            tallest = Math.max(tallest, size.height());
        }
        return tallest > 0 ? tallest : 792f;
    }

    static List<SourceLine> without(List<SourceLine> lines, Set<SourceLine> furniture) {
        List<SourceLine> kept = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!furniture.contains(line)) {
                kept.add(line);
            }
        }
        return kept;
    }
}
