package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapesTest {
    /** A clause ends in punctuation once a call printed as digits is set aside; a sentence only in ";" or ".". */
    @Test
    void clausesAndSentencesEndBeforeTheirCalls() {
        assertThat(LineShapes.endsClause("to enhance the sustainability of road transport, 4")).isTrue();
        assertThat(LineShapes.endsClause("under the theme “Her Land. Her Rights:")).isTrue();
        assertThat(LineShapes.endsClause("Social aspects")).isFalse();
        assertThat(LineShapes.endsSentence("of the report of the Advisory Committee; 12")).isTrue();
        assertThat(LineShapes.endsSentence("respectively,")).isFalse();
    }

    /** A participle opens an unknown recital; a noun phrase or a name's capitalised words do not. */
    @Test
    void participlesOpenRecitalsButNotNamesOrNounPhrases() {
        assertThat(LineShapes.opensWithParticiple("Commemorating the seventy-fifth anniversary")).isTrue();
        assertThat(LineShapes.opensWithParticiple("Equally concerned about the impact")).isTrue();
        assertThat(LineShapes.opensWithParticiple("Developing countries in special situations")).isFalse();
        assertThat(LineShapes.opensWithParticiple("Stockpiling and Use of Chemical Weapons")).isFalse();
        assertThat(LineShapes.opensWithParticiple("Advancing gender equality")).isTrue();
    }

    /** Group numbers and budget sections alone on their lines; not a sentence that starts like one. */
    @Test
    void groupAndSectionNumbersStandAlone() {
        assertThat(LineShapes.isGroupNumber("Part II")).isTrue();
        assertThat(LineShapes.isGroupNumber("B.")).isTrue();
        assertThat(LineShapes.isSectionNumber("Section 29A")).isTrue();
        assertThat(LineShapes.isSectionNumber("Income section 2")).isTrue();
        assertThat(LineShapes.isSectionNumber("Section 1 of the report")).isFalse();
        assertThat(LineShapes.isSeparator("* * *")).isTrue();
        assertThat(LineShapes.endsWithCall("the Doha amendment 106")).isTrue();
    }
}
