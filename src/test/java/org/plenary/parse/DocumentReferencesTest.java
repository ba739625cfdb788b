package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentReferencesTest {
    private static List<String> symbols(String text) {
        return DocumentReferences.find(text).stream().map(DocumentReferences.Reference::symbol).toList();
    }

    private static List<String> written(String text) {
        return DocumentReferences.find(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void documentSymbolsWrittenOut() {
        assertThat(symbols("Takes note of the report of the Secretary-General (A/54/207);")).containsExactly("A/54/207");
        assertThat(symbols("see A/56/563/Add.2 and S/PRST/2016/1.")).containsExactly("A/56/563/Add.2", "S/PRST/2016/1");
        assertThat(symbols("(A/77/6 (Sect. 29A)), chap. II")).containsExactly("A/77/6(Sect.29A)");
        assertThat(symbols("the letter (A/75/86-E/2020/62)")).containsExactly("A/75/86");
        assertThat(written("the report A/C.2/58/L.37.")).containsExactly("A/C.2/58/L.37");
    }

    @Test
    void resolutionsCitedByNumber() {
        String text = "Recalling its resolutions 49/127 of 19 December 1994, 50/123 of 20 December 1995, "
                + "52/189 of 18 December 1997 and 54/212 of 22 December 1999, and resolution S-21/2 of 2 July 1999,";
        assertThat(symbols(text)).containsExactly("A/RES/49/127", "A/RES/50/123", "A/RES/52/189", "A/RES/54/212", "A/RES/S-21/2");
        assertThat(written(text)).containsExactly("49/127", "50/123", "52/189", "54/212", "S-21/2");
        assertThat(symbols("General Assembly resolutions 1514 (XV) of 14 December 1960 and 2625 (XXV)"))
                .containsExactly("A/RES/1514(XV)", "A/RES/2625(XXV)");
        assertThat(symbols("the Universal Declaration, resolution 217 A (III)")).containsExactly("A/RES/217(III)");
        assertThat(symbols("Security Council resolutions 2334 (2016) and 2249 (2015)")).containsExactly("S/RES/2334(2016)", "S/RES/2249(2015)");
        assertThat(symbols("its resolution ES-10/19 of 21 December 2017")).containsExactly("A/RES/ES-10/19");
        assertThat(symbols("its resolutions 55/180 A and 55/180 B")).containsExactly("A/RES/55/180", "A/RES/55/180B");
        assertThat(symbols("resolutions 74/306 of 11 September 2020, entitled “Comprehensive and coordinated response”, and 74/307"))
                .containsExactly("A/RES/74/306", "A/RES/74/307");
    }

    @Test
    void theOrganComesFromTheWordsBeforeResolution() {
        assertThat(symbols("Human Rights Council resolution 45/12 of 6 October 2020")).containsExactly("A/HRC/RES/45/12");
        assertThat(symbols("Economic and Social Council resolution 2019/3 of 6 June 2019")).containsExactly("E/RES/2019/3");
        assertThat(symbols("World Health Assembly resolution 72/5")).isEmpty();
        assertThat(symbols("See resolution 70/1.")).containsExactly("A/RES/70/1");
    }

    @Test
    void lookalikesAreNotReferences() {
        assertThat(symbols("to combat HIV/AIDS and/or malaria")).isEmpty();
        assertThat(symbols("decisions XII/5 and IX/2 of the Conference of the Parties")).isEmpty();
        assertThat(symbols("Economic and Social Council decision 1995/313 of 27 July 1995")).isEmpty();
        assertThat(symbols("in 2019/20 and 2020/21, paragraph 12 of the report")).isEmpty();
    }
}
