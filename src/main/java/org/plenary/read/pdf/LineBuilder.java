package org.plenary.read.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plenary.source.StyledText;

/**
 * Builds a page's printed lines from its glyphs. Glyphs on one baseline make a line; a smaller
 * glyph set a little above a line's baseline, within its width, is raised (a note call, or a
 * note's marker at the foot of the page) and joins that line as superscript. Words are separated
 * where the PDF drew a space or left a gap wider than a letter's kerning; a line whose parts
 * stand far apart (the cover's two columns, a table's cells) is cut into one line per part.
 */
final class LineBuilder {
    /** Glyphs whose baselines differ by less than this, in points, stand on one line. */
    private static final float SAME_BASELINE = 1.0f;
    /**
     * A gap wider than this share of the type size separates words when the PDF drew no space:
     * a space is a quarter of an em, and justified lines widen gaps inside words by up to a
     * sixth ("restructurin g" at 0.16).
     */
    private static final float WORD_GAP = 0.2f;
    /**
     * A gap wider than this many times the type size separates the parts of a line (columns,
     * cells): a justified line's widest spaces stay under one em, and a budget table's figures
     * stand some two and a half apart (A/RES/78/253, section XII).
     */
    private static final float COLUMN_GAP = 2.0f;

    /** A printed line, or one part of it. */
    record Line(StyledText text, float left, float right, float baseline, float size) {
    }

    private LineBuilder() {
    }

    static List<Line> lines(List<Glyph> glyphs) {
        // Arrays, not lists: a page's tens of thousands of glyphs are visited a few times each, and
        // the quick compiler turns a list's every get and iterator step into a call.
        Glyph[] page = glyphs.toArray(new Glyph[0]);
        sortBy(page, BASELINE);
        List<Line> lines = new ArrayList<>();
        for (Glyph[] row : withRaisedGlyphs(rowsByBaseline(page))) {
            sortBy(row, X);
            parts(row, lines);
        }
        return lines;
    }

