package org.plenary.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.plenary.layout.LaidOutText;
import org.plenary.layout.Line;
import org.plenary.layout.Marks;

/**
 * Accounts for every word of the source: each is either in the document, or in the page
 * furniture set aside. Counted as bags of words, so reordering (notes moved to their calls) does
 * not count as loss.
 */
public record Coverage(long words, long kept, long furniture, java.util.List<String> lost) {
    public double ratio() {
        return words == 0 ? 1.0 : (double) (kept + furniture) / words;
    }

    public static Coverage of(LaidOutText laidOut, Resolution resolution) {
        Map<String, Integer> source = new HashMap<>();
        for (Line line : laidOut.sourceLines()) {
            count(Marks.plain(line.text()), source, 1);
        }
        long words = source.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> remaining = new HashMap<>(source);
        long kept = take(documentText(resolution), remaining);
        StringBuilder furniture = new StringBuilder();
        laidOut.furniture().forEach(l -> furniture.append(Marks.plain(l.text())).append(' '));
        resolution.setAside().forEach(s -> furniture.append(s).append(' '));
        long set = take(furniture.toString(), remaining);
        java.util.List<String> lost = new java.util.ArrayList<>();
        remaining.forEach((word, left) -> {
            for (int i = 0; i < left; i++) {
                lost.add(word);
            }
        });
        java.util.Collections.sort(lost);
        return new Coverage(words, kept, set, lost);
    }

    private static String documentText(Resolution r) {
        StringBuilder all = new StringBuilder();
        for (String s : new String[] {r.symbol(), r.number(), r.session(), r.agendaItem(), r.committeeLine(), r.heading(), r.meeting(),
                r.sponsors() == null ? null : r.sponsors() + " draft resolution"}) {
            if (s != null) {
                all.append(s).append(' ');
            }
        }
        all.append("Agenda item ");
        r.coverLines().forEach(s -> all.append(s).append(' '));
        if (r.distributionDate() != null) {
            all.append(r.distributionDate().printed()).append(' ');
        }
        if (r.adoptionDate() != null) {
            all.append(r.adoptionDate().printed()).append(' ');
        }
        r.textUnitsInOrder().forEach(u -> all.append(Marks.plain(u.text())).append(' '));
        r.notes().values().forEach(n -> all.append(Marks.plain(n.text())).append(' '));
        r.operative().forEach(p -> appendNums(p, all));
        r.repairedWords().forEach(w -> all.append(w).append(' '));
        r.annexes().forEach(a -> all.append(a.heading().text()).append(' '));
        return all.toString();
    }

    /** Printed point labels ("(b)") are words of the source too. */
    private static void appendNums(Resolution.Numbered unit, StringBuilder all) {
        all.append(unit.num()).append(' ');
        unit.points().forEach(p -> appendNums(p, all));
    }

    private static long take(String text, Map<String, Integer> remaining) {
        long[] taken = {0};
        forEachWord(text, word -> remaining.computeIfPresent(word, (w, left) -> {
            taken[0]++;
            return left == 1 ? null : left - 1;
        }));
        return taken[0];
    }

    private static void count(String text, Map<String, Integer> bag, int by) {
        forEachWord(text, word -> bag.merge(word, by, Integer::sum));
    }

    /** Each run of letters (what the pattern \p{L}+ matches), lower-cased; a hand scan, as this runs on every word twice. */
    static void forEachWord(String text, java.util.function.Consumer<String> action) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            action.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
    }

}
