package org.plenary.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The backward scan of endsClause decides as the regular expression it replaces did. */
class EndsClauseProperties {
    private static final Pattern ENDS = Pattern.compile("[,;:.]$");

    @Property(tries = 3000)
    void agreesWithTheRegularExpression(@ForAll("lineEnds") String text) {
        boolean byRegex = ENDS.matcher(Unwrapper.TRAILING_CALLS.matcher(text).replaceAll("")).find();
        assertThat(Unwrapper.endsClause(text)).as("'%s' %s", text, text.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(byRegex);
    }

    /** Short strings over the characters that matter at a paragraph's end. */
    @Provide
    Arbitrary<String> lineEnds() {
        String alphabet = "ab Z,;:.12*™”'\"(x";
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(12);
    }
}
