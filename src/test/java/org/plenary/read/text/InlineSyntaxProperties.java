package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The inline tokens, sought only where one can begin, are the tokens the pattern's own search finds. */
class InlineSyntaxProperties {
    /** Pieces of text exports: tokens whole and broken, their neighbours, words and spaces. */
    private static final List<String> PIECES = List.of("a", "word", " ", "  ", "\n", ",", ".", "1", "23", "<sup>1</sup>",
            "<sup> * </sup>", "<sup>", "</sup>", "[2]", "[12]", "[1234]", "[*]", "[†]", "[‡]", "[", "]", "<em>", "</em>", "<i>",
            "</i>", "<b>", "</b>", "<br/>", "<span class=\"x\">", "</p>", "<", ">", "*", "**", "***", "_", "__", "\\*", "\\_",
            "\\", "x*", "*x", "é", "(", ")");

    @Property(tries = 3000)
    void findsWhatTheSearchFinds(@ForAll("texts") String text, @ForAll boolean markdown, @ForAll @IntRange(max = 60) int from) {
        int start = Math.min(from, text.length());
        Pattern tokens = InlineSyntax.tokens(markdown);
        Matcher sought = tokens.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher searched = tokens.matcher(text);
        int at = start;
        boolean found;
        do {
            int token = InlineSyntax.nextToken(sought, text, at);
            found = searched.find(at);
            assertThat(token >= 0).as("a token from %d", at).isEqualTo(found);
            if (found) {
                assertThat(token).as("its start").isEqualTo(searched.start());
                assertThat(sought.end()).as("its end").isEqualTo(searched.end());
                for (String group : List.of("sup", "supMarker", "bracketMarker", "italicText", "otherTag")) {
                    assertThat(sought.group(group)).as(group).isEqualTo(searched.group(group));
                }
                if (markdown) {
                    for (String group : List.of("emphasis", "delim", "emphasisText", "escape", "stray")) {
                        assertThat(sought.group(group)).as(group).isEqualTo(searched.group(group));
                    }
                }
                at = sought.end();
            }
        } while (found && at < text.length());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}
