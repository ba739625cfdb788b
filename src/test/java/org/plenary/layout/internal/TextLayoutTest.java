package org.plenary.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.read.text.TextReader;
import org.plenary.source.SourceLine;

class TextLayoutTest {
    @Test
    void theMarginIsTheLeftmostCommonIndentationEvenWhenATableOutnumbersIt() {
        String[] lines = new String[40];
        for (int i = 0; i < 18; i++) {
            lines[i] = i % 3 == 0 ? "          text of a paragraph that runs on" : "          and on to the next line";
        }
        for (int i = 18; i < 40; i++) {
            lines[i] = "               Table row " + i + " without end";
        }
        List<SourceLine> stripped = TextLayout.withoutMargin(new TextReader().read(String.join("\n", lines)).lines());
        assertThat(stripped.get(1).plain()).isEqualTo("and on to the next line");
        assertThat(stripped.get(20).plain()).startsWith("     Table row");
    }
}
