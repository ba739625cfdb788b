package org.plenary.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UniqueEidsTest {
    private final UniqueEids eids = new UniqueEids();

    @Test
    void aFreeNameIsGivenAsItIs() {
        assertThat(eids.take("para_1")).isEqualTo("para_1");
        assertThat(eids.take("para_2")).isEqualTo("para_2");
    }

    @Test
    void aNumberPrintedAgainGetsTheNextCopy() {
        assertThat(eids.take("para_3")).isEqualTo("para_3");
        assertThat(eids.take("para_3")).isEqualTo("para_3-2");
        assertThat(eids.take("para_3")).isEqualTo("para_3-3");
    }

    @Test
    void aCopyNameAlreadyTakenIsSteppedOver() {
        eids.take("para_3");
        eids.take("para_3-2");
        assertThat(eids.take("para_3")).isEqualTo("para_3-3");
        assertThat(eids.take("para_3-2")).isEqualTo("para_3-2-2");
    }

    @Test
    void everyNameGivenIsDistinctHoweverOftenOneRepeats() {
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            given.add(eids.take("para_1"));
            given.add(eids.take("para_1-" + (i % 7 + 2)));
        }
        assertThat(given).hasSize(100_000);
    }
}
