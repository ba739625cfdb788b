package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.source.SourceLine;

/**
 * A table's columns, as the rows with the most parts set them: each from the leftmost of its
 * parts to the rightmost, left to right. A part lies in the column its left edge falls in
 * (figures set to the right still start inside their column); a part that runs on into the next
 * column is two cells printed close.
 */
final class TableColumns {
    /** How far, in points (or characters, in text), a part may start outside its column's bounds. */
    private static final float SLACK = 2f;
    /** In text, three spaces or more between words part two cells. */
    private static final Pattern CELL_GAP = Pattern.compile(" {3,}");

    private final float[][] columns;

    private TableColumns(float[][] columns) {
        this.columns = columns;
    }

    int count() {
        return columns.length;
    }

    /** The columns of the fullest rows, left to right; null when they overlap or are fewer than two. */
    static TableColumns of(List<PrintedRow> rows) {
        int most = rows.stream().mapToInt(r -> r.parts().size()).max().orElse(0);
        if (most < 2) {
            return null;
        }
        float[][] columns = new float[most][];
        for (PrintedRow row : rows) {
            if (row.parts().size() != most) {
                continue;
            }
            for (int c = 0; c < most; c++) {
                SourceLine part = row.parts().get(c);
                columns[c] = columns[c] == null ? new float[] {part.left(), part.right()}
                        : new float[] {Math.min(columns[c][0], part.left()), Math.max(columns[c][1], part.right())};
            }
        }
        for (int c = 1; c < most; c++) {
            if (columns[c][0] <= columns[c - 1][1]) {
                return null;
            }
        }
        return new TableColumns(columns);
    }

    /**
     * Whether a row in the table's type is none of its rows: a line starting left of its first
     * column (a heading), or one part from the first column across others (a paragraph,
     * "Abbreviations: …").
     */
    boolean isParagraph(PrintedRow row) {
        // A line starting left of the first column is a heading or paragraph ("A.  Pension Administration").
        if (row.parts().get(0).left() < columns[0][0] - SLACK) {
            return true;
        }
        if (row.parts().size() != 1) {
            return false;
        }
        SourceLine part = row.parts().get(0);
        int touched = 0;
        for (float[] column : columns) {
            if (part.left() < column[1] && part.right() > column[0]) {
                touched++;
            }
        }
        return touched >= 2 && part.left() <= columns[0][1];
    }

    /**
     * The column a part stands in: the one its left edge falls in, else the one it overlaps most
     * (a header's line wider than its figures), else the last one starting before it.
     */
    int columnOf(SourceLine part) {
        int overlapping = -1;
        float most = 0;
        int before = 0;
        for (int c = 0; c < columns.length; c++) {
            if (part.left() >= columns[c][0] - SLACK && part.left() <= columns[c][1] + SLACK) {
                return c;
            }
            float overlap = Math.min(part.right(), columns[c][1]) - Math.max(part.left(), columns[c][0]);
            if (overlap > most) {
                most = overlap;
                overlapping = c;
            }
            if (columns[c][0] <= part.left()) {
                before = c;
            }
        }
        if (overlapping >= 0) {
            return overlapping;
        }
        // In the gap between two columns (a header over figures set to the right): the nearer one.
        int nearest = before;
        float distance = Float.MAX_VALUE;
        for (int c = 0; c < columns.length; c++) {
            float d = Math.max(columns[c][0] - part.right(), part.left() - columns[c][1]);
            if (d < distance) {
                distance = d;
                nearest = c;
            }
        }
        return nearest;
    }

    /**
     * The row's cells: its parts, a part that runs on into the next column cut where that column
     * starts. Two cells set closer than a column gap came as one part ("Redeployment from Office
     * Senior Legal Officer"); the cut falls at the space whose place, reckoned by the part's mean
     * character width, is nearest the next column's left edge, within half the gap before it.
     */
    List<SourceLine> cellsOf(PrintedRow row, boolean typed) {
        List<SourceLine> cells = new ArrayList<>();
        for (SourceLine part : typed ? row.parts() : spacedApart(row.parts())) {
            SourceLine rest = part;
            for (int c = 1; c < columns.length; c++) {
                boolean runsOn = rest.left() <= columns[c - 1][1] + SLACK && rest.right() > columns[c][0] + SLACK;
                if (!runsOn) {
                    continue;
                }
                String text = rest.plain();
                float perChar = (rest.right() - rest.left()) / Math.max(1, text.length());
                float tolerance = (columns[c][0] - columns[c - 1][1]) / 2 + SLACK;
                int cut = -1;
                float nearest = Float.MAX_VALUE;
                for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
                    float distance = Math.abs(rest.left() + (i + 1) * perChar - columns[c][0]);
                    if (distance < nearest) {
                        nearest = distance;
                        cut = i;
                    }
                }
                if (cut < 0 || nearest > tolerance) {
                    continue;
                }
                float at = rest.left() + (cut + 1) * perChar;
                cells.add(new SourceLine(rest.text().substring(0, cut), rest.number(), rest.page(), rest.left(), at - perChar,
                        rest.baseline(), rest.size(), rest.gapBefore()));
                rest = new SourceLine(rest.text().substring(cut + 1), rest.number(), rest.page(), columns[c][0], rest.right(),
                        rest.baseline(), rest.size(), rest.gapBefore());
            }
            cells.add(rest);
        }
        return cells;
    }

    /** Text's parts cut where three spaces or more stand between words: cells closer than a column gap. */
    private static List<SourceLine> spacedApart(List<SourceLine> parts) {
        List<SourceLine> cut = new ArrayList<>();
        for (SourceLine part : parts) {
            Matcher gap = CELL_GAP.matcher(part.plain());
            int from = 0;
            while (gap.find()) {
                cut.add(piece(part, from, gap.start()));
                from = gap.end();
            }
            cut.add(from == 0 ? part : piece(part, from, part.plain().length()));
        }
        return cut;
    }

    private static SourceLine piece(SourceLine part, int from, int to) {
        return new SourceLine(part.text().substring(from, to), part.number(), part.page(), part.left() + from,
                part.left() + to, part.baseline(), part.size(), part.gapBefore());
    }

}
