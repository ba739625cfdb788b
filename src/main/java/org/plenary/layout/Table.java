package org.plenary.layout;

import java.util.List;

import org.plenary.source.StyledText;

/**
 * A table as the page printed it: rows of cells, each cell's lines joined, and the leading rows
 * set apart as its header (smaller or italic type). Every row has one cell per column; a cell
 * the page left blank is empty text.
 */
public record Table(List<Row> rows) {
    public Table {
        rows = List.copyOf(rows);
    }

    public record Row(boolean header, List<StyledText> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The header rows, at the top. */
    public List<Row> header() {
        return rows.stream().takeWhile(Row::header).toList();
    }

    /** The cells' text in reading order, row by row, a space between two cells. */
    public StyledText text() {
        StyledText.Builder text = StyledText.builder();
        for (Row row : rows) {
            for (StyledText cell : row.cells()) {
                if (cell.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(" ");
                }
                text.append(cell);
            }
        }
        return text.build();
    }

    /**
     * This table with another's rows after its own, the other's header left out (a table going on
     * over a page). Where neither showed its header by its type (text), a first row the next page
     * prints again is the header.
     */
    public Table followedBy(Table more) {
        List<Row> joined = new java.util.ArrayList<>(rows);
        List<Row> next = more.rows().stream().dropWhile(Row::header).toList();
        if (header().isEmpty() && more.header().isEmpty() && !rows.isEmpty() && !next.isEmpty()
                && texts(rows.get(0)).equals(texts(next.get(0)))) {
            joined.set(0, new Row(true, rows.get(0).cells()));
            next = next.subList(1, next.size());
        }
        joined.addAll(next);
        return new Table(joined);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(StyledText::text).toList();
    }
}
