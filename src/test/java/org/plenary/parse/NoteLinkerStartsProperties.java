package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The linker tries its call patterns only where a match can start; no start of a match is passed over. */
class NoteLinkerStartsProperties {
    @Property(tries = 3000)
    void gluedDigitsStartOnlyWhereLooked(@ForAll("texts") String text) {
        NoteLinker.Starts starts = new NoteLinker.Starts(text);
        assertEveryMatchStartIsOffered(NoteLinker.GLUED_DIGITS, text, starts::gluedDigit);
    }

    @Property(tries = 3000)
    void numbersWithCallsStartOnlyWhereLooked(@ForAll("texts") String text) {
        NoteLinker.Starts starts = new NoteLinker.Starts(text);
        assertEveryMatchStartIsOffered(NoteLinker.NUMBER_WITH_CALL, text, at -> Math.min(starts.numberStart(at), starts.roman(at)));
    }

    private static void assertEveryMatchStartIsOffered(Pattern pattern, String text, IntUnaryOperator canStartAt) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            if (matcher.region(at, text.length()).lookingAt()) {
                assertThat(canStartAt.applyAsInt(at)).as("%s at %d of %s", pattern, at, text).isEqualTo(at);
            }
        }
    }

    /** Words, numbers, identifiers and the marks around calls, a letter outside the BMP among them. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("Cairo,", "Women", "1", "12", "2016", "19", "/", ".", ";", " ", "’", "”", "\"", "]", ")",
                        "I", "VIII/", "LXVIII/", "LXXVIII", "X", "Agenda ", "21", "1/CP.", "59/300", "é", "\uD835\uDC00", "x", "(", "-")
                .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
