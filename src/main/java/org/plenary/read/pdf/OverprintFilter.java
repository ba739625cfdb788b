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

    private record Cell(String text, int column, int row) {
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
        int reach = (int) Math.ceil(tolerance / CELL);
        int column = cell(x);
        int row = cell(y);
        for (int c = column - reach; c <= column + reach; c++) {
            for (int r = row - reach; r <= row + reach; r++) {
                List<float[]> points = seen.get(new Cell(text, c, r));
                if (points == null) {
                    continue;
                }
                for (float[] p : points) {
                    // PDFBox's bounds, low in and high out: a zero-width glyph never repeats.
                    if (p[0] >= x - tolerance && p[0] < x + tolerance && p[1] >= y - tolerance && p[1] < y + tolerance) {
                        return true;
                    }
                }
            }
        }
        seen.computeIfAbsent(new Cell(text, column, row), k -> new ArrayList<>(2)).add(new float[] {x, y});
        return false;
    }

    private static int cell(float position) {
        return (int) Math.floor(position / CELL);
    }
}
