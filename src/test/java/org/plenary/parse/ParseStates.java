package org.plenary.parse;

import java.util.List;

import org.plenary.layout.LaidOutText;
import org.plenary.lexicon.Lexicon;
import org.plenary.source.SourceForm;

/**
 * For the recognisers' unit tests, which live in another package: a fresh {@link ParseState}
 * (whose constructor the parser keeps to itself) and the look-ahead the parser sets before each
 * block. Test code only; the parser's own API is unchanged.
 */
public final class ParseStates {
    private static final Lexicon PREAMBULAR = Lexicon.preambular();
    private static final Lexicon OPERATIVE = Lexicon.operative();
    private static final LaidOutText NOTHING_LAID_OUT =
            new LaidOutText(SourceForm.PLAIN, List.of(), List.of(), List.of(), List.of(), List.of());

    private ParseStates() {
    }

    /** The state at the start of a parse: the cover zone, nothing recognised, the English lexicons. */
    public static ParseState fresh() {
        return new ParseState(NOTHING_LAID_OUT, PREAMBULAR, OPERATIVE);
    }

    /** Sets the text of the block after the current one, as the parser does before offering a block. */
    public static void next(ParseState state, String nextBlock) {
        state.next(nextBlock);
    }
}
