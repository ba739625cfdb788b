package org.plenary.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.Block;
import org.plenary.lexicon.Lexicon;
import org.plenary.source.SourceForm.BlockMode;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class UnwrapperTest {
    /** Feeds lines to an unwrapper: "" is a blank line, "<removed>" a note block or furniture taken out. */
    private static List<Block> unwrap(Unwrapper unwrapper, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                unwrapper.blank();
            } else if (lines[i].equals("<removed>")) {
                unwrapper.removed();
            } else {
                unwrapper.body(SourceLine.ofText(StyledText.of(lines[i]), i + 1, 1, 0));
            }
        }
        return unwrapper.finish();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::plain).toList();
    }

    private static Unwrapper hardWrapped() {
        return new Unwrapper(BlockMode.HARD_WRAPPED);
    }

    private static Unwrapper withLexicon(BlockMode mode) {
        return new Unwrapper(mode, line -> Lexicon.opensParagraph(line, Lexicon.preambular(), Lexicon.operative()));
    }

    /** Hard-wrapped lines join into one block with single spaces; a blank line ends it. */
    @Test
    void hardWrappedLinesJoinUntilABlankLine() {
        List<Block> blocks = unwrap(hardWrapped(),
                "Reaffirming the Charter of the United Nations, including the purposes and",
                "principles embodied therein,",
                "",
                "Emphasizing respect for the national sovereignty and the constitutional and legal",
                "framework of Honduras,");
        assertThat(texts(blocks)).containsExactly(
                "Reaffirming the Charter of the United Nations, including the purposes and principles embodied therein,",
                "Emphasizing respect for the national sovereignty and the constitutional and legal framework of Honduras,");
        assertThat(blocks).extracting(Block::firstLine).containsExactly(1, 4);
        assertThat(blocks).extracting(Block::lastLine).containsExactly(2, 5);
    }

    /** In hard-wrapped text a line indented further than the one before starts a block. */
    @Test
    void anIndentedLineStartsABlock() {
        List<Block> blocks = unwrap(hardWrapped(),
                "     Reaffirming the Charter of the United Nations, including the purposes and",
                "principles embodied therein,",
                "     Emphasizing respect for the national sovereignty and the constitutional and legal",
                "framework of Honduras,");
        assertThat(texts(blocks)).containsExactly(
                "Reaffirming the Charter of the United Nations, including the purposes and principles embodied therein,",
                "Emphasizing respect for the national sovereignty and the constitutional and legal framework of Honduras,");
    }

    /** The formula stands alone: the line right under it, at the same indent and with no blank line, starts a block. */
    @Test
    void theFormulaStandsAlone() {
        List<Block> blocks = unwrap(hardWrapped(),
                "The General Assembly,",
                "having considered the report of the Secretary-General on the activities of the",
                "Ethics Office,");
        assertThat(texts(blocks)).containsExactly("The General Assembly,",
                "having considered the report of the Secretary-General on the activities of the Ethics Office,");
    }

    /** An annex's heading stands alone ("Annex", "Annex II"): the annex's title under it starts a block. */
    @Test
    void anAnnexHeadingStandsAlone() {
        for (String heading : List.of("Annex", "Annex II", "ANNEX B")) {
            List<Block> blocks = unwrap(hardWrapped(),
                    "Decides to remain seized of the matter.",
                    "",
                    heading,
                    "Terms of reference of the international mechanism against corruption",
                    "and impunity in Honduras");
            assertThat(texts(blocks)).as(heading).containsExactly("Decides to remain seized of the matter.", heading,
                    "Terms of reference of the international mechanism against corruption and impunity in Honduras");
        }
    }

    /** A line that only opens with "Annex" is no heading: the line under it goes on with it. */
    @Test
    void aLineOpeningWithAnnexIsNoHeading() {
        List<Block> blocks = unwrap(hardWrapped(), "Annex to the letter", "dated 5 January 2024 from the Permanent Representative");
        assertThat(texts(blocks)).containsExactly("Annex to the letter dated 5 January 2024 from the Permanent Representative");
    }

    /** Any text line joins the one before when nothing starts a block: the rule that the formula and annex heading break. */
    @Test
    void aLineAfterAnOrdinaryLineJoinsIt() {
        List<Block> blocks = unwrap(hardWrapped(), "The General Assembly of the", "United Nations,");
        assertThat(texts(blocks)).containsExactly("The General Assembly of the United Nations,");
    }

    /** A numbered paragraph starts a block though no blank line or indent comes before it. */
    @Test
    void aNumberedParagraphStartsABlock() {
        List<Block> blocks = unwrap(hardWrapped(),
                "1. Takes note of the ongoing efforts of the Government of Honduras to",
                "combat corruption;",
                "2. Requests the Secretary-General to support the initiative.");
        assertThat(texts(blocks)).containsExactly("1. Takes note of the ongoing efforts of the Government of Honduras to combat corruption;",
                "2. Requests the Secretary-General to support the initiative.");
    }

    /** "(a) the …" wrapped to the start of a line in mid-clause is part of the sentence, not a point. */
    @Test
    void anEnumerationInMidClauseIsNoPoint() {
        List<Block> blocks = unwrap(hardWrapped(),
                "Requests the Secretary-General to report on the implementation of",
                "(a) the present resolution and (b) its annex;",
                "(a) An assessment of the needs still unmet;");
        assertThat(texts(blocks)).containsExactly(
                "Requests the Secretary-General to report on the implementation of (a) the present resolution and (b) its annex;",
                "(a) An assessment of the needs still unmet;");
    }

    /** A word broken by a hyphen at a line's end joins with no space, the hyphen kept ("seventy-" "fifth"). */
    @Test
    void aHyphenatedLineEndJoinsWithoutASpace() {
        List<Block> blocks = unwrap(hardWrapped(), "will mark the seventy-", "fifth anniversary of the Declaration,");
        assertThat(texts(blocks)).containsExactly("will mark the seventy-fifth anniversary of the Declaration,");
    }

    /** A suspended hyphen ("cell-" then "and gene-based") belongs to its word: the space stays. */
    @Test
    void aSuspendedHyphenKeepsTheSpace() {
        List<Block> blocks = unwrap(hardWrapped(), "including cell-", "and gene-based therapies,");
        assertThat(texts(blocks)).containsExactly("including cell- and gene-based therapies,");
    }

    /**
     * Where nothing else marks a break (plain PDF text), a known opening after a line that ended
     * a clause starts a paragraph; after a line in mid-clause it does not.
     */
    @Test
    void aKnownOpeningAfterAClauseStartsABlock() {
        List<Block> blocks = unwrap(withLexicon(BlockMode.POSITIONED),
                "Reaffirming the Charter of the United Nations, including the purposes and",
                "principles embodied therein,",
                "Welcoming the commitment of the Government of Honduras and",
                "Welcoming further the efforts,");
        assertThat(texts(blocks)).containsExactly(
                "Reaffirming the Charter of the United Nations, including the purposes and principles embodied therein,",
                "Welcoming the commitment of the Government of Honduras and Welcoming further the efforts,");
    }

    /**
     * An adoption heading opens with a capital; a wrapped sentence that goes on "resolution adopted
     * by the General Assembly" stays one paragraph (the lines of A/RES/78/34, plain pdftotext).
     */
    @Test
    void aSentenceGoingOnResolutionAdoptedByTheIsNoHeading() {
        List<Block> blocks = unwrap(withLexicon(BlockMode.POSITIONED),
                "Recalling that concern about the humanitarian consequences of nuclear weapons",
                "has been reflected in numerous United Nations resolutions, including the first",
                "resolution adopted by the General Assembly, on 24 January 1946,",
                "Resolution adopted by the General Assembly on 4 December 2023");
        assertThat(texts(blocks)).containsExactly(
                "Recalling that concern about the humanitarian consequences of nuclear weapons has been reflected in "
                        + "numerous United Nations resolutions, including the first resolution adopted by the General "
                        + "Assembly, on 24 January 1946,",
                "Resolution adopted by the General Assembly on 4 December 2023");
    }

    /** Text exported a paragraph to a line: every line is a block. */
    @Test
    void linePerBlockTextKeepsEveryLine() {
        List<Block> blocks = unwrap(new Unwrapper(BlockMode.LINE_PER_BLOCK), "The General Assembly,", "recalling its resolution 77/1,");
        assertThat(texts(blocks)).containsExactly("The General Assembly,", "recalling its resolution 77/1,");
    }

    /** In markdown, two spaces at a line's end are a hard break; other lines go on. */
    @Test
    void markdownHardBreaks() {
        List<Block> blocks = unwrap(new Unwrapper(BlockMode.MARKDOWN), "Distr.: General  ", "28 December 2023", "and more");
        assertThat(texts(blocks)).containsExactly("Distr.: General", "28 December 2023 and more");
    }

    /**
     * A body paragraph that a note block cut in two is joined again when its first part did not
     * end a clause, or the second goes on in lower case; the cut is remembered otherwise.
     */
    @Test
    void aParagraphCutByANoteBlockIsJoinedAgain() {
        List<Block> blocks = unwrap(hardWrapped(),
                "The General Assembly,",
                "",
                "Reaffirming that the United Nations Convention against Corruption is the most",
                "<removed>",
                "comprehensive and universal instrument on corruption,",
                "<removed>",
                "Emphasizing respect for the national sovereignty of Honduras,");
        assertThat(texts(blocks)).containsExactly("The General Assembly,",
                "Reaffirming that the United Nations Convention against Corruption is the most comprehensive and universal"
                        + " instrument on corruption,",
                "Emphasizing respect for the national sovereignty of Honduras,");
        assertThat(blocks.get(1).lastLine()).isEqualTo(5);
        assertThat(blocks.get(2).afterCut()).isTrue();
        assertThat(blocks.get(1).afterCut()).isFalse();
    }

    /** On the cover, before the formula, lines cut apart by furniture stay apart. */
    @Test
    void coverLinesAreNotJoinedAcrossACut() {
        List<Block> blocks = unwrap(hardWrapped(), "Seventy-eighth session", "<removed>", "agenda item 107");
        assertThat(texts(blocks)).containsExactly("Seventy-eighth session", "agenda item 107");
    }

    /** The space joining two italic pieces is italic, so an opening phrase wrapped over a line is one run. */
    @Test
    void theJoiningSpaceIsItalicBetweenItalics() {
        StyledText.Builder italic = StyledText.builder().append("Deeply", StyledText.ITALIC);
        Unwrapper.join(italic, StyledText.of("concerned", StyledText.ITALIC));
        assertThat(italic.lastStyle()).isEqualTo(StyledText.ITALIC);

        StyledText.Builder upright = StyledText.builder().append("Deeply", StyledText.ITALIC);
        Unwrapper.join(upright, StyledText.of("about"));
        assertThat(upright.lastStyle()).isEqualTo(StyledText.PLAIN);
    }

    /** A clause ends with ",", ";", ":" or "." even when note calls printed as digits or quotes follow. */
    @Test
    void clauseEnds() {
        assertThat(Unwrapper.endsClause("the United Nations,")).isTrue();
        assertThat(Unwrapper.endsClause("against Corruption, 1")).isTrue();
        assertThat(Unwrapper.endsClause("entitled \"Sustainable development\".")).isTrue();
        assertThat(Unwrapper.endsClause("the purposes and")).isFalse();
        assertThat(Unwrapper.endsClause("")).isFalse();
    }
}
