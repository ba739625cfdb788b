package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass clean-up equals the plain definition: drop the invisible, space the fixed spaces. */
class InvisiblesProperties {
    @Property(tries = 3000)
    void removesInvisiblesAndSpacesFixedSpaces(@ForAll("texts") String text) {
        StringBuilder expected = new StringBuilder();
        text.chars().filter(c -> !TextDecoder.isInvisible((char) c))
                .forEach(c -> expected.append(TextDecoder.isFixedSpace((char) c) ? ' ' : (char) c));
        assertThat(TextDecoder.withoutInvisibles(text)).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \n.é“”\u00A0\u00AD\u200B\u200E\u2003\u202F\u2060\uFEFF\u3000\u00FF")
                .ofMaxLength(40);
    }
}
