package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Warning;

/** Text misplaced in silence is a warning in the outputs, and too much of it refuses the document. */
class MisplacementWarningsTest {
    private static final String RESOLUTION = String.join("\n",
            "Resolution adopted by the General Assembly on 1 December 2023",
            "",
            "78/1. Cooperation between the United Nations and the Organization",
            "",
            "The General Assembly,",
            "",
            "Recalling its resolution 70/1 of 25 September 2015,",
            "",
            "1. Decides to continue its cooperation with the Organization;",
            "",
            "2. Requests the Secretary-General to report to it at its seventy-ninth session.",
            "",
            "50th plenary meeting",
            "1 December 2023",
            "");
    private static final String PARAGRAPH = "The working group shall meet at least twice a year in New York and report to the "
            + "General Assembly at its next session on the progress made in the implementation of its mandate.";

    /** An appendix the parser does not know, after the conclusions: set aside, so the annex is dropped. */
    @Test
    void anAnnexHeadingSetAsideAfterTheConclusionsIsWarnedAboutInEveryOutput() {
        DocumentJob job = Conversions.convert("appendix.txt", RESOLUTION + "\nAppendix\n\nTerms of reference of the working group\n");
        assertThat(job.warnings()).filteredOn(w -> w.code().equals("annex-set-aside")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(16);
            assertThat(w.message()).contains("after the conclusions", "\"Appendix\"");
        });
        assertThat(job.renditions().json()).contains("annex-set-aside");
        assertThat(job.aknXml()).contains("annex-set-aside");
    }

    @Test
    void moreThanACoversWordsSetAsideIsWarnedAboutOnce() {
        DocumentJob job = Conversions.convert("long.txt", RESOLUTION + "\n" + PARAGRAPH + "\n\nIt shall be composed of experts "
                + "nominated by Member States, with due regard to equitable geographical representation, and it shall adopt its own "
                + "rules of procedure.\n");
        assertThat(job.warnings()).filteredOn(w -> w.code().equals("long-set-aside")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(16);
            assertThat(w.message()).contains("More than 50 words", "\"The working group shall meet");
        });
    }

    /** A paragraph's worth of words, quoted and placed, refuses the document rather than publishing it without them. */
    @Test
    void aDocumentThatSetsAsideMoreThanAHandfulOfWordsAPageIsRefused() {
        String dropped = RESOLUTION + "\n" + PARAGRAPH + "\n\n" + PARAGRAPH.replace("working group", "committee") + "\n\n"
                + PARAGRAPH.replace("working group", "panel") + "\n";
        assertThatThrownBy(() -> Conversions.convert("dropped.txt", dropped)).isInstanceOfSatisfying(ConversionException.class, e -> {
            assertThat(e.getMessage()).contains("words were set aside", "a document of 1 page", "from line 16: \"The working group");
            assertThat(e.line()).isEqualTo(16);
            assertThat(e.advice()).contains("plenary.set-aside.fixed");
        });
    }

    /** In PDF text, the rest of a recital cut by the note block at a page's foot is read as the note's next line. */
    @Test
    void aNoteThatTakesInTheTextAfterItIsWarnedAbout() {
        String text = String.join("\n",
                "78/1. Cooperation between the United Nations and the Organization",
                "",
                "     The General Assembly,",
                "",
                "     Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda for Sustainable",
                "Development,1",
                "_______________",
                "1 Resolution 70/1.",
                "the situation of the Organization and of its members, which the Assembly considers grave,",
                "",
                "     1. Decides to continue its cooperation with the Organization;",
                "",
                "     2. Requests the Secretary-General to report to it at its seventy-ninth session.",
                "");
        DocumentJob job = Conversions.convert("runs-on.txt", text);
        assertThat(job.warnings()).filteredOn(w -> w.code().equals("note-runs-on")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(8);
            assertThat(w.message()).contains("Note 1", "considers grave,\"");
        });
        assertThat(job.renditions().json()).contains("note-runs-on");
        assertThat(job.aknXml()).contains("note-runs-on");
    }
}
