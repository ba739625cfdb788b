package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.layout.pdf.PrintedLines.styled;

import org.junit.jupiter.api.Test;
import org.plenary.source.StyledText;
import org.plenary.source.StyledText.Call;

class RaisedMarkersTest {
    /** A raised number after a word is a note call there, and no longer text. */
    @Test
    void aRaisedNumberIsACall() {
        StyledText text = RaisedMarkers.toCalls(styled("{i:Reaffirming} that the Convention against Corruption{s:1} is the most"));
        assertThat(text.text()).isEqualTo("Reaffirming that the Convention against Corruption is the most");
        assertThat(text.calls()).containsExactly(new Call(50, "1"));
        assertThat(text.hasAny(StyledText.SUPERSCRIPT)).isFalse();
        assertThat(text.leadingItalic()).as("styles around the call stay").isEqualTo("Reaffirming");
    }

    /** A note's own marker, raised at the start of its line, is a call at 0. */
    @Test
    void aNotesMarkerIsACallAtItsStart() {
        StyledText text = RaisedMarkers.toCalls(styled("{s:1} United Nations, {i:Treaty Series}, vol. 2349"));
        assertThat(text.calls()).containsExactly(new Call(0, "1"));
        assertThat(text.text()).isEqualTo(" United Nations, Treaty Series, vol. 2349");
    }

    /** Several calls in one raised run ("1,2") are a call each, at the same place. */
    @Test
    void aRunOfSeveralMarkersIsACallEach() {
        StyledText text = RaisedMarkers.toCalls(styled("Cairo{s:2, 3} and Beijing"));
        assertThat(text.text()).isEqualTo("Cairo and Beijing");
        assertThat(text.calls()).containsExactly(new Call(5, "2"), new Call(5, "3"));
    }

    /** Symbols are markers too: asterisks and daggers. */
    @Test
    void symbolsAreMarkers() {
        assertThat(RaisedMarkers.toCalls(styled("Draft resolution{s:*}")).callMarkers()).containsExactly("*");
        assertThat(RaisedMarkers.toCalls(styled("Panama{s:†}")).callMarkers()).containsExactly("†");
        assertThat(RaisedMarkers.toCalls(styled("Corrigendum{s:**}")).callMarkers()).containsExactly("**");
    }

    /** Spaces in the raised run (a marker set apart by the reader) do not stay in the text. */
    @Test
    void spacesInARaisedRunGoWithIt() {
        StyledText text = RaisedMarkers.toCalls(styled("Corruption{s: 1 }is"));
        assertThat(text.text()).isEqualTo("Corruptionis");
        assertThat(text.calls()).containsExactly(new Call(10, "1"));
    }

    /** Raised text that is no marker ("1st" with a raised "st", a four-digit number) stays text, still raised. */
    @Test
    void otherRaisedTextStaysText() {
        StyledText ordinal = RaisedMarkers.toCalls(styled("the 1{s:st} meeting"));
        assertThat(ordinal.text()).isEqualTo("the 1st meeting");
        assertThat(ordinal.calls()).isEmpty();
        assertThat(ordinal.has(5, StyledText.SUPERSCRIPT)).isTrue();
        assertThat(RaisedMarkers.toCalls(styled("year{s:2024}")).calls()).isEmpty();
    }

    /** Text with nothing raised is returned as it is. */
    @Test
    void textWithoutRaisedCharactersIsUnchanged() {
        StyledText text = styled("{i:Recalling} its resolution 77/1,");
        assertThat(RaisedMarkers.toCalls(text)).isSameAs(text);
    }
}
