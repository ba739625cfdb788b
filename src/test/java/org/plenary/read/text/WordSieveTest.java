package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The sieve may say "perhaps" of a word never added, never "no" of one that was. */
class WordSieveTest {
    @Property(tries = 2000)
    void holdsEveryWordAdded(@ForAll @Size(max = 200) List<@AlphaChars @NotEmpty @StringLength(max = 20) String> words) {
        WordSieve sieve = new WordSieve();
        words.forEach(w -> sieve.add(w.toLowerCase(Locale.ROOT)));

        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            assertThat(sieve.mayHold(lower.hashCode())).as(lower).isTrue();
            // Asked as the repair asks it: the word's two halves, as they stand in a line.
            String line = "(" + word.substring(0, word.length() / 2) + " " + word.substring(word.length() / 2) + ")";
            int split = 1 + word.length() / 2;
            long hash = WordSieve.asciiLowerHash(line, 1, split, split + 1, line.length() - 1);
            assertThat(hash).isGreaterThanOrEqualTo(0);
            assertThat(sieve.mayHold((int) hash)).as(line).isTrue();
        }
    }

    @Property(tries = 2000)
    void hashesAsTheJoinedLowerCaseStringDoes(@ForAll @AlphaChars @StringLength(max = 20) String left,
            @ForAll @AlphaChars @StringLength(max = 20) String right) {
        String line = left + " " + right;

        long hash = WordSieve.asciiLowerHash(line, 0, left.length(), left.length() + 1, line.length());

        assertThat(hash).isEqualTo((left + right).toLowerCase(Locale.ROOT).hashCode() & 0xFFFF_FFFFL);
    }

    @Test
    void declinesLettersOnlyToLowerCaseKnows() {
        // "İ" lowers to two characters, "Σ" by its place in the word: the sieve is not asked of them.
        assertThat(WordSieve.asciiLowerHash("İstanbul", 0, 1, 1, 8)).isEqualTo(-1);
        assertThat(WordSieve.asciiLowerHash("ΟΔΟΣ", 0, 4, 4, 4)).isEqualTo(-1);
        assertThat(WordSieve.asciiLowerHash("café", 0, 4, 4, 4)).isEqualTo(-1);
    }

    @Test
    void aCopyTakesNoWordBack() {
        WordSieve sieve = new WordSieve();
        sieve.add("humanitarian");
        WordSieve copy = sieve.copy();
        copy.add("increasing");

        assertThat(copy.mayHold("humanitarian".hashCode())).isTrue();
        assertThat(copy.mayHold("increasing".hashCode())).isTrue();
        assertThat(sieve.mayHold("humanitarian".hashCode())).isTrue();
    }
}
