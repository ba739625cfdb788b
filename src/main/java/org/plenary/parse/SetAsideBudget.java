package org.plenary.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.plenary.layout.LaidOutText;
import org.plenary.parse.internal.WordBag;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;
import org.plenary.source.SourceLine;

/**
 * How many words a document may set aside. A page's running head and foot hold a handful of words
 * besides the document's symbol and its title repeated (a page number, a job number, "(E)", a bar
 * code); the cover, before the resolution, may set aside an agenda item's title or a publisher's
 * lines. A page that sets aside more is warned about ({@code furniture-excess}); a document that
 * sets aside more than its pages and cover allow is refused, rather than published without them.
 */
public final class SetAsideBudget {
    /**
     * @param perPage words a page may set aside besides the symbol and the title; measured on the
     *     312 real resolutions of session 78 in all three forms: at most 2 on a correct page, 7 and
     *     more only where a table's header or a paragraph's line was taken for the running head
     * @param fixed words the whole document may set aside besides: the cover's (its agenda item's
     *     title set aside runs to 39 words), a draft's or a publisher's lines
     */
    public record Limits(int perPage, int fixed) {
        public static final Limits DEFAULT = new Limits(6, 60);
    }

    /** A page of text without page breaks counts as this many words' worth of pages: a printed page holds 400 to 600. */
    static final int WORDS_PER_PAGE = 400;
    /** Document-management markup (Word exports' "<<ODS JOB NO>>", "[DU1]") names no word of the text. */
    private static final Pattern MARKUP = Pattern.compile("<<[^<>]*>>|\\[DU\\d+\\]");
    /** A document symbol ("A/RES/78/28", "A/C.2/58/L.37"): what every running head and foot prints. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,2}(?:/[A-Za-z0-9.\\-]+)+");

    /** Words set aside from one place: a page's head and foot, or one text outside the resolution. */
    record Share(String where, int line, String start, long words) {
    }

    private SetAsideBudget() {
    }

    /**
     * Warns about each page that sets aside more than a page's allowance, and refuses a document
     * that sets aside more than its allowance.
     *
     * @param sourceWords the words of the source, for the pages of a text without page breaks
     * @throws ConversionException when the document sets aside more words than it may
     */
    public static List<Warning> check(LaidOutText laidOut, Resolution resolution, long sourceWords, Limits limits) {
        int pageCount = 1;
        for (SourceLine line : laidOut.sourceLines()) {
            pageCount = Math.max(pageCount, line.page());
        }
        // Text without page breaks still ran over printed pages: each has its head and foot.
        int pages = pageCount > 1 ? pageCount : (int) Math.max(1, (sourceWords + WORDS_PER_PAGE - 1) / WORDS_PER_PAGE);
        int pageAllowance = limits.perPage() * (pageCount > 1 ? 1 : pages);
        List<Warning> warnings = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (Share page : pages(laidOut.furniture(), resolution)) {
            shares.add(page);
            if (page.words() > pageAllowance) {
                warnings.add(new Warning("furniture-excess", page.line(), page.where() + ": " + page.words()
                        + " words were set aside as running head or foot, more than page furniture holds (" + pageAllowance
                        + " besides the symbol and the title), among them line " + page.line() + ": \"" + page.start()
                        + "\". Check that this is not the resolution's text; if it is, it is missing from the output."));
            }
        }
        for (Resolution.SetAside text : resolution.setAside()) {
            shares.add(new Share("text " + text.where(), text.line(), ParseState.abbreviate(text.text()), words(text.text())));
        }
        long total = shares.stream().mapToLong(Share::words).sum();
        long allowed = (long) limits.perPage() * pages + limits.fixed();
        if (total > allowed) {
            throw refusal(shares, total, allowed, pages, limits);
        }
        return warnings;
    }

