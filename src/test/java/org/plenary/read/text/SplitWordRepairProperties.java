package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.pipeline.Warning;

/** The repair that scans code points joins exactly what the one written with patterns joined. */
class SplitWordRepairProperties {

    @Property(tries = 3000)
    void agreesWithThePatterns(@ForAll("documents") List<String> lines) {
        String[] scanned = lines.toArray(String[]::new);
        String[] matched = lines.toArray(String[]::new);
        List<Warning> scanWarnings = new ArrayList<>();
        List<Warning> patternWarnings = new ArrayList<>();

        SplitWordRepair.repair(scanned, scanWarnings);
        SplitWordRepairByPatterns.repair(matched, patternWarnings);

        assertThat(scanned).as(String.join(" | ", lines)).containsExactly(matched);
        assertThat(scanWarnings).isEqualTo(patternWarnings);
    }

    /**
     * Lines of fragments that do and do not make words elsewhere, with every character the rules
     * look at around a run of letters: quotes, brackets, hyphens, slashes, digits, capitals,
     * letters and numbers outside Latin-1. Not letters outside the basic plane: the patterns'
     * look-behinds saw only the low half of such a letter, and so started a word inside a run
     * (see {@code SplitWordRepairTest}).
     */
    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> line = Arbitraries.of("n", "eeds", "needs", "increasin", "g", "increasing", "imp", "lementation",
                        "implementation", "capacity", "building", "capacitybuilding", "Secretary", "General", "a", "part",
                        "Ab", "é", "éa", "Ⅻ", "²", " ", " ", " ", "  ", "\t", "-", "/", "(", ")", "’", "'", "\"",
                        "“", "”", "‘", ",", ".", ";", "?", "1", "\u000B")
                .list().ofMaxSize(14).map(pieces -> String.join("", pieces));
        return line.list().ofMaxSize(6);
    }
}