    /** Glyphs grouped by baseline, top to bottom; blank glyphs join the row they sit on. */
    private static List<Glyph[]> rowsByBaseline(Glyph[] sorted) {
        List<Glyph[]> rows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i].baseline() - sorted[start].baseline() > SAME_BASELINE) {
                Glyph[] row = Arrays.copyOfRange(sorted, start, i);
                if (!allSpaces(row)) {
                    rows.add(row);
                }
                start = i;
            }
        }
        return rows;
    }

    private static final int X = 0;
    private static final int BASELINE = 1;

    /**
     * Sorts the glyphs by a position (x or baseline), keeping the drawing order among equals, as a
     * stable sort on the float does; but on primitive keys (the position's order-preserving bits,
     * then the index), as a comparator would read both positions through a function at each of a
     * page's thousands of comparisons. Glyphs already in order, as most of a row's are, stay.
     */
    private static void sortBy(Glyph[] glyphs, int position) {
        int n = glyphs.length;
        long[] keys = new long[n];
        boolean inOrder = true;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(position == X ? glyphs[i].x() : glyphs[i].baseline());
            // Negative floats order backwards as bits: flipped, every float (and -0 before 0) orders as an int.
            bits ^= (bits >> 31) & 0x7fffffff;
            inOrder &= bits >= previous;
            previous = bits;
            keys[i] = (long) bits << 32 | i;
        }
        if (inOrder) {
            return;
        }
        Arrays.sort(keys);
        Glyph[] drawn = glyphs.clone();
        for (int i = 0; i < n; i++) {
            glyphs[i] = drawn[(int) keys[i]];
        }
    }

    private static boolean allSpaces(Glyph[] row) {
        for (Glyph g : row) {
            if (!g.isSpace()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row of small glyphs just above a row of larger ones, within its width, is raised text of
     * that row: superscript note calls, or the markers of the notes at a page's foot.
     */
    private static List<Glyph[]> withRaisedGlyphs(List<Glyph[]> rows) {
        List<Glyph[]> kept = new ArrayList<>();
        for (Glyph[] row : rows) {
            Glyph[] merged = row;
            float size = size(row);
            float baseline = baseline(row);
            while (!kept.isEmpty()) {
                Glyph[] above = kept.get(kept.size() - 1);
                float rise = baseline - baseline(above);
                if (rise > 0.7f * size || size(above) >= 0.85f * size || !within(above, row, size)) {
                    break;
                }
                kept.remove(kept.size() - 1);
                int at = merged.length;
                merged = Arrays.copyOf(merged, at + above.length);
                for (Glyph g : above) {
                    merged[at++] = new Glyph(g.text(), g.x(), g.width(), baseline, g.size(),
                            (byte) (g.style() | StyledText.SUPERSCRIPT), g.isSpace());
                }
            }
            kept.add(merged);
        }
        return kept;
    }

    private static boolean within(Glyph[] raised, Glyph[] row, float size) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Glyph g : row) {
            if (!g.isSpace()) {
                left = Math.min(left, g.x());
                right = Math.max(right, g.end());
            }
        }
        for (Glyph g : raised) {
            if (!g.isSpace() && (g.x() < left - 3 * size || g.x() > right + size)) {
                return false;
            }
        }
        return true;
    }

    /** The type size most of the row's visible characters have; of two as common, the larger. */
    static float size(Glyph[] row) {
        // A row holds a few sizes at most (text, raised calls, a heading): counted in place, no map.
        float[] sizes = new float[4];
        int[] counts = new int[4];
        int distinct = 0;
        for (Glyph g : row) {
            if (g.isSpace()) {
                continue;
            }
            int i = 0;
            while (i < distinct && Float.compare(sizes[i], g.size()) != 0) {
                i++;
            }
            if (i == distinct) {
                if (distinct == sizes.length) {
                    sizes = java.util.Arrays.copyOf(sizes, distinct * 2);
                    counts = java.util.Arrays.copyOf(counts, distinct * 2);
                }
                sizes[distinct++] = g.size();
            }
            counts[i]++;
        }
        float best = 0f;
        int bestCount = 0;
        for (int i = 0; i < distinct; i++) {
            if (counts[i] > bestCount || counts[i] == bestCount && Float.compare(sizes[i], best) > 0) {
                best = sizes[i];
                bestCount = counts[i];
            }
        }
        return best;
    }

    /** The baseline of the row's largest visible characters. */
    private static float baseline(Glyph[] row) {
        Glyph largest = null;
        for (Glyph g : row) {
            if (!g.isSpace() && (largest == null || g.size() > largest.size())) {
                largest = g;
            }
        }
        return largest == null ? row[0].baseline() : largest.baseline();
    }

    /** Adds the row's parts to {@code parts}, cut where a gap is wider than a column gap. */
    private static void parts(Glyph[] row, List<Line> parts) {
        float size = size(row);
        float baseline = baseline(row);
        StyledText.Builder text = StyledText.builder();
        float left = Float.NaN;
        float right = 0;
        boolean pendingSpace = false;
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
                continue;
            }
            if (previous != null && g.x() - previous.end() > COLUMN_GAP * Math.max(size, 1f)) {
                parts.add(new Line(text.build(), left, right, baseline, size));
                text = StyledText.builder();
                left = Float.NaN;
                pendingSpace = false;
            } else if (previous != null && (pendingSpace || g.x() - previous.end() > WORD_GAP * Math.max(g.size(), previous.size()))) {
                // A raised call is set against its word: a space before it is the PDF's spacing, not a word gap.
                if ((g.style() & StyledText.SUPERSCRIPT) == 0 || pendingSpace && (previous.style() & StyledText.SUPERSCRIPT) != 0) {
                    text.append(" ", spaceStyle(previous, g));
                }
            }
            if (Float.isNaN(left)) {
                left = g.x();
            }
            text.append(normalized(g.text()), g.style());
            right = g.end();
            previous = g;
            pendingSpace = false;
        }
        if (!Float.isNaN(left)) {
            parts.add(new Line(text.build(), left, right, baseline, size));
        }
    }

    /** A space between two italic words is italic: an opening phrase stays one run. */
    private static byte spaceStyle(Glyph before, Glyph after) {
        return (byte) (before.style() & after.style() & (StyledText.ITALIC | StyledText.BOLD));
    }

    /** Ligatures as their letters ("ﬁ" as "fi"): words must match the text typed. */
    private static String normalized(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06' || c == '\u00AD' || c >= '\u2000' && c <= '\u200B') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00AD", "").replace("\u200B", "");
            }
        }
        return text;
    }
}
