package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;

import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * One paragraph a line, as Word and web exports give it: note calls glued to the word before
 * them ("Cairo,1"), notes at the end, annexes after them.
 */
public final class PlainLayout implements TextLayout {
    @Override
    public String name() {
        return "plain";
    }

    @Override
    public String print(ReferenceDocument doc, String symbol) {
        StringBuilder out = new StringBuilder();
        List<String> called = new ArrayList<>();
        List<PrintBlock> annex = new ArrayList<>();
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == ReferenceDocument.Kind.ANNEX) {
                annex.add(block);
                continue;
            }
            String text = PrintText.withCalls(block.text(), m -> m);
            PrintText.calls(block.text()).stream().filter(m -> !called.contains(m)).forEach(called::add);
            String label = block.label().isEmpty() || block.kind() == ReferenceDocument.Kind.COVER ? "" : block.label() + " ";
            out.append(label).append(text).append("\n\n");
        }
        for (String marker : called) {
            out.append(marker).append(' ').append(doc.noteTexts.getOrDefault(marker, "")).append('\n');
        }
        for (PrintBlock block : annex) {
            out.append('\n').append(block.text()).append('\n');
        }
        return out.toString();
    }
}
