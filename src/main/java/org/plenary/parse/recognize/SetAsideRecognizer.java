package org.plenary.parse.recognize;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;

/**
 * The last resort of a zone where text may stand that is not the resolution's (publisher lines
 * before the cover, document codes after the conclusions): it is kept aside, never dropped, and
 * reported.
 */
public final class SetAsideRecognizer implements Recognizer {
    private final String what;

    /** @param what how the warning names the text: "Text after the conclusions was set aside" */
    public SetAsideRecognizer(String what) {
        this.what = what;
    }

    @Override
    public boolean claim(Block block, ParseState state) {
        state.setAside(block, what);
        return true;
    }
}
