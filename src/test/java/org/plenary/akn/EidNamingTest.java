package org.plenary.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EidNamingTest {
    @Test
    void followsTheOasisConventionFromPrintedNumbers() {
        String list = EidNaming.child(EidNaming.step("para", "8"), EidNaming.step("list", "1"));
        assertThat(EidNaming.child(list, EidNaming.step("point", "a"))).isEqualTo("para_8__list_1__point_a");
        assertThat(EidNaming.child("preamble", EidNaming.step("container", "3"))).isEqualTo("preamble__container_3");
        assertThat(EidNaming.note("11")).isEqualTo("authorialNote_11");
        assertThat(EidNaming.note("*")).isEqualTo("authorialNote_star");
    }
}
