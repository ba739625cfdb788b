package org.plenary.layout.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.source.SourceLine;

/**
 * The measures of a document's body text, taken from its lines: the type size most text is set
 * in, the left margin its lines wrap to, where full lines end, and the usual distance from one
 * baseline to the next. Every decision about a line is made relative to these, so a document set
 * in other sizes or margins reads the same. Text that pdftotext extracted has no sizes: its
 * measures are in columns and lines, and {@link #sized} is false.
 *
 * @param em the unit of horizontal decisions: the body's type size, or two columns of text
 */
record PageMetrics(float bodySize, float em, float leftMargin, float rightMargin, float leading, boolean sized,
                   Map<Integer, float[]> pageMargins) {

    static PageMetrics of(List<SourceLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (SourceLine line : lines) {
            sizes.merge(line.size(), line.plain().length(), Integer::sum);
        }
        float bodySize = mode(sizes, 10f);
        boolean sized = bodySize > 0;
        Map<Float, Integer> lefts = new HashMap<>();
        Map<Float, Integer> rights = new HashMap<>();
        for (SourceLine line : lines) {
            if (isBodySize(line.size(), bodySize) && line.plain().strip().length() >= 20) {
                lefts.merge(round(line.left()), 1, Integer::sum);
                rights.merge(round(line.right()), 1, Integer::sum);
            }
        }
        float em = sized ? bodySize : 2f;
        float left = wrapMargin(lefts, em, 72f);
        float right = mode(rights, 540f);
        // The spacing inside a paragraph: from a full line to the next (a short document may have
        // more paragraphs of one line, and so more spacing between paragraphs, than lines within them).
        Map<Float, Integer> leadings = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            SourceLine before = lines.get(i - 1);
            SourceLine line = lines.get(i);
            if (line.gapBefore() > 0 && isBodySize(line.size(), bodySize) && isBodySize(before.size(), bodySize)
                    && before.right() > right - 2.5f * em) {
                leadings.merge(round(line.gapBefore()), 1, Integer::sum);
            }
        }
        float leading = mode(leadings, sized ? bodySize * 1.2f : 1f);
        return new PageMetrics(bodySize, em, left, right, leading, sized, pageMargins(lines, bodySize, em, left, right, sized));
    }

    /**
     * Each page's own margins, where the page has lines enough to show them: a PDF may mirror its
     * margins on facing pages, and pdftotext places a page's columns page by page.
     */
    private static Map<Integer, float[]> pageMargins(List<SourceLine> lines, float bodySize, float em, float left, float right,
            boolean sized) {
        Map<Integer, Map<Float, Integer>> lefts = new HashMap<>();
        Map<Integer, Map<Float, Integer>> rights = new HashMap<>();
        // In text, where a page has fewer lines to go by, only lines half a full one long or more:
        // the cover's columns and a title's short lines would otherwise set the first page's margins.
        int shortest = sized ? 20 : (int) (0.5f * (right - left));
        // Nor the notes under a page's rule: in text they are in body "size", and on a first page
        // full of notes their column would pass for the page's margin.
        int current = -1;
        boolean underRule = false;
        for (SourceLine line : lines) {
            if (line.page() != current) {
                current = line.page();
                underRule = false;
            }
            if (NoteArea.isRule(line)) {
                underRule = true;
            }
            if (!underRule && isBodySize(line.size(), bodySize) && line.plain().strip().length() >= shortest) {
                lefts.computeIfAbsent(line.page(), p -> new HashMap<>()).merge(round(line.left()), 1, Integer::sum);
                rights.computeIfAbsent(line.page(), p -> new HashMap<>()).merge(round(line.right()), 1, Integer::sum);
            }
        }
        Map<Integer, float[]> margins = new HashMap<>();
        for (Map.Entry<Integer, Map<Float, Integer>> page : lefts.entrySet()) {
            int count = page.getValue().values().stream().mapToInt(Integer::intValue).sum();
            if (count >= 4) {
                margins.put(page.getKey(), new float[] {wrapMargin(page.getValue(), em, left),
                        mode(rights.get(page.getKey()), right)});
            }
        }
        return margins;
    }

    float leftMargin(int page) {
        float[] margins = pageMargins.get(page);
        return margins == null ? leftMargin : margins[0];
    }

    float rightMargin(int page) {
        float[] margins = pageMargins.get(page);
        return margins == null ? rightMargin : margins[1];
    }

    static boolean isBodySize(float size, float bodySize) {
        return Math.abs(size - bodySize) <= 0.06f * bodySize;
    }

    boolean isBodySize(float size) {
        return !sized || isBodySize(size, bodySize);
    }

    /** Smaller than the body: notes, running heads and feet (never known in text). */
    boolean isSmall(float size) {
        return sized && size < 0.94f * bodySize;
    }

    /** Starts further right than the margin by more than a letter: an indented first line. */
    boolean indented(SourceLine line) {
        return line.left() > leftMargin(line.page()) + 0.6f * em;
    }

    /** Reaches the right margin: a justified line that the paragraph goes on from. */
    boolean full(SourceLine line) {
        return line.right() > rightMargin(line.page()) - 2.5f * em;
    }

    /** More space above than between a paragraph's lines. */
    boolean spaced(SourceLine line) {
        return line.gapBefore() > 1.25f * leading;
    }

    /** Whether lines have indents to tell paragraphs by (plain pdftotext output has none). */
    boolean indents() {
        return leftMargin > 0;
    }

    private static float round(float v) {
        return Math.round(v * 2) / 2f;
    }

    /**
     * The margin lines wrap to: the most common left, unless paragraphs indent their first lines
     * from none of its lines and do from a left further right. A short resolution's first page
     * may hold more lines in the cover's column, at the page's edge, than in its body. A hanging
     * block (points wrapped at the indent) stands right of the margin, and so keeps the mode.
     */
    private static float wrapMargin(Map<Float, Integer> lefts, float em, float otherwise) {
        float mode = mode(lefts, otherwise);
        if (lefts.isEmpty() || indentedFrom(lefts, mode, em)) {
            return mode;
        }
        float best = mode;
        int most = 0;
        for (Map.Entry<Float, Integer> e : lefts.entrySet()) {
            if (e.getKey() > mode && e.getValue() > most && indentedFrom(lefts, e.getKey(), em)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Whether some lines start a first-line indent (more than a letter, at most four) right of the left. */
    private static boolean indentedFrom(Map<Float, Integer> lefts, float left, float em) {
        for (float other : lefts.keySet()) {
            if (other > left + 0.6f * em && other <= left + 4 * em) {
                return true;
            }
        }
        return false;
    }

    private static float mode(Map<Float, Integer> counts, float otherwise) {
        float best = otherwise;
        int most = 0;
        for (Map.Entry<Float, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
