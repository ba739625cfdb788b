package org.plenary.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListLabelsTest {
    @Test
    void lettersCountOnAsCssLowerAlphaDoes() {
        assertThat(ListLabels.alphabetic(1)).isEqualTo("a");
        assertThat(ListLabels.alphabetic(26)).isEqualTo("z");
        assertThat(ListLabels.alphabetic(27)).isEqualTo("aa");
        assertThat(ListLabels.alphabetic(52)).isEqualTo("az");
        assertThat(ListLabels.alphabetic(53)).isEqualTo("ba");
        assertThat(ListLabels.alphabetic(0)).isEqualTo("0");
    }

    @Test
    void romanNumeralsCountOnAsCssLowerRomanDoes() {
        assertThat(ListLabels.roman(4)).isEqualTo("iv");
        assertThat(ListLabels.roman(9)).isEqualTo("ix");
        assertThat(ListLabels.roman(14)).isEqualTo("xiv");
        assertThat(ListLabels.roman(1994)).isEqualTo("mcmxciv");
        assertThat(ListLabels.roman(3999)).isEqualTo("mmmcmxcix");
        assertThat(ListLabels.roman(4000)).isEqualTo("4000");
        assertThat(ListLabels.roman(-2)).isEqualTo("-2");
    }
}
