package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;

import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * A markdown rendering as sites and converters publish resolutions: headings for the heading and
 * title, italic opening phrases, {@code <sup>n</sup>} note calls, and each page's notes after a
 * {@code ---} rule between paragraphs.
 */
public final class MarkdownLayout implements TextLayout {
    private static final int PARAGRAPHS_PER_PAGE = 12;

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String print(ReferenceDocument doc, String symbol) {
        StringBuilder out = new StringBuilder();
        List<String> pending = new ArrayList<>();
        List<String> called = new ArrayList<>();
        int sincePage = 0;
        for (PrintBlock block : doc.blocks) {
            String text = PrintText.withCalls(block.text(), m -> "<sup>" + m + "</sup>");
            for (String marker : PrintText.calls(block.text())) {
                if (!called.contains(marker)) {
                    called.add(marker);
                    pending.add(marker);
                }
            }
            switch (block.kind()) {
                case COVER -> out.append(text).append("  \n");
                case HEADING -> out.append("\n### ").append(text).append("\n\n");
                case COMMITTEE -> out.append(text).append("\n\n");
                case TITLE -> out.append("#### ").append(block.label().isEmpty() ? "" : block.label() + " ").append(text).append("\n\n");
                case FORMULA -> out.append('*').append(text.replaceAll(",$", "")).append('*').append(text.endsWith(",") ? "," : "").append("\n\n");
                case PREAMBULAR, RECITAL -> out.append(italicOpening(text)).append("\n\n");
                case GROUP_HEADING -> out.append("##### ").append(text).append("\n\n");
                case OPERATIVE -> out.append(block.label().isEmpty() ? "" : block.label() + " ").append(italicOpening(text)).append("\n\n");
                case POINT -> out.append(block.label()).append(' ').append(text).append("\n\n");
                case WRAP_UP, ANNEX -> out.append(text).append("\n\n");
                case MEETING -> out.append('*').append(text).append("  \n");
                case DATE -> out.append(text).append("*\n\n");
            }
            if (++sincePage >= PARAGRAPHS_PER_PAGE && !pending.isEmpty() && block.kind() != Kind.COVER) {
                notes(out, doc, pending);
                sincePage = 0;
            }
        }
        if (!pending.isEmpty()) {
            notes(out, doc, pending);
        }
        return out.toString();
    }

    private static void notes(StringBuilder out, ReferenceDocument doc, List<String> pending) {
        out.append("---\n\n");
        for (String marker : pending) {
            out.append("<sup>").append(marker).append("</sup> ").append(doc.noteTexts.getOrDefault(marker, "")).append("\n\n");
        }
        pending.clear();
    }

    /** The first words in italics, as printed: up to the first word in lower case after them. */
    private static String italicOpening(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\p{Lu}\\p{Ll}+(?: (?:also|further|with|in|of|note|upon|for|to|deep|grave|great|particular|appreciation|concern|satisfaction))*)\\b").matcher(text);
        return m.find() ? "*" + m.group(1) + "*" + text.substring(m.end()) : text;
    }
}
