package org.plenary.parse.recognize;

import java.util.List;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.TextUnit;

/** The last recogniser of an annex: every block after its heading is one of its paragraphs. */
public final class AnnexParagraphRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        List<Resolution.Annex> annexes = state.resolution().annexes();
        annexes.get(annexes.size() - 1).paragraphs().add(new TextUnit(block.text().strip(), block.firstLine()));
        return true;
    }
}
