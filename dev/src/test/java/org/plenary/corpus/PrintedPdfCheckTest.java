package org.plenary.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.plenary.dev.DevShared;

/**
 * The UN's own Akoma Ntoso of sessions 75 to 77, printed to PDF as the UN prints resolutions and
 * converted back, natively and through pdftotext: the PDF path measured on sessions the real PDFs
 * do not cover. Every eighth resolution; the README gives the whole corpus's figures.
 */
class PrintedPdfCheckTest {

    private static List<Path> sample() throws IOException {
        List<Path> all = DevShared.unAknFiles();
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 8) {
            sample.add(all.get(i));
        }
        Assumptions.assumeTrue(UnPdfLayout.available(),
                "needs Liberation Serif to print PDFs in (Debian: fonts-liberation, which Chromium brings)");
        return sample;
    }

    @Test
    void printedPdfsConvertBack() throws IOException {
        List<Path> sample = sample();
        Map<String, CorpusCheck.Tally> tallies = new CorpusCheck().run(sample, List.of(new UnPdfLayout()));
        CorpusCheck.report(tallies, System.out, 5);
        // Floors a little under what this eighth measures (99.2% exact over the whole corpus): the
        // misses are tables the printer sets as paragraphs and points the UN's markup left unnumbered.
        assertThat(tallies.get("pdf").exactRate()).isGreaterThanOrEqualTo(0.97);
        assertThat(tallies.get("pdf").metaRate()).isGreaterThanOrEqualTo(0.99);
        assertThat(tallies.get("pdf").textRate()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void printedPdfsConvertBackThroughPdftotext() throws IOException {
        List<Path> sample = sample();
        Assumptions.assumeTrue(onPath("pdftotext"), "needs poppler's pdftotext (Debian: poppler-utils)");
        Map<String, CorpusCheck.Tally> tallies = new CorpusCheck().run(sample,
                List.of(new PdftotextLayout(true), new PdftotextLayout(false)));
        CorpusCheck.report(tallies, System.out, 5);
        // The whole corpus measures 98.7% and 96.5%.
        assertThat(tallies.get("pdf-layout").exactRate()).isGreaterThanOrEqualTo(0.96);
        assertThat(tallies.get("pdf-raw").exactRate()).isGreaterThanOrEqualTo(0.93);
        tallies.values().forEach(t -> assertThat(t.metaRate()).isGreaterThanOrEqualTo(0.98));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
