package org.plenary.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Runs of letters found char by char are the runs of letter code points, surrogate pairs included. */
class LetterRunsTest {
    @Property(tries = 3000)
    void findsTheRunsOfLetterCodePoints(@ForAll("lines") String line) {
        for (int from = 0; from <= line.length(); from++) {
            int start = LetterRuns.next(line, from);
            assertThat(start).as("next in %s from %d", line, from).isEqualTo(nextByCodePoint(line, from));
            if (start >= 0) {
                assertThat(LetterRuns.end(line, start)).as("end in %s from %d", line, start).isEqualTo(endByCodePoint(line, start));
            }
        }
    }

    @Test
    void readsALetterOutsideTheBasicPlaneAsOneOfTheRun() {
        String line = "a 𝐀𝐁c, 😀 d"; // mathematical capitals are letters; an emoji is not
        assertThat(LetterRuns.next(line, 1)).isEqualTo(2);
        assertThat(LetterRuns.end(line, 2)).isEqualTo(7);
        assertThat(LetterRuns.next(line, 7)).isEqualTo(line.length() - 1);
    }

    @Test
    void tellsEveryAsciiCharacterAsTheJdkDoes() {
        for (char c = 0; c < 0x80; c++) {
            String line = String.valueOf(c);
            assertThat(LetterRuns.next(line, 0)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c) ? 0 : -1);
        }
    }

    @Provide
    Arbitrary<String> lines() {
        // Letters, spaces, punctuation, letters and symbols beyond the basic plane, and lone surrogates.
        return Arbitraries.of("a", "Z", "é", " ", ",", "1", "’", "𝐀", "😀", "\uD835", "\uDC00", "-")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static int nextByCodePoint(String line, int from) {
        for (int i = from; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (Character.isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static int endByCodePoint(String line, int start) {
        int i = start;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }
}
