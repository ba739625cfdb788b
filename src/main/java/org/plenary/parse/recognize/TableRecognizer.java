package org.plenary.parse.recognize;

import java.util.List;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.PrintedTable;

/**
 * A table the layout found: in an annex, one of the annex's blocks; in the operative part, the
 * table under the paragraph (or point) before it, which announces it ("as set out in the table
 * below:"). Before the first operative paragraph it is declined, and read as text.
 */
public final class TableRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        if (block.table() == null) {
            return false;
        }
        PrintedTable table = new PrintedTable(block.table(), block.firstLine());
        if (state.zone() == Zone.ANNEX) {
            List<Resolution.Annex> annexes = state.resolution().annexes();
            annexes.get(annexes.size() - 1).paragraphs().add(table);
            return true;
        }
        // Under a group's heading that no paragraph followed yet, the table is the last paragraph's,
        // which announced it ("as set out in the table below:").
        List<Numbered> operative = state.resolution().operative();
        Numbered under = state.paragraph() != null ? state.paragraph() : operative.isEmpty() ? null : operative.get(operative.size() - 1);
        if (under == null) {
            return false;
        }
        while (!under.points().isEmpty()) {
            under = under.points().get(under.points().size() - 1);
        }
        under.tables().add(table);
        return true;
    }
}
