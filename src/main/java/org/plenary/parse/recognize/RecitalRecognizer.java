package org.plenary.parse.recognize;

import java.util.List;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Preambular;

/**
 * A preambular paragraph ("Recalling its resolution …,"), the last recogniser of the preamble:
 * what no other claims there is a recital, or the rest of one a page break cut.
 */
public final class RecitalRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        List<Preambular> preamble = state.resolution().preamble();
        if (state.continuesAfterCut(block) && !preamble.isEmpty()) {
            Preambular last = preamble.get(preamble.size() - 1);
            if (!ParseState.opensWithUnlistedParticiple(last.plain(), block.plain().strip())) {
                last.append(block.text().strip());
                return true;
            }
        }
        preamble.add(state.recital(block));
        return true;
    }
}
