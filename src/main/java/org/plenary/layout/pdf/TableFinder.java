package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plenary.layout.Table;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Finds a table where a page prints one: rows in type smaller than the body's, whose parts stand
 * apart in columns (a staffing table, a budget's figures). The UN sets its tables in 6 to 8 points
 * under 10-point text, so small type and columns together tell a table from a paragraph; a page's
 * cover and its notes are not asked.
 *
 * <p>The columns are those of the rows with the most parts ({@link TableColumns}). A cell's text
 * that wraps goes on, at the leading of its type, on lines with fewer parts than a full row, and
 * joins its row; rows stand further apart than that. Leading rows in smaller type than the rest,
 * or all in italics, are the header. In {@code pdftotext -layout} text, which shows no type, rows
 * of three cells or more make a table, and the header is told by the space under it.
 */
final class TableFinder {
    /** Type at most this share of the body's size may be a table's. */
    private static final float SMALL_TYPE = 0.9f;
    /** Lines of one cell stand at most this many times their type size apart; rows stand further. */
    private static final float CELL_LEADING = 1.45f;
    /** A gap wider than this many times the type size ends a table. */
    private static final float MAX_ROW_GAP = 3.5f;
    /** In text, rows further apart than this many lines (two blank lines) end a table. */
    private static final float MAX_TEXT_ROW_GAP = 3f;
    /**
     * At most this many lines of one part may open a table, before its first row of columns: in
     * print, the smaller type tells them; in text, which shows none, they might be a heading.
     */
    private static final int MAX_LEADING_ROWS = 2;
    /** A text table's header has at most this many lines. */
    private static final int MAX_TEXT_HEADER_LINES = 4;

    /**
     * A table found: the page's lines it takes, up to {@code end} (exclusive), its rows, and where
     * the lines of its header rows end ({@code headerEnd}, the first line when it has none).
     */
    record Found(int end, Table table, int headerEnd) {
    }

    private TableFinder() {
    }

    /**
     * The table that starts at {@code lines[start]}, looking no further than {@code limit}, or
     * null when none does there.
     */
    static Found at(List<SourceLine> lines, int start, int limit, float bodySize, Function<SourceLine, StyledText> textOf) {
        boolean typed = bodySize > 0;
        if (start > 0 && sameRow(lines.get(start - 1), lines.get(start), typed)) {
            return null; // a table starts at a row's first part
        }
        List<PrintedRow> rows = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int maxLeadingRows = typed ? MAX_LEADING_ROWS : 0;
        int leadingRows = 0; // rows of one part before the first of columns
        int i = start;
        while (i < limit) {
            int end = i + 1;
            while (end < limit && sameRow(lines.get(i), lines.get(end), typed)) {
                end++;
            }
            List<SourceLine> parts = lines.subList(i, end);
            float size = 0;
            for (SourceLine part : parts) {
                size = Math.max(size, part.size());
            }
            PrintedRow row = new PrintedRow(parts, lines.get(i).baseline(), size);
            boolean small = !typed || size > 0 && size <= SMALL_TYPE * bodySize;
            PrintedRow above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            float gap = above == null ? 0 : row.baseline() - above.baseline();
            boolean near = above == null || (typed ? gap <= MAX_ROW_GAP * Math.max(size, above.size()) : gap <= MAX_TEXT_ROW_GAP);
            if (!small || !near) {
                break;
            }
            rows.add(row);
            ends.add(end);
            if (leadingRows == rows.size() - 1 && parts.size() < 2 && ++leadingRows > maxLeadingRows) {
                // Too many rows of one part before any of columns: no table starts here, however far
                // the rows go (text shows no type, so its every line would otherwise run to the page's end).
                return null;
            }
            i = end;
        }
        // A table may open with a line or two of one part: its header set closer than its columns,
        // the label of its first rows ("Department of Management").
        int firstColumns = 0;
        while (firstColumns < rows.size() && rows.get(firstColumns).parts().size() < 2) {
            firstColumns++;
        }
        if (firstColumns > maxLeadingRows || firstColumns == rows.size()) {
            return null;
        }
        TableColumns columns = TableColumns.of(rows);
        // Text shows no type: only rows of three cells or more, which paragraphs and points never make.
        if (columns == null || !typed && columns.count() < 3) {
            return null;
        }
        // A line in small type from the first column across others is a paragraph, not a row: before
        // the table it is not the table's, after it it ends the table ("Abbreviations: …").
        for (int r = 0; r < firstColumns; r++) {
            if (columns.isParagraph(rows.get(r))) {
                return null;
            }
        }
        int kept = firstColumns;
        int full = 0;
        for (PrintedRow row : rows.subList(firstColumns, rows.size())) {
            if (columns.isParagraph(row)) {
                break;
            }
            kept++;
            full += row.parts().size() >= 2 ? 1 : 0;
        }
        if (full < 2) {
            return null;
        }
        List<PrintedRow> tableRows = rows.subList(0, kept);
        int headerLines = typed ? typedHeaderLines(tableRows) : textHeaderLines(tableRows);
        return new Found(ends.get(kept - 1), table(tableRows, headerLines, columns, typed, textOf),
                headerLines == 0 ? start : ends.get(headerLines - 1));
    }

    private static boolean sameRow(SourceLine a, SourceLine b, boolean typed) {
        return a.page() == b.page() && Math.abs(a.baseline() - b.baseline()) < (typed ? 2f : 0.5f);
    }

    private static Table table(List<PrintedRow> rows, int headerLines, TableColumns columns, boolean typed,
            Function<SourceLine, StyledText> textOf) {
        List<Table.Row> table = new ArrayList<>();
        StyledText.Builder[] cells = null;
        boolean header = false;
        PrintedRow previous = null;
        for (int r = 0; r < rows.size(); r++) {
            PrintedRow row = rows.get(r);
            boolean inHeader = r < headerLines;
            float gap = previous == null ? 0 : row.baseline() - previous.baseline();
            List<SourceLine> parts = columns.cellsOf(row, typed);
            // A cell's next line: a row's first column and others make a new row.
            boolean continuation = parts.size() == 1 || parts.stream().noneMatch(p -> columns.columnOf(p) == 0);
            boolean wraps = previous != null && (typed ? gap <= CELL_LEADING * row.size() : gap <= 1)
                    && (inHeader && header || !inHeader && !header && parts.size() < columns.count() && continuation);
            if (!wraps) {
                if (cells != null) {
                    table.add(row(header, cells));
                }
                cells = new StyledText.Builder[columns.count()];
                header = inHeader;
            }
            for (SourceLine part : parts) {
                int c = columns.columnOf(part);
                StyledText text = textOf.apply(part).collapseWhitespace();
                if (text.isEmpty()) {
                    continue;
                }
                if (cells[c] == null) {
                    cells[c] = StyledText.builder().append(text);
                } else {
                    ParagraphBuilder.joinLine(cells[c], text);
                }
            }
            previous = row;
        }
        table.add(row(header, cells));
        return new Table(table);
    }

    /** The header's lines: the leading ones in smaller type than the rows under them, or, where the type is all one size, in italics. */
    private static int typedHeaderLines(List<PrintedRow> rows) {
        float dataSize = rows.stream().map(PrintedRow::size).max(Float::compare).orElse(0f);
        boolean smaller = rows.get(0).size() < dataSize - 0.5f;
        int lines = 0;
        while (lines < rows.size() && (smaller ? rows.get(lines).size() < dataSize - 0.5f : rows.get(lines).italic())) {
            lines++;
        }
        return lines;
    }

    /**
     * Text shows no type: the header is the first lines, set line under line, that stand further
     * from the rows under them than any of those rows stand apart.
     */
    private static int textHeaderLines(List<PrintedRow> rows) {
        for (int h = 0; h < Math.min(MAX_TEXT_HEADER_LINES, rows.size() - 2); h++) {
            float below = 0;
            for (int r = h + 1; r < rows.size() - 1; r++) {
                below = Math.max(below, gapAfter(rows, r));
            }
            if (gapAfter(rows, h) > below) {
                return h + 1;
            }
            if (gapAfter(rows, h) > 1) {
                return 0;
            }
        }
        return 0;
    }

    private static float gapAfter(List<PrintedRow> rows, int r) {
        return rows.get(r + 1).baseline() - rows.get(r).baseline();
    }

    private static Table.Row row(boolean header, StyledText.Builder[] cells) {
        List<StyledText> texts = new ArrayList<>();
        for (StyledText.Builder cell : cells) {
            texts.add(cell == null ? StyledText.EMPTY : cell.build());
        }
        return new Table.Row(header, texts);
    }
}
