package org.plenary.score;

import java.io.PrintStream;
import java.util.Collection;

/** Prints the real-PDF check: score.py's miss lines per form, then a table of the figures, one row per form. */
public final class RealPdfReport {
    private RealPdfReport() {
    }

    public static void print(Collection<FormTally> tallies, int missesPerForm, PrintStream out) {
        for (FormTally tally : tallies) {
            tally.missLines().stream().limit(missesPerForm).forEach(line -> out.println(tally.form() + " " + line));
            if (tally.missLines().size() > missesPerForm) {
                out.printf("%s … %d more documents miss (--misses N prints more)%n", tally.form(), tally.missLines().size() - missesPerForm);
            }
        }
        out.printf("%-7s %5s %9s %6s %8s %9s %6s %6s %7s %11s %8s %6s %7s %7s%n", "form", "docs", "converted", "exact",
                "preamble", "operative", "points", "notes", "annexes", "first words", "metadata", "words", "losing", "docs/s");
        out.printf("%-7s %5s %9s %6s %8s %9s %6s %6s %7s %11s %8s %6s %7s %7s%n", "", "", "", "", "right", "right", "right",
                "linked", "right", "right", "right", "lost", "words", "");
        for (FormTally t : tallies) {
            out.printf("%-7s %5d %9d %6d %8d %9d %6d %6d %7d %11s %7.1f%% %6d %7d %7.1f%n", t.form(), t.documents(), t.converted(),
                    t.structureExact(), t.preambleRight(), t.operativeRight(), t.pointsRight(), t.notesLinked(), t.annexesRight(),
                    t.firstWordsRight() + "/" + t.firstWordsCompared(), 100 * t.metadataRate(), t.wordsLost(), t.documentsLosingWords(),
                    t.documents() / Math.max(t.seconds(), 1e-9));
        }
        for (FormTally t : tallies) {
            StringBuilder missed = new StringBuilder();
            t.metadata().forEach((field, counts) -> {
                if (counts[0] < counts[1]) {
                    missed.append(' ').append(field).append(' ').append(counts[0]).append('/').append(counts[1]);
                }
            });
            if (!missed.isEmpty()) {
                out.println(t.form() + " metadata fields missed:" + missed);
            }
        }
        // score.py's headline, without the schema check it makes with xmllint.
        for (FormTally t : tallies) {
            out.printf("SCORE %s structure exact %d/%d, meta %.1f%%%n", t.form(), t.structureExact(), t.documents(), 100 * t.metadataRate());
        }
    }
}
