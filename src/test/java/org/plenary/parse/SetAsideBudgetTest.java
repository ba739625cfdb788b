package org.plenary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.LaidOutText;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class SetAsideBudgetTest {
    private static final SetAsideBudget.Limits LIMITS = SetAsideBudget.Limits.DEFAULT;
    private final List<SourceLine> furniture = new ArrayList<>();
    private final List<SourceLine> source = new ArrayList<>();
    private final Resolution resolution = new Resolution();

    private void page(int page, String... furnitureLines) {
        for (String text : furnitureLines) {
            SourceLine line = SourceLine.ofText(StyledText.of(text), source.size() + 1, page, 0);
            source.add(line);
            furniture.add(line);
        }
    }

    private List<Warning> check() {
        LaidOutText laidOut = new LaidOutText(SourceForm.PDF_LAYOUT, List.of(), List.of(), furniture, source, List.of());
        return SetAsideBudget.check(laidOut, resolution, 800, LIMITS);
    }

    /** What the UN prints at a page's head and foot: the symbol, the title repeated, "2/3", the job number, the bar code. */
    @Test
    void runningHeadsAndFeetAreWithinTheAllowance() {
        resolution.title(new Resolution.TextUnit(StyledText.of("Treaty banning the production of fissile material for nuclear "
                + "weapons or other nuclear explosive devices"), 19));
        page(1, "23-24533 (E)     191223", "*2324533*");
        page(2, "Treaty banning the production of fissile material for nuclear", "A/RES/78/28",
                "weapons or other nuclear explosive devices", "2/3", "23-24533");
        page(3, "A/RES/78/28", "Treaty banning the production of fissile material for nuclear weapons or other nuclear explosive devices",
                "23-24533", "3/3");
        assertThat(check()).isEmpty();
    }

    /** A body line that repeats the title's words, taken with the running head: the title explains them only once a page. */
    @Test
    void aBodyLineSetAsideWithTheRunningHeadIsWarnedAbout() {
        resolution.title(new Resolution.TextUnit(StyledText.of("Treaty banning the production of fissile material for nuclear "
                + "weapons or other nuclear explosive devices"), 19));
        page(3, "Treaty banning the production of fissile material for nuclear", "weapons or other nuclear explosive devices",
                "A/RES/78/28", "banning the production of fissile material for nuclear weapons or other nuclear", "23-24533", "3/3");
        List<Warning> warnings = check();
        assertThat(warnings).extracting(Warning::code).containsExactly("furniture-excess");
        assertThat(warnings.get(0).line()).isEqualTo(4);
        assertThat(warnings.get(0).message()).contains("Page 3: 12 words", "line 4: \"banning the production of fissile");
    }

    /** A table's header taken for a running head. */
    @Test
    void aTableHeaderSetAsideIsWarnedAbout() {
        page(8, "A/RES/78/253", "Action", "Title of post", "Category/Level", "Number", "8/25", "23-26236");
        assertThat(check()).extracting(Warning::code).containsExactly("furniture-excess");
    }

    /** The header of a table running over pages, printed again on the next: the table holds it once, so nothing is lost. */
    @Test
    void aTableHeaderPrintedAgainIsWithinTheAllowance() {
        Resolution.Annex annex = new Resolution.Annex(new Resolution.TextUnit(StyledText.of("Annex"), 300));
        annex.paragraphs().add(new Resolution.PrintedTable(new org.plenary.layout.Table(List.of(
                new org.plenary.layout.Table.Row(true, List.of(StyledText.of("Action"), StyledText.of("Title of post"),
                        StyledText.of("Category/Level"), StyledText.of("Number"))),
                new org.plenary.layout.Table.Row(false, List.of(StyledText.of("New post"), StyledText.of("Benefits Assistant"),
                        StyledText.of("GS (OL)"), StyledText.of("1"))))), 301));
        resolution.annexes().add(annex);
        page(8, "A/RES/78/253", "Action", "Title of post", "Category/Level", "Number", "8/25", "23-26236");
        assertThat(check()).isEmpty();
        // A line with a word the headers lack is no header printed again.
        page(9, "A/RES/78/253", "Action", "Title of post", "Category/Level", "Number of staff posts approved for the biennium", "9/25", "23-26236");
        assertThat(check()).extracting(Warning::code).containsExactly("furniture-excess");
    }

    /** Word exports' document-management markup names no word of the text. */
    @Test
    void documentManagementMarkupIsNotCounted() {
        page(1, "[DU1]<<ODS JOB NO>>N0149309E<<ODS JOB NO>>", "<<ODS DOC SYMBOL1>>A/RES/56/203<<ODS DOC SYMBOL1>>",
                "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>", "A/RES/56/203", "A/RES/56/203");
        assertThat(check()).isEmpty();
    }

    @Test
    void aDocumentThatSetsAsideMoreThanItsAllowanceIsRefused() {
        page(1, "23-24533 (E)     191223");
        page(2, "A/RES/78/28", "2/2");
        resolution.setAside().add(new Resolution.SetAside("Terms of reference of the working group established by the present "
                + "resolution, which shall meet at least twice a year in New York and report to the General Assembly at its next "
                + "session on the progress made in the implementation of its mandate, including on the measures taken by Member "
                + "States and by the entities of the United Nations system to give effect to the recommendations of the group, "
                + "with the support of the Secretariat and within existing resources.", 80, "after the conclusions"));
        assertThatThrownBy(this::check).isInstanceOfSatisfying(ConversionException.class, e -> {
            assertThat(e.getMessage()).contains("words were set aside", "more than the 72 a document of 2 pages may set aside",
                    "text after the conclusions, 79 words from line 80: \"Terms of reference of the working group");
            assertThat(e.line()).isEqualTo(80);
            assertThat(e.advice()).contains("plenary.set-aside.per-page");
        });
    }

    /** The cover may set aside an agenda item's title, as long as the longest in the real resolutions. */
    @Test
    void aCoverSetAsideWithinTheFixedAllowanceIsAccepted() {
        page(1, "23-24533 (E)     191223");
        resolution.setAside().add(new Resolution.SetAside("Integrated and coordinated implementation of and follow-up to the outcomes "
                + "of the major United Nations conferences and summits in the economic, social and related fields", 10, "before the resolution"));
        resolution.setAside().add(new Resolution.SetAside("Oceans and the law of the sea: oceans and the law of the sea", 13, "before the resolution"));
        assertThat(check()).isEmpty();
    }
}
