package org.plenary.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Collapsing white space gives what its definition says, whichever way it takes: each run of
 * white space one space in the style of the run's first character, none at the ends, every other
 * character in its own style.
 */
class CollapseWhitespaceProperties {
    private record Piece(String text, byte style) {
    }

    @Property(tries = 3000)
    void isEveryRunOneSpaceInItsFirstCharactersStyle(@ForAll("pieces") List<Piece> pieces) {
        StyledText.Builder builder = StyledText.builder();
        pieces.forEach(p -> builder.append(p.text(), p.style()));
        StyledText text = builder.build();

        StringBuilder expectedText = new StringBuilder();
        StringBuilder expectedStyles = new StringBuilder();
        String plain = text.text();
        int i = 0;
        while (i < plain.length()) {
            if (Character.isWhitespace(plain.charAt(i))) {
                int run = i;
                while (i < plain.length() && Character.isWhitespace(plain.charAt(i))) {
                    i++;
                }
                if (expectedText.length() > 0 && i < plain.length()) {
                    expectedText.append(' ');
                    expectedStyles.append(text.styleAt(run));
                }
            } else {
                expectedText.append(plain.charAt(i));
                expectedStyles.append(text.styleAt(i));
                i++;
            }
        }
        StyledText collapsed = text.collapseWhitespace();
        assertThat(collapsed.text()).isEqualTo(expectedText.toString());
        StringBuilder styles = new StringBuilder();
        for (int k = 0; k < collapsed.length(); k++) {
            styles.append(collapsed.styleAt(k));
        }
        assertThat(styles.toString()).isEqualTo(expectedStyles.toString());
        assertThat(collapsed.calls()).isEmpty();
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        Arbitrary<String> texts = Arbitraries.of("Noting", "a", "77/1", " ", " ", "  ", "\t", "\u2003", "\n", " x ", "é");
        Arbitrary<Byte> styles = Arbitraries.of(StyledText.PLAIN, StyledText.ITALIC, StyledText.BOLD);
        return Combinators.combine(texts, styles).as(Piece::new).list().ofMaxSize(12);
    }
}
