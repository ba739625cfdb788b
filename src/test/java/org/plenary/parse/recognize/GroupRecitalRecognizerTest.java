package org.plenary.parse.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.pipeline.Warning;

class GroupRecitalRecognizerTest {
    private final GroupRecitalRecognizer recognizer = new GroupRecitalRecognizer();

    /** A budget resolution's part "I", right after the formula, its first paragraph not yet come. */
    private static ParseState groupOpened() {
        ParseState state = States.afterFormula();
        state.openGroup("I", "I", null, Blocks.at(22, "I"));
        state.zone(Zone.OPERATIVE);
        return state;
    }

    private static ParseState groupWithTitle() {
        ParseState state = groupOpened();
        new GroupRecitalRecognizer().claim(Blocks.at(23, "Enterprise resource planning project, Umoja"), state);
        return state;
    }

    /** The line under the group's number is its title. */
    @Test
    void theLineUnderTheNumberIsTheTitle() {
        ParseState state = groupOpened();

        assertThat(recognizer.claim(Blocks.at(23, "Enterprise resource planning project, Umoja"), state)).isTrue();

        Resolution.Group group = state.group();
        assertThat(group.lines()).hasSize(2);
        assertThat(group.lines().get(1).num()).isNull();
        assertThat(group.lines().get(1).title().plain()).isEqualTo("Enterprise resource planning project, Umoja");
        assertThat(group.recitals()).isEmpty();
        assertThat(state.groupOpening()).isTrue();
    }

    /** Under the title come the group's own recitals, with their openings, also one ending with a note call. */
    @Test
    void recitalsUnderTheTitleAreTheGroups() {
        ParseState state = groupWithTitle();

        recognizer.claim(Blocks.at(24, "Recalling section II of its resolution 60/283 of 7 July 2006, section II of its resolution 63/262 "
                + "of 24 December 2008 and section II of its resolution 77/263 B of 18 April 2023,"), state);
        recognizer.claim(Blocks.at(30, "Having considered the report of the Secretary-General on the progress on the functioning and "
                + "development of the Umoja system 1 and the related report of the Advisory Committee, 2"), state);

        assertThat(state.group().recitals()).extracting(Preambular::opening).containsExactly("Recalling", "Having considered");
        assertThat(state.group().lines()).hasSize(2);
        assertThat(state.resolution().preamble()).isEmpty();
    }

    /** One more heading line under the title ("Section 1"), before any recital, is a heading line too. */
    @Test
    void aSecondHeadingLineUnderTheTitle() {
        ParseState state = groupWithTitle();

        recognizer.claim(Blocks.text("Overall policymaking, direction and coordination"), state);

        assertThat(state.group().lines()).hasSize(3);
        assertThat(state.group().recitals()).isEmpty();
    }

    /** A title-like recital opening the lexicon lacks, ending with its comma, is a recital, reported. */
    @Test
    void aLineEndingWithACommaIsARecitalNotATitle() {
        ParseState state = groupOpened();

        recognizer.claim(Blocks.at(23, "Commemorating the tenth anniversary of the Umoja project,"), state);

        assertThat(state.group().hasTitle()).isFalse();
        assertThat(state.group().recitals()).extracting(Preambular::opening).containsExactly("Commemorating");
        assertThat(state.warnings()).extracting(Warning::code).containsExactly("unknown-opening");
    }

    /** A title of 200 characters or more is a title only where print sets it in bold. */
    @Test
    void aLongTitleIsATitleOnlyInBold() {
        String longTitle = "Financing of the United Nations Interim Security Force for Abyei, the United Nations Mission in the "
                + "Republic of South Sudan, the United Nations Organization Stabilization Mission in the Democratic Republic of the "
                + "Congo and the United Nations Multidimensional Integrated Stabilization Mission in Mali";

        ParseState inText = groupOpened();
        recognizer.claim(Blocks.text(longTitle), inText);
        assertThat(inText.group().hasTitle()).isFalse();
        assertThat(inText.group().recitals()).hasSize(1);

        ParseState inBold = groupOpened();
        recognizer.claim(Blocks.printed(23, longTitle, true, false), inBold);
        assertThat(inBold.group().hasTitle()).isTrue();
        assertThat(inBold.group().recitals()).isEmpty();
    }

    /** The group's paragraph 1 is the operative recogniser's. */
    @Test
    void declinesTheGroupsFirstParagraph() {
        ParseState state = groupWithTitle();

        assertThat(recognizer.claim(Blocks.text("1. Takes note of the report of the Secretary-General;"), state)).isFalse();

        assertThat(state.group().recitals()).isEmpty();
    }

    /** "C. Danger pay", then an operative verb: the group's one unnumbered decision, not a recital. */
    @Test
    void declinesAnOperativeOpeningAfterTheTitle() {
        ParseState state = groupOpened();
        recognizer.claim(Blocks.text("Danger pay"), state);

        assertThat(recognizer.claim(Blocks.text("Decides to maintain the danger pay at its current level, effective 1 January 2024."), state))
                .isFalse();
        assertThat(state.group().recitals()).isEmpty();
    }

    /** A declaration's opening in the first person is not a recital of the group. */
    @Test
    void declinesADeclarationsOpening() {
        ParseState state = groupOpened();

        assertThat(recognizer.claim(Blocks.text("We, the Heads of State and Government, gathered at United Nations Headquarters "
                + "in New York on 18 and 19 September 2023,"), state)).isFalse();

        assertThat(state.group().recitals()).isEmpty();
        assertThat(state.group().hasTitle()).isFalse();
    }

    /** Once the group's first paragraph has come, nothing is the group's heading or recital any more. */
    @Test
    void declinesOnceTheGroupsFirstParagraphCame() {
        ParseState state = groupWithTitle();
        States.addParagraph(state, 40, "1. Takes note of the report of the Secretary-General;");

        assertThat(recognizer.claim(Blocks.text("Recalling its resolution 77/263 B of 18 April 2023,"), state)).isFalse();

        assertThat(state.group().recitals()).isEmpty();
    }
}
