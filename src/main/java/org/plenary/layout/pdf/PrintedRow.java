package org.plenary.layout.pdf;

import java.util.List;

import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/** One printed row of a table: the parts of a line that share a baseline, and their type size (0 in text). */
record PrintedRow(List<SourceLine> parts, float baseline, float size) {
    boolean italic() {
        return parts.stream().allMatch(p -> p.text().allOf(StyledText.ITALIC));
    }
}
