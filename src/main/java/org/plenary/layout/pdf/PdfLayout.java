package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.plenary.layout.Block;
import org.plenary.layout.LaidOutText;
import org.plenary.lexicon.Lexicon;
import org.plenary.pipeline.ConversionException;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Layout cleaning of a PDF read with its positions and fonts: running heads and feet set aside
 * by where they stand and by repeating, each page's notes taken from under the rule at its foot,
 * raised markers read as calls, tables found by their columns of small type, and the body's lines
 * joined into paragraphs by indents, spacing and type.
 */
public final class PdfLayout {
    private final PageFurniture pageFurniture = new PageFurniture();
    private final Lexicon preambular = Lexicon.preambular();
    private final Lexicon operative = Lexicon.operative();

    public LaidOutText clean(SourceDocument source) {
        PageMetrics metrics = PageMetrics.of(source.lines());
        Map<Integer, List<SourceLine>> pages = new TreeMap<>();
        for (SourceLine line : source.lines()) {
            pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        Set<SourceLine> furniture = pageFurniture.find(pages, source.pages(), metrics);
        ParagraphBuilder paragraphs = new ParagraphBuilder(metrics, line -> Lexicon.opensParagraph(line, preambular, operative));
        NoteArea notes = new NoteArea(metrics);
        List<SourceLine> setAside = new ArrayList<>();
        List<List<SourceLine>> bodies = new ArrayList<>();
        for (List<SourceLine> all : pages.values()) {
            bodies.add(PageFurniture.without(all, furniture));
        }
        for (int p = 0; p < bodies.size(); p++) {
            List<SourceLine> page = bodies.get(p);
            int noteStart = notes.start(page);
            // A page's last body line is followed by the next page's first: a group's number at a
            // page's foot has its heading over the leaf.
            String nextPageFirst = p + 1 < bodies.size() && !bodies.get(p + 1).isEmpty() ? bodies.get(p + 1).get(0).plain() : "";
            for (int i = 0; i < page.size(); i++) {
                SourceLine line = page.get(i);
                TableFinder.Found table = i < noteStart && paragraphs.bodyStarted()
                        ? TableFinder.at(page, i, noteStart, metrics.sized() ? metrics.bodySize() : 0, PdfLayout::textOf) : null;
                if (table != null) {
                    if (paragraphs.table(page.get(i), page.get(table.end() - 1), table.table(), i == 0)) {
                        // The header printed again over the table's next rows: set aside, as the table holds it once.
                        setAside.addAll(page.subList(i, table.headerEnd()));
                    }
                    i = table.end() - 1;
                    continue;
                }
                StyledText text = textOf(line);
                if (i >= noteStart && NoteArea.isRule(line) && i == noteStart || i > noteStart && pageFurniture.isFootByShape(line)) {
                    setAside.add(line);
                } else if (i >= noteStart) {
                    notes.add(line, text);
                } else {
                    paragraphs.add(line, text, i + 1 < noteStart ? page.get(i + 1).plain() : nextPageFirst);
                }
            }
            notes.endPage();
            for (SourceLine stray : notes.strays()) {
                paragraphs.add(stray, stray.text(), "");
            }
            notes.strays().clear();
        }
        for (SourceLine line : source.lines()) {
            if (furniture.contains(line)) {
                setAside.add(line);
            }
        }
        List<Block> blocks = paragraphs.finish();
        if (blocks.isEmpty()) {
            throw new ConversionException("The PDF holds no paragraphs of text, only " + setAside.size()
                    + " lines of page furniture.", "Check that this is the resolution's PDF.");
        }
        return new LaidOutText(source.form(), blocks, notes.finish(), setAside, source.lines(), source.warnings());
    }

    /** A line's text with its raised markers read as note calls and its italics kept to whole words. */
    private static StyledText textOf(SourceLine line) {
        return RaisedMarkers.toCalls(line.text()).wholeWords(StyledText.ITALIC);
    }
}
