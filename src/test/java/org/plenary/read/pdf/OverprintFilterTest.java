package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class OverprintFilterTest {
    private final OverprintFilter filter = new OverprintFilter();

    @Test
    void aGlyphDrawnAgainSlightlyShiftedIsACopy() {
        assertThat(filter.isCopy("R", 100f, 200f, 6f)).isFalse();
        // Faked bold: the same letter a quarter of a point to the right.
        assertThat(filter.isCopy("R", 100.25f, 200f, 6f)).isTrue();
        assertThat(filter.isCopy("R", 99.8f, 200.3f, 6f)).isTrue();
    }

    @Test
    void anotherLetterOrAPlaceFurtherThanAThirdOfTheWidthIsNew() {
        filter.isCopy("e", 100f, 200f, 6f);

        assertThat(filter.isCopy("a", 100f, 200f, 6f)).isFalse();
        assertThat(filter.isCopy("e", 102.1f, 200f, 6f)).isFalse();
        assertThat(filter.isCopy("e", 100f, 212f, 6f)).isFalse();
    }

    @Test
    void theToleranceHoldsAcrossGridCells() {
        // 3.9 and 4.1 fall in neighbouring cells of the grid.
        assertThat(filter.isCopy("x", 3.9f, 3.9f, 3f)).isFalse();
        assertThat(filter.isCopy("x", 4.1f, 4.1f, 3f)).isTrue();
    }

    @Test
    void aWideGlyphReachesBeyondOneCell() {
        // A heading's wide letter: a tolerance of 10 points spans several cells.
        assertThat(filter.isCopy("W", 50f, 50f, 30f)).isFalse();
        assertThat(filter.isCopy("W", 59f, 41f, 30f)).isTrue();
    }

    @Test
    void aVastGlyphIsComparedWithEveryGlyphSeen() {
        // A width of 3,000 points (a broken font matrix) gives a tolerance of 1,000: far beyond the grid.
        assertThat(filter.isCopy("W", 0f, 0f, 3000f)).isFalse();
        assertThat(filter.isCopy("W", 900f, -900f, 3000f)).isTrue();
        assertThat(filter.isCopy("V", 900f, -900f, 3000f)).isFalse();
    }

    @Test
    void aZeroWidthGlyphNeverRepeats() {
        filter.isCopy("\u0301", 10f, 10f, 0f);

        assertThat(filter.isCopy("\u0301", 10f, 10f, 0f)).isFalse();
    }

    @Test
    void eachPageStartsAfresh() {
        filter.isCopy("R", 100f, 200f, 6f);
        filter.newPage();

        assertThat(filter.isCopy("R", 100f, 200f, 6f)).isFalse();
    }

    @Test
    void agreesWithAPlainScanOfEveryGlyphSeen() {
        Random random = new Random(7);
        java.util.List<float[]> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            float x = random.nextInt(600) / 4f;
            float y = random.nextInt(800) / 4f;
            // Now and then a glyph too wide for the grid, compared with every glyph instead.
            float width = random.nextInt(50) == 0 ? 800 + random.nextInt(400) : 1 + random.nextInt(40) / 2f;
            String text = random.nextBoolean() ? "a" : "b";
            float tolerance = width / 3f;
            boolean expected = kept.stream().anyMatch(p -> p[3] == text.charAt(0)
                    && p[0] >= x - tolerance && p[0] < x + tolerance && p[1] >= y - tolerance && p[1] < y + tolerance);
            assertThat(filter.isCopy(text, x, y, width)).as("glyph %d", i).isEqualTo(expected);
            if (!expected) {
                kept.add(new float[] {x, y, width, text.charAt(0)});
            }
        }
    }
}
