package org.plenary.akn;

import org.plenary.akn.model.CellType;
import org.plenary.akn.model.ObjectFactory;
import org.plenary.akn.model.Table;
import org.plenary.akn.model.Tr;
import org.plenary.source.StyledText;

/**
 * A printed table as Akoma Ntoso: a row of header cells ({@code th}) where the page set them
 * apart, then rows of cells ({@code td}); each cell's text, with its styles and note calls, is one
 * {@code p}, and a cell the page left blank has none.
 */
final class TableElements {
    private static final ObjectFactory AKN = new ObjectFactory();

    private TableElements() {
    }

    static Table of(org.plenary.layout.Table printed, String eId, InlineContent inline) {
        Table table = new Table();
        table.setEId(eId);
        for (org.plenary.layout.Table.Row row : printed.rows()) {
            Tr tr = new Tr();
            for (StyledText text : row.cells()) {
                CellType cell = new CellType();
                if (!text.isEmpty()) {
                    cell.setP(inline.paragraph(text));
                }
                tr.getThOrTd().add(row.header() ? AKN.createTh(cell) : AKN.createTd(cell));
            }
            table.getTr().add(tr);
        }
        return table;
    }
}
