package org.plenary.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.dev.DevShared;

/**
 * The corpus check on every fourth of the UN's own Akoma Ntoso resolutions: each is printed in
 * five layouts and converted back. These floors guard what the parser has reached; the README
 * gives the figures for the whole corpus (plenary-dev corpus-check).
 */
class CorpusCheckTest {

    @Test
    void resolutionsMarkedUpByTheUnConvertBackFromEveryLayout() throws IOException {
        List<java.nio.file.Path> all = DevShared.unAknFiles();
        List<java.nio.file.Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 4) {
            sample.add(all.get(i));
        }
        assertThat(sample).hasSizeGreaterThan(200);

        CorpusCheck check = new CorpusCheck();
        Map<String, CorpusCheck.Tally> tallies = check.run(sample, CorpusCheck.LAYOUTS);
        CorpusCheck.report(tallies, System.out, 5);

        // Floors a little under what this fourth of the corpus measures (99.2% on the clean layouts,
        // 98.4% on OCR): a change that costs more than a document or two fails here.
        for (String clean : List.of("plain", "paged", "markdown", "web", "web-page", "word-document")) {
            assertThat(tallies.get(clean).exactRate()).as(clean).isGreaterThanOrEqualTo(0.985);
        }
        assertThat(tallies.get("ocr").exactRate()).isGreaterThanOrEqualTo(0.975);
        tallies.values().forEach(t -> assertThat(t.metaRate()).isGreaterThanOrEqualTo(0.99));
        assertThat(tallies.get("plain").textRate()).isGreaterThanOrEqualTo(0.985);
        assertThat(tallies.get("paged").textRate()).isGreaterThanOrEqualTo(0.98);
    }
}
