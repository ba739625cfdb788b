package org.plenary.parse.recognize;

import java.util.List;
import java.util.regex.Matcher;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.source.StyledText;

/**
 * A point of an operative paragraph, "(a) …", "(ii) …", placed at its level under the paragraph,
 * or an item of a numbered list the paragraph announces ("1. Opening of the Congress."). Points
 * inside the preamble belong to the recital before them.
 */
public final class PointRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        StyledText text = block.text().strip();
        Matcher item = StructurePatterns.OPERATIVE_START.matcher(text.text());
        if (state.zone() == Zone.OPERATIVE && item.lookingAt()
                && state.continuesNumberedList(item.group(1), text.text().substring(item.end()))) {
            Numbered point = new Numbered(item.group(1), null, text.substring(item.end()).strip(), block.firstLine());
            point.label(text.text().substring(0, item.end()).strip());
            state.paragraph().points().add(point);
            return true;
        }
        Matcher point = StructurePatterns.POINT_START.matcher(text.text());
        if (!point.lookingAt()) {
            return false;
        }
        if (state.zone() == Zone.PREAMBLE) {
            List<Preambular> preamble = state.resolution().preamble();
            if (preamble.isEmpty()) {
                return false;
            }
            preamble.get(preamble.size() - 1).append(text);
            return true;
        }
        Numbered paragraph = state.paragraph();
        if (paragraph == null) {
            return false;
        }
        StyledText body = text.substring(point.end()).strip();
        state.nesting().add(paragraph, new Numbered(point.group(1), null, body, block.firstLine()));
        return true;
    }
}
