package org.plenary.parse.recognize;

import java.util.Optional;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.internal.CoverPatterns;

/**
 * The committee line in square brackets: "[on the report of the Second Committee (A/54/587/Add.5)]"
 * or "[without reference to a Main Committee (A/70/L.1)]", with the report's symbol.
 */
public final class CommitteeLineRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        if (!plain.startsWith("[") || state.resolution().committeeLine() != null) {
            return false;
        }
        Optional<String[]> committee = CoverPatterns.committee(plain);
        if (committee.isEmpty()) {
            return false;
        }
        state.resolution().committeeLine(committee.get()[0]);
        state.resolution().committeeReport(committee.get()[1]);
        return true;
    }
}
