package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.NoteBody;
import org.plenary.pipeline.Warning;
import org.plenary.source.StyledText;

class NoteMisplacementsTest {
    private static List<Warning> check(String... texts) {
        List<NoteBody> notes = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            notes.add(new NoteBody(String.valueOf(i + 1), StyledText.of(texts[i]), 100 + 10 * i));
        }
        return NoteMisplacements.check(notes);
    }

    /** Notes as the UN prints them, a long list and one quoting a recital among them, are notes. */
    @Test
    void ordinaryNotesAreNotWarnedAbout() {
        assertThat(check("Resolution 217 A (III).",
                "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 12 (A/78/12), chap. I.",
                "Reaffirming its resolution 46/182 of 19 December 1991 and the guiding principles contained in the annex thereto, "
                        + "reaffirming also the principles of humanity, neutrality, impartiality and independence.",
                "United Nations, Treaty Series, vol. 1771, No. 30822",
                "A/57/759-S/2003/332, annex I")).isEmpty();
    }

    @Test
    void aNoteThatOpensAsANumberedOperativeParagraphHoldsBodyText() {
        List<Warning> warnings = check("Resolution 70/1.", "12. Requests the Secretary-General to report to it at its next session.");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-holds-body");
        assertThat(warnings.get(0).line()).isEqualTo(110);
        assertThat(warnings.get(0).message()).contains("Note 2", "operative paragraph 12", "\"12. Requests the Secretary-General");
    }

    /** A recital ends with its comma; a note quoting one ends with a full stop (as above). */
    @Test
    void aNoteThatIsARecitalHoldsBodyText() {
        List<Warning> warnings = check("Resolution 70/1.", "Recalling also its resolution 71/1 of 19 October 2016,");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-holds-body");
        assertThat(warnings.get(0).message()).contains("preambular paragraph", "Recalling also its resolution 71/1");
    }

    @Test
    void aNoteThatGoesOnIntoTheNextOperativeParagraphRunsOn() {
        List<Warning> warnings = check("A/78/1.", "Resolution 70/1. 13. Decides to remain seized of the matter.");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-runs-on");
        assertThat(warnings.get(0).message()).contains("Note 2", "operative paragraph 13", "\"13. Decides to remain seized");
    }

    @Test
    void aNoteThatGoesOnIntoARecitalRunsOn() {
        List<Warning> warnings = check("See A/78/1, para. 3. Noting with concern the continuing deterioration of the situation on the ground,");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-runs-on");
        assertThat(warnings.get(0).message()).contains("preambular paragraph", "\"Noting with concern the continuing");
    }

    /** Far longer than its neighbours and ending as a clause does: the note took in a paragraph with no opening of its own. */
    @Test
    void aNoteFarLongerThanItsNeighboursThatEndsAsAClauseRunsOn() {
        String swallowed = "A/78/1 and the efforts of the international community to support the countries concerned in "
                + "their work towards the full implementation of the commitments made at the conference, in particular those on "
                + "financing, technology and capacity-building for the least developed countries and small island developing States,";
        List<Warning> warnings = check("Resolution 70/1.", swallowed, "A/78/2.");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-runs-on");
        assertThat(warnings.get(0).message()).contains("far longer than the notes around it", "developing States,\"");
    }

    /** The start of a paragraph, cut by a page break, read as the rest of the note above it. */
    @Test
    void aShortNoteThatEndsAsAClauseRunsOn() {
        List<Warning> warnings = check("Resolution 70/1. the situation of the Organization and of its members, which it considers grave,");
        assertThat(warnings).extracting(Warning::code).containsExactly("note-runs-on");
        assertThat(warnings.get(0).message()).contains("not with a note's full stop", "considers grave,\"").doesNotContain("far longer");
    }

    /** A long note that ends as notes do is a note: lists of conventions run to hundreds of words. */
    @Test
    void aLongNoteThatEndsWithAFullStopIsANote() {
        String list = "Convention for the Protection of Cultural Property in the Event of Armed Conflict, of 1954 (United Nations, "
                + "Treaty Series, vol. 249, No. 3511); Convention on the Means of Prohibiting and Preventing the Illicit Import, "
                + "Export and Transfer of Ownership of Cultural Property, of 1970 (ibid., vol. 823, No. 11806); Convention concerning "
                + "the Protection of the World Cultural and Natural Heritage, of 1972 (ibid., vol. 1037, No. 15511).";
        assertThat(check("A/78/1.", list, "A/78/2.")).isEmpty();
    }
}
