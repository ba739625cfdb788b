package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.ParseStates;
import org.plenary.parse.Profile;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

/** Parse states at the points of a resolution the recognisers are asked in. */
final class States {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$", Pattern.DOTALL);

    private States() {
    }

    /** The start of a document: the cover zone, nothing recognised. */
    static ParseState cover() {
        return ParseStates.fresh();
    }

    /** Right after "The General Assembly,": the preamble zone, no recital yet. */
    static ParseState afterFormula() {
        ParseState state = ParseStates.fresh();
        state.resolution().formula(new TextUnit(StyledText.of("The General Assembly,"), 10));
        state.zone(Zone.PREAMBLE);
        return state;
    }

    /** In the preamble, after the given recitals (each opening with a phrase of the lexicon). */
    static ParseState preamble(String... recitals) {
        ParseState state = afterFormula();
        int line = 12;
        for (String recital : recitals) {
            String opening = state.preambularOpenings().openingOf(recital).orElseThrow();
            state.resolution().preamble().add(new Preambular(opening, StyledText.of(recital), line));
            line += 2;
        }
        return state;
    }

    /** In the operative part, after a recital and the given paragraphs ("1. Decides …"). */
    static ParseState operative(String... paragraphs) {
        ParseState state = preamble("Recalling its resolution 77/262 of 30 December 2022,");
        state.zone(Zone.OPERATIVE);
        int line = 20;
        for (String paragraph : paragraphs) {
            addParagraph(state, line, paragraph);
            line += 2;
        }
        return state;
    }

    /** Adds "12. Decides …" (or an unnumbered paragraph) as the operative paragraph being filled. */
    static Numbered addParagraph(ParseState state, int line, String paragraph) {
        Matcher m = NUMBERED.matcher(paragraph);
        String num = m.matches() ? m.group(1) : null;
        String body = m.matches() ? m.group(2) : paragraph;
        Numbered numbered = new Numbered(num, state.operativeOpenings().openingOf(body).orElse(null), StyledText.of(body), line);
        state.addParagraph(numbered);
        return numbered;
    }

    /** Sets the text of the block after the one about to be offered. */
    static ParseState next(ParseState state, String nextBlock) {
        ParseStates.next(state, nextBlock);
        return state;
    }

    /**
     * Offers a block to the English profile's recognisers of the state's zone, in order, as the
     * parser does (following a move to another zone), and names the one that claimed it, or null.
     * For the rules that hold because of where a recogniser stands in its zone, not of its own code.
     */
    static String claimedBy(Block block, ParseState state) {
        Profile profile = Profile.resolutionsInEnglish();
        for (int moves = 0; moves <= Zone.values().length; moves++) {
            Zone zone = state.zone();
            for (Recognizer recognizer : profile.recognizers(zone)) {
                if (recognizer.claim(block, state)) {
                    return recognizer.getClass().getSimpleName();
                }
                if (state.zone() != zone) {
                    break;
                }
            }
            if (state.zone() == zone) {
                return null;
            }
        }
        return null;
    }
}
