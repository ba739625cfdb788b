package org.plenary.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.read.text.TextReader;
import org.plenary.source.SourceLine;

class NoteBlockExtractorTest {
    /** A part B's notes go on from part A's: its first note is 2, and that note wraps before note 3. */
    @Test
    void aPartsNotesStartWhereTheyShowEvenWhenTheFirstWraps() {
        java.util.List<SourceLine> page = lines("""
                     Board of Auditors on United Nations peacekeeping operations,2 the report of
                financial period ended 30 June 20203 and the related report of the Advisory
                Committee on Administrative and Budgetary Questions,4

                __________________
                2   Official Records of the General Assembly, Seventy-fifth Session,
                    Supplement No. 5, vol. II (A/75/5 (Vol. II)).
                3   A/75/793.
                4   A/75/829.
                """);
        assertThat(NoteBlockExtractor.firstNoteNumber(page)).isEqualTo(2);
    }

    @Test
    void aLoneNumberedLineAfterABreakDoesNotMoveTheStart() {
        java.util.List<SourceLine> page = lines("""
                     Decides to include in the provisional agenda of its seventy-sixth session
                the item entitled:

                12  Questions relating to information
                """);
        assertThat(NoteBlockExtractor.firstNoteNumber(page)).isEqualTo(1);
    }

    private static java.util.List<SourceLine> lines(String text) {
        return new TextReader().read(text).lines();
    }
}
