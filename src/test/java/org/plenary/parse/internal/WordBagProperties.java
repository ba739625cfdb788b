package org.plenary.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bag counts what a reader's words, found by a pattern in the plain text, would count. */
class WordBagProperties {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Property(tries = 3000)
    void addsAndTakesTheWordsOfThePlainText(@ForAll("texts") String source, @ForAll("texts") String taken) {
        Map<String, Integer> expected = words(source);
        long expectedTaken = 0;
        for (Map.Entry<String, Integer> w : words(taken).entrySet()) {
            int had = expected.getOrDefault(w.getKey(), 0);
            int take = Math.min(had, w.getValue());
            expectedTaken += take;
            expected.put(w.getKey(), had - take);
        }
        List<String> expectedLeft = new ArrayList<>();
        expected.forEach((word, count) -> expectedLeft.addAll(java.util.Collections.nCopies(count, word)));
        java.util.Collections.sort(expectedLeft);

        WordBag bag = new WordBag();
        bag.addAll(source);
        assertThat(bag.takeAll(taken)).isEqualTo(expectedTaken);
        assertThat(bag.remaining()).isEqualTo(expectedLeft);
        assertThat(bag.size()).isEqualTo(expectedLeft.size());
    }

    @Example
    void growsPastItsFirstTableWithoutLosingCounts() {
        WordBag bag = new WordBag();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                    .reduce("", String::concat)).append(' ');
        }
        bag.addAll(text);
        bag.addAll(text);
        assertThat(bag.size()).isEqualTo(10000);
        assertThat(bag.takeAll(text)).isEqualTo(5000);
        assertThat(bag.remaining()).hasSize(5000).doesNotHaveDuplicates();
    }

    private static Map<String, Integer> words(String marked) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(marked);
        while (m.find()) {
            bag.merge(m.group().codePoints().map(Character::toLowerCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(), 1, Integer::sum);
        }
        return bag;
    }

    /** Words, case variants, letters beyond ASCII and the BMP, digits and punctuation, in any order. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("the", "The", "THE", "a", "É", "é", "Ωμέγα", "\uD835\uDC00", "1", " ", " ", ",", "-", "\n", "’", "(")
                .list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }
}
