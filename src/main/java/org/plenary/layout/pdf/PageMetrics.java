package org.plenary.layout.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.source.SourceLine;

/**
 * The measures of a document's body text, taken from its lines: the type size most text is set
 * in, the left margin its lines wrap to, where full lines end, and the usual distance from one
 * baseline to the next. Every decision about a line is made relative to these, so a document set
 * in other sizes or margins reads the same.
 */
record PageMetrics(float bodySize, float leftMargin, float rightMargin, float leading) {

    static PageMetrics of(List<SourceLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (SourceLine line : lines) {
            sizes.merge(line.size(), line.plain().length(), Integer::sum);
        }
        float bodySize = mode(sizes, 10f);
        Map<Float, Integer> lefts = new HashMap<>();
        Map<Float, Integer> rights = new HashMap<>();
        for (SourceLine line : lines) {
            if (isBodySize(line.size(), bodySize) && line.plain().length() >= 20) {
                lefts.merge(round(line.left()), 1, Integer::sum);
                rights.merge(round(line.right()), 1, Integer::sum);
            }
        }
        float left = mode(lefts, 72f);
        float right = mode(rights, 540f);
        // The spacing inside a paragraph: from a full line to the next (a short document may have
        // more paragraphs of one line, and so more spacing between paragraphs, than lines within them).
        Map<Float, Integer> leadings = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            SourceLine before = lines.get(i - 1);
            SourceLine line = lines.get(i);
            if (line.gapBefore() > 0 && isBodySize(line.size(), bodySize) && isBodySize(before.size(), bodySize)
                    && before.right() > right - 2.5f * bodySize) {
                leadings.merge(round(line.gapBefore()), 1, Integer::sum);
            }
        }
        float leading = mode(leadings, bodySize * 1.2f);
        return new PageMetrics(bodySize, left, right, leading);
    }

    static boolean isBodySize(float size, float bodySize) {
        return Math.abs(size - bodySize) < 0.06f * bodySize;
    }

    boolean isBodySize(float size) {
        return isBodySize(size, bodySize);
    }

    /** Smaller than the body: notes, running heads and feet. */
    boolean isSmall(float size) {
        return size < 0.94f * bodySize;
    }

    /** Starts further right than the margin by more than a letter: an indented first line. */
    boolean indented(SourceLine line) {
        return line.left() > leftMargin + 0.6f * bodySize;
    }

    /** Reaches the right margin: a justified line that the paragraph goes on from. */
    boolean full(SourceLine line) {
        return line.right() > rightMargin - 2.5f * bodySize;
    }

    /** More space above than between a paragraph's lines. */
    boolean spaced(SourceLine line) {
        return line.gapBefore() > 1.25f * leading;
    }

    private static float round(float v) {
        return Math.round(v * 2) / 2f;
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
