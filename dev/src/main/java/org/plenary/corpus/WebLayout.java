package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;

import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * The text of a web page that republished a resolution: the publisher's own lines at the top,
 * no cover, "[n]" note calls, and the notes at the end as "[n] text".
 */
public final class WebLayout implements TextLayout {
    @Override
    public String name() {
        return "web";
    }

    @Override
    public java.util.Set<String> omittedFields() {
        return java.util.Set.of("session", "agendaItem", "distributionDate");
    }

    @Override
    public String print(ReferenceDocument doc, String symbol) {
        StringBuilder out = new StringBuilder("Home » Documents » Resolutions\nShare this page\n\n");
        List<String> called = new ArrayList<>();
        for (PrintBlock block : doc.blocks) {
            switch (block.kind()) {
                case COVER -> {
                    continue;
                }
                default -> { }
            }
            PrintText.calls(block.text()).stream().filter(m -> !called.contains(m)).forEach(called::add);
            String text = PrintText.withCalls(block.text(), m -> "[" + m + "]");
            String label = block.label().isEmpty() || block.kind() == ReferenceDocument.Kind.ANNEX ? "" : block.label() + " ";
            out.append(label).append(text).append("\n\n");
        }
        for (String marker : called) {
            out.append('[').append(marker).append("] ").append(doc.noteTexts.getOrDefault(marker, "")).append('\n');
        }
        out.append("\nBack to top\n");
        return out.toString();
    }
}
