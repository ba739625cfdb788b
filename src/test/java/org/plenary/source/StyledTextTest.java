package org.plenary.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.source.StyledText.BOLD;
import static org.plenary.source.StyledText.ITALIC;
import static org.plenary.source.StyledText.PLAIN;
import static org.plenary.source.StyledText.SUPERSCRIPT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.source.StyledText.Call;

class StyledTextTest {
    /** The styles of each character as digits (0 plain, 1 italic, 2 bold, 4 raised): easy to compare at a glance. */
    private static String styles(StyledText text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.styleAt(i));
        }
        return out.toString();
    }

    /** "Recalling" in italics, then upright text with a note call after "77/1" and a comma. */
    private static StyledText recital() {
        return StyledText.builder()
                .append("Recalling", ITALIC)
                .append(" its resolution 77/1")
                .call("1")
                .append(",")
                .build();
    }

    // --- plain and uniformly styled text ---

    /** Plain text has no styles and no calls: every character reads as PLAIN. */
    @Test
    void plainTextHasNoStyle() {
        StyledText text = StyledText.of("Decides");
        assertThat(text.text()).isEqualTo("Decides");
        assertThat(text.toString()).isEqualTo("Decides");
        assertThat(text.styleAt(3)).isEqualTo(PLAIN);
        assertThat(text.hasAny(ITALIC)).isFalse();
        assertThat(text.allOf(ITALIC)).isFalse();
        assertThat(text.calls()).isEmpty();
    }

    /** Text of one style carries it on every character, and only that style. */
    @Test
    void textOfOneStyleCarriesItOnEveryCharacter() {
        StyledText text = StyledText.of("General Assembly", BOLD);
        assertThat(styles(text)).isEqualTo("2222222222222222");
        assertThat(text.allOf(BOLD)).isTrue();
        assertThat(text.hasAny(ITALIC)).isFalse();
        assertThat(text.has(0, BOLD)).isTrue();
        assertThat(text.has(0, ITALIC)).isFalse();
    }

    /** Empty text is the one EMPTY instance, whatever style it was asked in. */
    @Test
    void emptyTextIsEmpty() {
        assertThat(StyledText.of("")).isSameAs(StyledText.EMPTY);
        assertThat(StyledText.of("", ITALIC)).isSameAs(StyledText.EMPTY);
        assertThat(StyledText.of("x", PLAIN).hasAny((byte) 0xff)).isFalse();
        assertThat(StyledText.builder().build()).isSameAs(StyledText.EMPTY);
    }

    /** A call is not text: text with only a call is not empty, yet its plain text is. */
    @Test
    void aCallAloneMakesTextNonEmpty() {
        StyledText onlyCall = StyledText.builder().call("3").build();
        assertThat(onlyCall.text()).isEmpty();
        assertThat(onlyCall.isEmpty()).isFalse();
        assertThat(onlyCall.callMarkers()).containsExactly("3");
    }

    /** Styles combine as bits: bold italic is both. */
    @Test
    void stylesCombineAsBits() {
        StyledText text = StyledText.of("Annex", BOLD).withStyle(0, 5, ITALIC);
        assertThat(text.allOf(BOLD)).isTrue();
        assertThat(text.allOf(ITALIC)).isTrue();
        assertThat(text.styleAt(2)).isEqualTo((byte) (BOLD | ITALIC));
        assertThat(text.has(2, SUPERSCRIPT)).isFalse();
    }

    /** The CharSequence view is the plain text. */
    @Test
    void charSequenceViewIsThePlainText() {
        StyledText text = recital();
        assertThat(text.length()).isEqualTo("Recalling its resolution 77/1,".length());
        assertThat(text.charAt(10)).isEqualTo('i');
        assertThat(text.subSequence(0, 9).toString()).isEqualTo("Recalling");
    }

    // --- builder ---

    /** Appended pieces keep their styles at their new offsets; a call is anchored where the text stood. */
    @Test
    void builderPlacesStylesAndCallsAtTheirOffsets() {
        StyledText text = recital();
        assertThat(text.text()).isEqualTo("Recalling its resolution 77/1,");
        assertThat(styles(text)).isEqualTo("111111111" + "0".repeat(21));
        assertThat(text.calls()).containsExactly(new Call(29, "1"));
        assertThat(text.callMarkers()).containsExactly("1");
    }

    /** Appending styled text shifts its calls by the length already built. */
    @Test
    void appendingStyledTextShiftsItsCalls() {
        StyledText note = StyledText.builder().append("Cairo,").call("2").build();
        StyledText joined = StyledText.builder().append("held in ").append(note).append(" in 1994").build();
        assertThat(joined.text()).isEqualTo("held in Cairo, in 1994");
        assertThat(joined.calls()).containsExactly(new Call(14, "2"));
    }

    /** Appending a styled piece after plain text puts its styles after the plain characters. */
    @Test
    void appendingAStyledPieceAfterPlainText() {
        StyledText joined = StyledText.builder().append("1. ").append(StyledText.of("Decides", ITALIC)).append(" to").build();
        assertThat(styles(joined)).isEqualTo("000" + "1111111" + "000");
    }

    /** Dropping the last character (a line's hyphen, a space before a call) moves a call at the end back with it. */
    @Test
    void dropLastMovesAnEndCallBack() {
        StyledText.Builder b = StyledText.builder().append("Convention ").call("1");
        assertThat(b.endsWithCall()).isTrue();
        b.dropLast();
        StyledText text = b.build();
        assertThat(text.text()).isEqualTo("Convention");
        assertThat(text.calls()).containsExactly(new Call(10, "1"));
    }

    /** The builder tells the last character's style (PLAIN when there is none), used to style a joining space. */
    @Test
    void lastStyleIsTheLastCharactersStyle() {
        StyledText.Builder b = StyledText.builder();
        assertThat(b.lastStyle()).isEqualTo(PLAIN);
        b.append("Recalling", ITALIC);
        assertThat(b.lastStyle()).isEqualTo(ITALIC);
        b.append(" the");
        assertThat(b.lastStyle()).isEqualTo(PLAIN);
        assertThat(b.length()).isEqualTo(13);
        assertThat(b.charAt(0)).isEqualTo('R');
        assertThat(b.endsWithCall()).isFalse();
    }

    /** Styles grow with long text: a styled piece far into the text keeps its style. */
    @Test
    void stylesFollowLongText() {
        StyledText.Builder b = StyledText.builder().append("x", ITALIC);
        b.append("a".repeat(100));
        b.append("Decides", ITALIC);
        StyledText text = b.build();
        assertThat(text.has(0, ITALIC)).isTrue();
        assertThat(text.has(50, ITALIC)).isFalse();
        assertThat(text.text().substring(101)).isEqualTo("Decides");
        assertThat(text.substring(101).allOf(ITALIC)).isTrue();
    }

    /**
     * A character dropped with dropLast takes its style with it: the plain character appended in
     * its place is plain. (The builder reuses its style array and only writes styled ranges.)
     */
    @Test
    void aPlainCharacterAfterDropLastIsPlain() {
        StyledText text = StyledText.builder().append("ab", ITALIC).dropLast().append("c").build();
        assertThat(text.text()).isEqualTo("ac");
        assertThat(styles(text)).isEqualTo("10");
    }

    // --- substring ---

    /** A piece keeps the styles of its characters. */
    @Test
    void substringKeepsStylesAtTheRightOffsets() {
        StyledText text = recital();
        assertThat(text.substring(0, 9).allOf(ITALIC)).isTrue();
        StyledText rest = text.substring(10);
        assertThat(rest.text()).isEqualTo("its resolution 77/1,");
        assertThat(rest.hasAny(ITALIC)).isFalse();
        StyledText across = text.substring(5, 13);
        assertThat(across.text()).isEqualTo("ling its");
        assertThat(styles(across)).isEqualTo("11110000");
    }

    /** A call belongs to the text before it: kept by a piece that ends at it, not by one that starts there. */
    @Test
    void aCallBelongsToTheTextBeforeIt() {
        StyledText text = recital(); // call at 29, after "77/1"
        assertThat(text.substring(0, 29).calls()).containsExactly(new Call(29, "1"));
        assertThat(text.substring(29).calls()).isEmpty();
        assertThat(text.substring(25).calls()).containsExactly(new Call(4, "1"));
    }

    /** A call at 0 (a note body's own marker) is kept by a piece that starts the text. */
    @Test
    void aCallAtTheStartIsKeptByAPieceFromTheStart() {
        StyledText note = StyledText.builder().call("1").append("United Nations, Treaty Series").build();
        assertThat(note.substring(0, 6).calls()).containsExactly(new Call(0, "1"));
        assertThat(note.substring(1).calls()).isEmpty();
    }

    /** The whole text as a piece is the text itself. */
    @Test
    void theWholePieceIsTheSameText() {
        StyledText text = recital();
        assertThat(text.substring(0, text.length())).isSameAs(text);
    }

    // --- strip and collapseWhitespace ---

    /** Stripping white space keeps each character's style. */
    @Test
    void stripKeepsStyles() {
        StyledText text = StyledText.builder().append("   ").append("Noting", ITALIC).append(" with concern  ").build();
        StyledText stripped = text.strip();
        assertThat(stripped.text()).isEqualTo("Noting with concern");
        assertThat(styles(stripped)).isEqualTo("111111" + "0".repeat(13));
    }

    /** A note body's marker, a call before its first visible character, stays at the start when stripped. */
    @Test
    void stripKeepsALeadingCallAtTheStart() {
        StyledText text = StyledText.builder().call("12").append("   See A/78/1.").build();
        StyledText stripped = text.strip();
        assertThat(stripped.text()).isEqualTo("See A/78/1.");
        assertThat(stripped.calls()).containsExactly(new Call(0, "12"));
    }

    /** A call after the last word, before trailing spaces, stays at the end. */
    @Test
    void stripKeepsACallBeforeTrailingSpace() {
        StyledText text = StyledText.builder().append("Corruption").call("1").append("   ").build();
        StyledText stripped = text.strip();
        assertThat(stripped.text()).isEqualTo("Corruption");
        assertThat(stripped.calls()).containsExactly(new Call(10, "1"));
    }

    /** "Calls at the ends are kept": so is one after trailing white space. */
    @Test
    void stripKeepsACallAfterTrailingSpace() {
        StyledText text = StyledText.builder().append("Corruption ").call("1").build();
        StyledText stripped = text.strip();
        assertThat(stripped.text()).isEqualTo("Corruption");
        assertThat(stripped.calls()).containsExactly(new Call(10, "1"));
    }

    /** Text without white space at its ends is returned as it is. */
    @Test
    void stripOfCleanTextIsTheSameText() {
        StyledText text = recital();
        assertThat(text.strip()).isSameAs(text);
    }

    /** A justified line's gaps and tabs become single spaces; styles stay on their characters. */
    @Test
    void collapseWhitespaceMakesOneSpaceOfEveryRun() {
        StyledText text = StyledText.builder().append("  ").append("Recalling", ITALIC).append("   its\tresolution  ").build();
        StyledText collapsed = text.collapseWhitespace();
        assertThat(collapsed.text()).isEqualTo("Recalling its resolution");
        assertThat(styles(collapsed)).isEqualTo("111111111" + "0".repeat(15));
    }

    /** A call before a run of spaces stays after the word it follows. */
    @Test
    void collapseWhitespaceKeepsACallAfterItsWord() {
        StyledText text = StyledText.builder().append("Cairo,").call("3").append("     and Beijing").build();
        StyledText collapsed = text.collapseWhitespace();
        assertThat(collapsed.text()).isEqualTo("Cairo, and Beijing");
        assertThat(collapsed.calls()).containsExactly(new Call(6, "3"));
    }

    /** A call at the very end, after trailing spaces, is kept at the new end. */
    @Test
    void collapseWhitespaceKeepsATrailingCall() {
        StyledText text = StyledText.builder().append("Corruption  ").call("1").build();
        StyledText collapsed = text.collapseWhitespace();
        assertThat(collapsed.text()).isEqualTo("Corruption");
        assertThat(collapsed.calls()).containsExactly(new Call(10, "1"));
    }

    /** Text already in single spaces is returned as it is. */
    @Test
    void collapseWhitespaceOfCleanTextIsTheSameText() {
        StyledText text = recital();
        assertThat(text.collapseWhitespace()).isSameAs(text);
    }

    // --- styles of words and openings ---

    /** An italic verb whose last letter the PDF set upright ("Encourage" + "s") is read italic as a whole word. */
    @Test
    void wholeWordsSpreadsAStyleOverTheWord() {
        StyledText text = StyledText.builder().append("Encourage", ITALIC).append("s all States").build();
        StyledText spread = text.wholeWords(ITALIC);
        assertThat(styles(spread)).isEqualTo("1111111111" + "0".repeat(11));
        assertThat(spread.leadingItalic()).isEqualTo("Encourages");
    }

    /** A style that ends at a word's end is left alone. */
    @Test
    void wholeWordsLeavesWholeWordsAlone() {
        StyledText text = recital();
        assertThat(text.wholeWords(ITALIC)).isSameAs(text);
        assertThat(StyledText.of("plain").wholeWords(ITALIC).hasAny(ITALIC)).isFalse();
    }

    /** withStyle adds a style to a range only. */
    @Test
    void withStyleAddsAStyleToARange() {
        StyledText text = StyledText.of("1st session").withStyle(1, 3, SUPERSCRIPT);
        assertThat(styles(text)).isEqualTo("04400000000");
        assertThat(text.hasAny(SUPERSCRIPT)).isTrue();
    }

    /** The opening phrase is the italic run at the start, over spaces between italic words, leading spaces dropped. */
    @Test
    void leadingItalicIsTheOpeningPhrase() {
        StyledText text = StyledText.builder()
                .append("  ")
                .append("Recalling", ITALIC)
                .append(" ")
                .append("also", ITALIC)
                .append(" its resolution 77/1")
                .build();
        assertThat(text.opensItalic()).isTrue();
        assertThat(text.leadingItalic()).isEqualTo("Recalling also");
    }

    /** Text that opens upright has no opening phrase. */
    @Test
    void uprightTextHasNoLeadingItalic() {
        StyledText text = StyledText.builder().append("1. ").append("Decides", ITALIC).build();
        assertThat(text.opensItalic()).isFalse();
        assertThat(text.leadingItalic()).isEmpty();
        assertThat(StyledText.of("   ").opensItalic()).isFalse();
    }

    /** allOf ignores white space but needs one visible character. */
    @Test
    void allOfIgnoresWhiteSpace() {
        StyledText text = StyledText.builder().append(" ").append("Annex", BOLD).append(" ").build();
        assertThat(text.allOf(BOLD)).isTrue();
        assertThat(StyledText.of("   ").allOf(BOLD)).isFalse();
    }

    /** withoutLeadingCalls removes a note body's marker and keeps calls inside the text. */
    @Test
    void withoutLeadingCallsKeepsCallsInTheText() {
        StyledText note = StyledText.builder().call("4").append("See resolution 70/1").call("5").append(".").build();
        StyledText body = note.withoutLeadingCalls();
        assertThat(body.text()).isEqualTo(note.text());
        assertThat(body.calls()).containsExactly(new Call(19, "5"));
        StyledText recital = recital();
        assertThat(recital.withoutLeadingCalls()).isSameAs(recital); // its call is inside, not leading
    }

    // --- equality ---

    /** Plain text equals text whose styles are all PLAIN; a style or a call tells texts apart. */
    @Test
    void equalityComparesTextStylesAndCalls() {
        StyledText plain = StyledText.of("Decides");
        StyledText built = StyledText.builder().append("Decides", PLAIN).build();
        StyledText italic = StyledText.of("Decides", ITALIC);
        assertThat(built).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(StyledText.of("Decides").withStyle(0, 7, PLAIN)).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(italic).isNotEqualTo(plain);
        assertThat(StyledText.builder().append("Decides").call("1").build()).isNotEqualTo(plain);
        assertThat(plain).isNotEqualTo("Decides");
        assertThat(List.of(plain)).contains(built);
    }
}
