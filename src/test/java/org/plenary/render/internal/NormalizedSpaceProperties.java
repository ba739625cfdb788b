package org.plenary.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text normalised in pieces is XPath's normalize-space of the pieces joined, and says when it differs. */
class NormalizedSpaceProperties {
    @Property(tries = 2000)
    void isNormalizeSpaceOfThePiecesJoined(@ForAll("pieces") List<String> pieces) {
        NormalizedSpace normalized = new NormalizedSpace(4);
        pieces.forEach(normalized::append);
        String joined = String.join("", pieces);
        // XPath's normalize-space: its white space is space, tab, CR and LF only.
        String expected = joined.replaceAll("[ \t\r\n]+", " ").replaceAll("^ | $", "");

        assertThat(normalized.toString()).isEqualTo(expected);
        assertThat(new String(normalized.chars())).isEqualTo(expected);
        assertThat(normalized.changed()).isEqualTo(!expected.equals(joined));
        assertThat(LineFiller.normalizeSpace(joined)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.of("a", "word", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2003", "\u000B", "\uD835\uDC00", "")
                .list().ofMaxSize(8)
                .map(parts -> String.join("", parts))
                .list().ofMaxSize(5);
    }
}
