package org.plenary.parse.recognize;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.TextUnit;

/**
 * Between a group's number and its first paragraph: the group's heading, then recitals of its
 * own ("Recalling …,"), as parts of a budget resolution have.
 */
public final class GroupRecitalRecognizer implements Recognizer {
    /**
     * A heading line under the group's number: the group's title, or one more heading line
     * under it ("Section 1", "Overall policymaking"), which a recital, ending with its comma, is not.
     */
    private static boolean isTitle(String plain, Block block, Resolution.Group group, ParseState state) {
        if (!group.hasTitle()) {
            // A long title is a title all the same where print sets it in bold.
            return (plain.length() < 200 || block.look().bold()) && !StructurePatterns.endsWith(GroupHeadingRecognizer.ENDS_CLAUSE, plain);
        }
        return group.recitals().isEmpty() && state.headingLike(plain) && plain.length() < 150;
    }

    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        if (!state.groupOpening() || StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt()) {
            return false;
        }
        Resolution.Group group = state.group();
        // A group of one unnumbered decision ("C. Danger pay", then "Expresses appreciation …"):
        // after the heading, an operative opening is the group's paragraph, not a recital.
        boolean operativeOpening = state.operativeOpenings().openingOf(plain).isPresent()
                && state.preambularOpenings().openingOf(plain).isEmpty();
        // Nor is a declaration's opening in the first person ("We, Heads of State and Government …").
        boolean declarationOpening = plain.startsWith("We, ") || plain.startsWith("We the ");
        boolean endsClause = StructurePatterns.endsWith(GroupHeadingRecognizer.ENDS_CLAUSE, plain);
        if ((operativeOpening || declarationOpening) && (group.hasTitle() || endsClause)) {
            return false;
        }
        if (block.look().mayBeHeading() && isTitle(plain, block, group, state) && state.preambularOpenings().openingOf(plain).isEmpty()) {
            group.lines().add(new Resolution.HeadingLine(null, new TextUnit(block.text().strip(), block.firstLine())));
        } else {
            group.recitals().add(state.recital(block));
        }
        return true;
    }
}
