package org.plenary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick scans the parser uses instead of whole-text patterns give what the patterns give. */
class TextEndsAndCallsProperties {
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[,;:]$");

    @Property(tries = 3000)
    void callMarkersAreWhatThePatternFinds(@ForAll("marked") String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Marks.CALL.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(Marks.callMarkers(text)).isEqualTo(found);
    }

    @Property(tries = 3000)
    void endsWithSearchesOnlyWhereAMatchCanBegin(@ForAll("ends") String text) {
        assertThat(StructurePatterns.endsWith(ENDS_CLAUSE, text)).isEqualTo(ENDS_CLAUSE.matcher(text).find());
    }

    @Property(tries = 3000)
    void lastIsOneOfIsTheWholeTextPattern(@ForAll("ends") String text) {
        assertThat(StructurePatterns.lastIsOneOf(text, ".,;:")).isEqualTo(text.matches("(?s).*[.,;:]$"));
    }

    /** Calls, empty calls, unclosed and doubled marks among words. */
    @Provide
    Arbitrary<String> marked() {
        return Arbitraries.of("a", " ", "12", "*", String.valueOf(Marks.CALL_OPEN), String.valueOf(Marks.CALL_CLOSE),
                        Marks.call("1"), Marks.call("23"), String.valueOf(Marks.ITALIC_OPEN))
                .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }

    /** Punctuation before every kind of line break "$" knows, and before none. */
    @Provide
    Arbitrary<String> ends() {
        return Arbitraries.of("word", " ", ",", ";", ":", ".", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "x")
                .list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }
}
