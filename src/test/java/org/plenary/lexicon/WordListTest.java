package org.plenary.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordListTest {
    private final WordList english = WordList.english();

    @Test
    void holdsTheWordsOfResolutionsInAnyCase() {
        assertThat(english.contains("humanitarian")).isTrue();
        assertThat(english.contains("Broad")).isTrue();
        assertThat(english.contains("desertification")).isTrue();
        assertThat(english.size()).isGreaterThan(5_000);
    }

    /** What pdftotext splits off a word is no word: the repairs rely on it. */
    @Test
    void holdsNoFragmentNoLetterAndNoComment() {
        assertThat(english.contains("humanitaria")).isFalse();
        assertThat(english.contains("fift")).isFalse();
        assertThat(english.contains("n")).isFalse();
        assertThat(english.contains("a")).isFalse();
        assertThat(english.contains("# Words as they stand in the running text")).isFalse();
    }

    @Test
    void holdsTheCompoundsOfResolutionsWithTheirHyphen() {
        WordList compounds = WordList.englishCompounds();
        assertThat(compounds.contains("high-level")).isTrue();
        assertThat(compounds.contains("Troop-Contributing")).isTrue();
        assertThat(compounds.contains("highlevel")).isFalse();
        assertThat(compounds.contains("# Two words joined by a hyphen")).isFalse();
        assertThat(compounds.size()).isGreaterThan(500);
    }

    @Test
    void aMissingListIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordList.load("/lexicon/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/lexicon/no-such-list.txt");
    }
}
