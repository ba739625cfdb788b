package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.source.StyledText;

/**
 * The heading of a group of operative paragraphs: a number alone ("I", "B", "Part II"), a number
 * with its heading ("II. Programme budget"), or a heading without number (a title-like line
 * between complete paragraphs, or right before paragraph 1). A group opens the operative part.
 */
public final class GroupHeadingRecognizer implements Recognizer {
    /** A group's number and heading on one line: "II. Programme budget". */
    private static final Pattern GROUP_NUMBER_AND_HEADING = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\p{Lu}[^;:]{2,150}?)$");
    static final Pattern ENDS_CLAUSE = Pattern.compile("[,;:]$");
    /** An item's numbered label before a colon: "Round table 1:", "Leadership dialogue 2:", "Panel 3:". */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("\\p{Lu}[\\p{L}\\- ]{0,40}? \\d{1,2}:\\s");

    @Override
    public boolean claim(Block block, ParseState state) {
        StyledText text = block.text().strip();
        String plain = text.text();
        if (startsGroup(block, text, state)) {
            state.zone(Zone.OPERATIVE);
            return true;
        }
        boolean heading = block.look().mayBeHeading()
                && (state.zone() == Zone.PREAMBLE ? isHeadingBeforeOperativePart(plain, state) : isUnnumberedHeading(plain, block, state));
        if (heading) {
            state.openGroup(null, null, text, block);
            state.zone(Zone.OPERATIVE);
        }
        return heading;
    }

    private static boolean startsGroup(Block block, StyledText text, ParseState state) {
        String plain = text.text();
        Matcher number = StructurePatterns.GROUP_NUMBER.matcher(plain);
        if (number.matches()) {
            state.openGroup(number.group(1), plain, null, block);
            return true;
        }
        Matcher numberAndHeading = GROUP_NUMBER_AND_HEADING.matcher(plain);
        if (numberAndHeading.matches() && !StructurePatterns.endsWith(ENDS_CLAUSE, plain)
                && !isOperativeSentence(numberAndHeading.group(2), state)) {
            state.openGroup(numberAndHeading.group(1), plain.substring(0, numberAndHeading.start(2)).strip(),
                    text.substring(numberAndHeading.start(2)), block);
            return true;
        }
        return false;
    }

    /**
     * A group's title is a name, not a sentence that opens with an operative verb: "I. Decides …
     * ." is paragraph 1 with OCR's "I" for its "1", left to the operative paragraph's recogniser.
     */
    private static boolean isOperativeSentence(String title, ParseState state) {
        return title.endsWith(".") && state.operativeOpenings().openingOf(title).isPresent();
    }

    /** A title-like line right before paragraph 1: the heading of the first group of paragraphs. */
    private static boolean isHeadingBeforeOperativePart(String plain, ParseState state) {
        return !state.resolution().preamble().isEmpty() && state.headingLike(plain)
                && StructurePatterns.OPERATIVE_START.matcher(state.next()).lookingAt();
    }

    /**
     * A title-like line between complete paragraphs: a heading without a number. After a
     * paragraph's points it is one only in bold, or right before a numbered paragraph; else it is
     * the text that closes the points.
     */
    private static boolean isUnnumberedHeading(String plain, Block block, ParseState state) {
        Numbered paragraph = state.paragraph();
        if (paragraph == null || !state.headingLike(plain)) {
            return false;
        }
        if (paragraph.points().isEmpty()) {
            // A paragraph that ends with a colon may announce a titled text ("Adopts the following
            // declaration:"), or numbered items ("… on the following themes:", "Round table 1: …"),
            // which are its matter, not headings.
            return paragraph.endsClause() && !(paragraph.lastVisible() == ':' && NUMBERED_LABEL.matcher(plain).lookingAt());
        }
        return paragraph.wrapUp() == null && lastPoint(paragraph).endsClause()
                && (block.look().bold() || StructurePatterns.OPERATIVE_START.matcher(state.next()).lookingAt());
    }

    private static Numbered lastPoint(Numbered unit) {
        Numbered last = unit.points().get(unit.points().size() - 1);
        return last.points().isEmpty() ? last : lastPoint(last);
    }
}
