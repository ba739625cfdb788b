package org.plenary.parse.recognize;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;

/**
 * A cover field: the symbol, the distribution date, the session, the agenda item, or a cover line
 * that carries none we keep ("Distr.: General", "Original: English"). After the conclusions only
 * short lines are taken (a Word export's cover run together at the end), not prose that happens
 * to cite a symbol.
 */
public final class CoverFieldRecognizer implements Recognizer {
    private final int longest;

    /** @param longest the longest text taken as a cover field */
    public CoverFieldRecognizer(int longest) {
        this.longest = longest;
    }

    public CoverFieldRecognizer() {
        this(Integer.MAX_VALUE);
    }

    @Override
    public boolean claim(Block block, ParseState state) {
        state.titleOpen(false);
        String plain = block.plain().strip();
        return plain.length() <= longest && state.coverMetadata(plain);
    }
}
