package org.plenary.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The validator's messages, made short: as validate prints them and reports list them. */
class ProblemMessagesTest {
    private static final String AKN = "\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\":";

    private static String expected(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> AKN + "e" + i).collect(Collectors.joining(", ", "'{", "}'"));
    }

    @Test
    void namespacesBecomePrefixesAndTheRuleCodeGoes() {
        assertThat(ProblemMessages.shorten("cvc-complex-type.2.4.a: Invalid content was found starting with element '{" + AKN
                + "bogus}'. One of '{" + AKN + "p, \"http://www.w3.org/1999/xhtml\":div, \"urn:x\":y}' is expected."))
                .isEqualTo("Invalid content was found starting with element 'akn:bogus'. One of 'akn:p, html:div, {urn:x}y' is expected.");
    }

    @Test
    void longListsOfExpectedElementsAreCut() {
        assertThat(ProblemMessages.shorten("One of " + expected(6) + " is expected."))
                .isEqualTo("One of 'akn:e1, akn:e2, akn:e3, akn:e4, akn:e5, akn:e6' is expected.");
        assertThat(ProblemMessages.shorten("One of " + expected(76) + " is expected."))
                .isEqualTo("One of 'akn:e1, akn:e2, akn:e3, akn:e4, akn:e5 or 71 others' is expected.");
    }

    @Test
    void valuesAndOtherMessagesAreLeftAsTheyAre() {
        String value = "cvc-pattern-valid: Value '{x}' is not facet-valid with respect to pattern '[^\\s]+' for type 'noWhiteSpace'.";
        assertThat(ProblemMessages.shorten(value)).isEqualTo(value.substring("cvc-pattern-valid: ".length()));
        assertThat(ProblemMessages.shorten("Attribute 'name' must appear on element 'container'."))
                .isEqualTo("Attribute 'name' must appear on element 'container'.");
    }

    @Test
    void aRefusedDoctypeIsSaidPlainly() {
        assertThat(ProblemMessages.shorten("DOCTYPE is disallowed when the feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true."))
                .startsWith("a DOCTYPE is not accepted").contains("remove it").doesNotContain("apache.org");
        assertThat(ProblemMessages.shorten(null)).isEqualTo("unreadable XML");
    }
}