    /** Each page's words set aside that are neither a symbol nor the title its running head repeats, with the line holding most. */
    static List<Share> pages(List<SourceLine> furniture, Resolution resolution) {
        Map<Integer, List<SourceLine>> byPage = new TreeMap<>();
        for (SourceLine line : furniture) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        String title = resolution.title() == null ? "" : resolution.title().plain();
        String tableHeads = tableHeads(resolution);
        List<Share> shares = new ArrayList<>();
        for (Map.Entry<Integer, List<SourceLine>> page : byPage.entrySet()) {
            // The title once a page: a running head prints it once; body text that repeats its words is not explained by it.
            WordBag titleWords = new WordBag();
            titleWords.addAll(title);
            long words = 0;
            long most = 0;
            SourceLine worst = null;
            for (SourceLine line : page.getValue()) {
                String text = SYMBOL.matcher(MARKUP.matcher(line.plain()).replaceAll(" ")).replaceAll(" ");
                long own = repeatsTableHead(text, tableHeads) ? 0 : words(text) - titleWords.takeAll(text);
                words += own;
                if (own > most) {
                    most = own;
                    worst = line;
                }
            }
            if (worst != null) {
                shares.add(new Share("Page " + page.getKey(), worst.number(), ParseState.abbreviate(worst.plain().strip()), words));
            }
        }
        return shares;
    }

    /** The text of the header rows of the document's tables, which a table running over pages prints again on each. */
    private static String tableHeads(Resolution resolution) {
        StringBuilder heads = new StringBuilder();
        for (Resolution.TextUnit unit : resolution.textUnitsInOrder()) {
            if (unit instanceof Resolution.PrintedTable printed) {
                for (org.plenary.layout.Table.Row row : printed.table().header()) {
                    for (org.plenary.source.StyledText cell : row.cells()) {
                        heads.append(cell.text()).append(' ');
                    }
                }
            }
        }
        return heads.toString();
    }

    /**
     * Whether every word of a line set aside is a word of the tables' headers: the header of a table
     * that runs over pages, printed again at the top of the next, is set aside there and lost
     * nowhere, as the table holds it once.
     */
    private static boolean repeatsTableHead(String text, String tableHeads) {
        if (tableHeads.isEmpty()) {
            return false;
        }
        long words = words(text);
        WordBag heads = new WordBag();
        heads.addAll(tableHeads);
        return words > 0 && heads.takeAll(text) == words;
    }

    private static ConversionException refusal(List<Share> shares, long total, long allowed, int pages, Limits limits) {
        List<Share> largest = shares.stream().sorted(Comparator.comparingLong(Share::words).reversed()).limit(3).toList();
        StringBuilder where = new StringBuilder();
        for (Share share : largest) {
            where.append(where.length() == 0 ? "" : "; ").append(share.where()).append(", ").append(share.words())
                    .append(share.words() == 1 ? " word from line " : " words from line ").append(share.line()).append(": \"").append(share.start()).append('"');
        }
        return new ConversionException(total + " words were set aside as page furniture or as text outside the resolution, more than the "
                + allowed + " a document of " + pages + (pages == 1 ? " page" : " pages") + " may set aside (" + limits.perPage()
                + " a page and " + limits.fixed() + " for the cover); publishing it would leave them out of the resolution. Most were: "
                + where + ".", largest.get(0).line(),
                "Check that the file is the whole resolution, in one of the forms Plenary reads. If the words named are the "
                        + "resolution's own text, Plenary misread the page: report it with the file attached. If they truly are not "
                        + "the resolution's (a publisher's pages around it), remove them from the file, or raise "
                        + "plenary.set-aside.per-page or plenary.set-aside.fixed (in application.properties, or as the environment "
                        + "variables PLENARY_SET_ASIDE_PER_PAGE and PLENARY_SET_ASIDE_FIXED).");
    }

    private static long words(String text) {
        WordBag bag = new WordBag();
        bag.addAll(text);
        return bag.size();
    }
}
