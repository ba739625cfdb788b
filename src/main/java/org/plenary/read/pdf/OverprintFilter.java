package org.plenary.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a glyph drawn a second time over itself (some PDFs overprint text, slightly shifted, to
 * fake bold) from a new one. The rule is PDFBox's own duplicate suppression: the same text within
 * a third of its width, across and down. PDFBox keeps each page's glyphs in sorted maps and pays a
 * tree walk for every character; here they sit in a hash grid, so a page costs time linear in its
 * characters.
 */
final class OverprintFilter {
    /** Grid cells this many points square: a tolerance is a third of a glyph's width, mostly under. */
    private static final float CELL = 4f;
    /** Beyond this tolerance a glyph's box covers too many cells to probe one by one. */
    private static final float MAX_GRID_TOLERANCE = 64 * CELL;

    private record Cell(String text, int column, int row) {
        /**
         * Mixed by large odd multipliers: the record's own hash (31 times over) gives the same value
         * to a page's many cells of one letter that differ by a column and 31 rows, and the map then
         * compares them one by one.
         */
        @Override
        public int hashCode() {
            return text.hashCode() * 0x9E3779B9 ^ column * 0x85EBCA6B ^ row * 0xC2B2AE35;
        }
    }

    private final Map<Cell, List<float[]>> seen = new HashMap<>();

    /** Forgets the glyphs seen: each page is its own. */
    void newPage() {
        seen.clear();
    }

    /**
     * Whether {@code text} drawn at ({@code x}, {@code y}) with {@code width} repeats a glyph
     * already seen on the page; a glyph that does not is remembered.
     */
    boolean isCopy(String text, float x, float y, float width) {
        float tolerance = Math.abs(width) / text.length() / 3f;
        if (!(tolerance <= MAX_GRID_TOLERANCE)) {
            // An empty, vast or unmeasurable glyph would span the grid: compare with every glyph instead.
            return isCopyOfAny(text, x, y, tolerance);
        }
        // Only the cells the tolerance box touches can hold a match: mostly one or two, not nine.
        for (int c = cell(x - tolerance); c <= cell(x + tolerance); c++) {
            for (int r = cell(y - tolerance); r <= cell(y + tolerance); r++) {
                List<float[]> points = seen.get(new Cell(text, c, r));
                if (points == null) {
                    continue;
                }
                for (float[] p : points) {
                    if (within(p, x, y, tolerance)) {
                        return true;
                    }
                }
            }
        }
        seen.computeIfAbsent(new Cell(text, cell(x), cell(y)), k -> new ArrayList<>(2)).add(new float[] {x, y});
        return false;
    }

    private boolean isCopyOfAny(String text, float x, float y, float tolerance) {
        for (Map.Entry<Cell, List<float[]>> entry : seen.entrySet()) {
            if (entry.getKey().text().equals(text)) {
                for (float[] p : entry.getValue()) {
                    if (within(p, x, y, tolerance)) {
                        return true;
                    }
                }
            }
        }
        seen.computeIfAbsent(new Cell(text, cell(x), cell(y)), k -> new ArrayList<>(2)).add(new float[] {x, y});
        return false;
    }

    private static boolean within(float[] p, float x, float y, float tolerance) {
        // PDFBox's bounds, low in and high out: a zero-width glyph never repeats.
        return p[0] >= x - tolerance && p[0] < x + tolerance && p[1] >= y - tolerance && p[1] < y + tolerance;
    }

    private static int cell(float position) {
        return (int) Math.floor(position / CELL);
    }
}
