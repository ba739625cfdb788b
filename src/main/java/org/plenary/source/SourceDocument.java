package org.plenary.source;

import java.util.List;

import org.plenary.pipeline.Warning;

/**
 * What a reader made of one input: its lines in reading order, with their styles and places,
 * and the pages they stand on. Every later stage starts from this, whatever the input's format.
 *
 * @param form the input's form, as detected from its content
 * @param lines every line, blank ones included, in reading order
 * @param pages the size of each page in points (PDF), empty for text
 * @param warnings what the reader noticed (an inferred charset, removed NUL bytes)
 */
public record SourceDocument(SourceForm form, List<SourceLine> lines, List<PageSize> pages, List<Warning> warnings) {
    public record PageSize(float width, float height) {
    }

    public SourceDocument {
        lines = List.copyOf(lines);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    public int pageCount() {
        return pages.isEmpty() ? lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page() : pages.size();
    }
}
