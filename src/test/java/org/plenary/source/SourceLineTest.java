package org.plenary.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLineTest {
    /** A text file's line stands at its indent: left is the count of leading spaces, right the line's length. */
    @Test
    void aTextLineStandsAtItsColumns() {
        SourceLine line = SourceLine.ofText(StyledText.of("      Recalling its resolution"), 7, 2, 1);
        assertThat(line.left()).isEqualTo(6f);
        assertThat(line.right()).isEqualTo(30f);
        assertThat(line.number()).isEqualTo(7);
        assertThat(line.page()).isEqualTo(2);
        assertThat(line.baseline()).isEqualTo(7f); // a text line's baseline is its number
        assertThat(line.size()).isZero(); // no type size in text
        assertThat(line.gapBefore()).isEqualTo(1f);
        assertThat(line.plain()).isEqualTo("      Recalling its resolution");
    }

    /** A line of spaces only is blank and stands at its end. */
    @Test
    void aLineOfSpacesIsBlank() {
        SourceLine line = SourceLine.ofText(StyledText.of("    "), 1, 1, 0);
        assertThat(line.isBlank()).isTrue();
        assertThat(line.left()).isEqualTo(4f);
    }

    /** A line that holds only a note call is not blank: the call must not be lost with blank lines. */
    @Test
    void aLineWithOnlyACallIsNotBlank() {
        SourceLine line = SourceLine.ofText(StyledText.builder().append("  ").call("1").build(), 1, 1, 0);
        assertThat(line.isBlank()).isFalse();
    }

    /** Replacing the text keeps every position. */
    @Test
    void withTextKeepsThePlace() {
        SourceLine line = new SourceLine(StyledText.of("Reaffirming"), 14, 1, 147.1f, 487.6f, 386f, 9f, 18f);
        SourceLine replaced = line.withText(StyledText.of("Reaffirming", StyledText.ITALIC));
        assertThat(replaced.text().allOf(StyledText.ITALIC)).isTrue();
        assertThat(replaced).isEqualTo(new SourceLine(replaced.text(), 14, 1, 147.1f, 487.6f, 386f, 9f, 18f));
        assertThat(replaced).isNotEqualTo(line);
    }
}
