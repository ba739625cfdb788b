package org.plenary.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The recognizer's pre-checks turn away only lines its patterns would not match. */
class FurnitureRecognizerProperties {
    @Property(tries = 3000)
    void everyHeaderWithATitleHasAGap(@ForAll("lines") String line) {
        boolean header = FurnitureRecognizer.HEADER_WITH_TITLE.matcher(line).matches();
        if (header) {
            assertThat(FurnitureRecognizer.hasGap(line)).as(line).isTrue();
        }
        Statistics.collect(header);
        // Headers must come up often enough for the property to mean something.
        Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
    }

    /** Symbols, title words, years and runs of white space of every width, in any order. */
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("A/RES/75/1", "S/RES/2334 (2016)", " B", "A/", "/", " ", "  ", "    ", "\t", "\t\t\t\t", "\u2003",
                        "Transforming", "our world", "2030 ", "Agenda", ".", "x", "7")
                .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }
}
