package org.plenary.parse;

import org.plenary.layout.LaidOutText;
import org.plenary.source.SourceLine;
import org.plenary.parse.internal.WordBag;

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
        WordBag remaining = new WordBag();
        for (SourceLine line : laidOut.sourceLines()) {
            remaining.addAll(line.plain());
        }
        long words = remaining.size();
        long kept = takeDocumentText(resolution, remaining);
        long set = 0;
        for (SourceLine line : laidOut.furniture()) {
            set += remaining.takeAll(line.plain());
        }
        for (Resolution.SetAside s : resolution.setAside()) {
            set += remaining.takeAll(s.text());
        }
        return new Coverage(words, kept, set, remaining.remaining());
    }

    /** Takes from the bag every word the document holds; returns how many it took. */
    private static long takeDocumentText(Resolution r, WordBag bag) {
        long taken = 0;
        for (String s : new String[] {r.symbol(), r.number(), r.session(), r.agendaItem(), r.committeeLine(), r.heading(), r.meeting(),
                r.sponsors() == null ? null : r.sponsors() + " draft resolution", "Agenda item",
                r.distributionDate() == null ? null : r.distributionDate().printed(),
                r.adoptionDate() == null ? null : r.adoptionDate().printed()}) {
            if (s != null) {
                taken += bag.takeAll(s);
            }
        }
        for (String s : r.coverLines()) {
            taken += bag.takeAll(s);
        }
        for (Resolution.TextUnit u : r.textUnitsInOrder()) {
            taken += bag.takeAll(u.plain());
        }
        for (Resolution.Note n : r.notes().values()) {
            taken += bag.takeAll(n.text().text());
        }
        Resolution.Group group = null;
        for (Resolution.Numbered p : r.operative()) {
            if (p.group() != null && p.group() != group) {
                group = p.group();
                for (Resolution.HeadingLine line : group.lines()) {
                    taken += line.num() == null ? 0 : bag.takeAll(line.num());
                }
            }
            taken += takeNums(p, bag);
        }
        for (String w : r.repairedWords()) {
            taken += bag.takeAll(w);
        }
        for (Resolution.Annex a : r.annexes()) {
            taken += bag.takeAll(a.heading().plain());
        }
        return taken;
    }

    /** Printed point labels ("(b)") are words of the source too. */
    private static long takeNums(Resolution.Numbered unit, WordBag bag) {
        long taken = unit.num() == null ? 0 : bag.takeAll(unit.num());
        for (Resolution.Numbered p : unit.points()) {
            taken += takeNums(p, bag);
        }
        return taken;
    }
}
