package org.plenary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick scans of a text's end the parser uses instead of whole-text patterns give what the patterns give. */
class TextEndsProperties {
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[,;:]$");

    @Property(tries = 3000)
    void endsWithSearchesOnlyWhereAMatchCanBegin(@ForAll("ends") String text) {
        assertThat(StructurePatterns.endsWith(ENDS_CLAUSE, text)).isEqualTo(ENDS_CLAUSE.matcher(text).find());
    }

    @Property(tries = 3000)
    void lastIsOneOfIsTheWholeTextPattern(@ForAll("ends") String text) {
        assertThat(StructurePatterns.lastIsOneOf(text, ".,;:")).isEqualTo(text.matches("(?s).*[.,;:]$"));
    }

    /** Punctuation before every kind of line break "$" knows, and before none. */
    @Provide
    Arbitrary<String> ends() {
        return Arbitraries.of("word", " ", ",", ";", ":", ".", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "x")
                .list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }
}
