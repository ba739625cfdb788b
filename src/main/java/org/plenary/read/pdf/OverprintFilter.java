package org.plenary.read.pdf;

import java.util.Arrays;

/**
 * Tells a glyph drawn a second time over itself (some PDFs overprint text, slightly shifted, to
 * fake bold) from a new one. The rule is PDFBox's own duplicate suppression: the same text within
 * a third of its width, across and down. PDFBox keeps each page's glyphs in sorted maps and pays a
 * tree walk for every character; here they sit in a hash grid of primitive arrays (no object a
 * probe), so a page costs time linear in its characters.
 */
final class OverprintFilter {
    /** Grid cells this many points square: a tolerance is a third of a glyph's width, mostly under. */
    private static final float CELL = 4f;
    /** Beyond this tolerance a glyph's box covers too many cells to probe one by one. */
    private static final float MAX_GRID_TOLERANCE = 64 * CELL;

    // The page's glyphs seen so far, by index; those of one cell are chained through next.
    private String[] texts = new String[512];
    private float[] xs = new float[512];
    private float[] ys = new float[512];
    private int[] next = new int[512];
    private int glyphs;

    // Open addressing over the cells that hold glyphs: each cell's packed (column, row), and the
    // index of its last glyph plus one (0: a free slot).
    private long[] cellKeys = new long[1024];
    private int[] cellHeads = new int[1024];
    private int cells;

    /** Forgets the glyphs seen: each page is its own. */
    void newPage() {
        if (glyphs > 0) {
            Arrays.fill(texts, 0, glyphs, null);
            Arrays.fill(cellHeads, 0);
            glyphs = 0;
            cells = 0;
        }
    }

    /**
     * Whether {@code text} drawn at ({@code x}, {@code y}) with {@code width} repeats a glyph
     * already seen on the page; a glyph that does not is remembered.
     */
    boolean isCopy(String text, float x, float y, float width) {
        float tolerance = Math.abs(width) / text.length() / 3f;
        if (!(tolerance <= MAX_GRID_TOLERANCE)) {
            // An empty, vast or unmeasurable glyph would span the grid: compare with every glyph instead.
            for (int i = 0; i < glyphs; i++) {
                if (matches(i, text, x, y, tolerance)) {
                    return true;
                }
            }
        } else {
            // Only the cells the tolerance box touches can hold a match: mostly one or two, not nine.
            for (int c = cell(x - tolerance); c <= cell(x + tolerance); c++) {
                for (int r = cell(y - tolerance); r <= cell(y + tolerance); r++) {
                    for (int i = cellHeads[slot(key(c, r))] - 1; i >= 0; i = next[i]) {
                        if (matches(i, text, x, y, tolerance)) {
                            return true;
                        }
                    }
                }
            }
        }
        remember(text, x, y);
        return false;
    }

    private boolean matches(int glyph, String text, float x, float y, float tolerance) {
        // PDFBox's bounds, low in and high out: a zero-width glyph never repeats.
        float px = xs[glyph];
        float py = ys[glyph];
        return px >= x - tolerance && px < x + tolerance && py >= y - tolerance && py < y + tolerance
                && texts[glyph].equals(text);
    }

    private void remember(String text, float x, float y) {
        if (glyphs == texts.length) {
            int size = glyphs * 2;
            texts = Arrays.copyOf(texts, size);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            next = Arrays.copyOf(next, size);
        }
        long key = key(cell(x), cell(y));
        int slot = slot(key);
        if (cellHeads[slot] == 0) {
            cellKeys[slot] = key;
            if (++cells * 2 > cellKeys.length) {
                cellHeads[slot] = glyphs + 1; // in place before the table is rebuilt
                link(text, x, y, -1);
                grow();
                return;
            }
        }
        link(text, x, y, cellHeads[slot] - 1);
        cellHeads[slot] = glyphs;
    }

    /** Stores the glyph as the next index, chained to the cell's glyph before it. */
    private void link(String text, float x, float y, int previous) {
        texts[glyphs] = text;
        xs[glyphs] = x;
        ys[glyphs] = y;
        next[glyphs] = previous;
        glyphs++;
    }

    /** The slot holding the cell, or the free slot where it would go (linear probing). */
    private int slot(long key) {
        int mask = cellKeys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (cellHeads[slot] != 0 && cellKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = cellKeys;
        int[] oldHeads = cellHeads;
        cellKeys = new long[oldKeys.length * 2];
        cellHeads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = slot(oldKeys[i]);
                cellKeys[slot] = oldKeys[i];
                cellHeads[slot] = oldHeads[i];
            }
        }
    }

    private static long key(int column, int row) {
        return (long) column << 32 | (row & 0xFFFFFFFFL);
    }

    /**
     * The column or row of the cell holding a position: the quotient rounded down. Not through
     * Math.floor, which the quick compiler leaves a call into StrictMath for every glyph.
     */
    static int cell(float position) {
        float quotient = position / CELL;
        int truncated = (int) quotient;
        return quotient < truncated && truncated != Integer.MIN_VALUE ? truncated - 1 : truncated;
    }
}
