package org.plenary.layout.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.layout.Block;
import org.plenary.layout.LaidOutText;
import org.plenary.layout.StructurePatterns;
import org.plenary.lexicon.Lexicon;
import org.plenary.pipeline.ConversionException;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceLine;

/**
 * Layout cleaning of text input: sets page furniture aside, lifts note blocks out into a note
 * table and joins hard-wrapped lines into paragraphs. One pass over the lines; every line ends
 * up in exactly one of body, note or furniture.
 */
public final class TextLayout {
    private final FurnitureRecognizer furnitureRecognizer = new FurnitureRecognizer();
    private final Lexicon preambular = Lexicon.preambular();
    private final Lexicon operative = Lexicon.operative();

    public LaidOutText clean(SourceDocument source) {
        List<SourceLine> lines = source.form().hardWrapped() ? withoutMargin(source.lines()) : source.lines();
        NoteBlockExtractor notes = new NoteBlockExtractor(source.form().hardWrapped(), NoteBlockExtractor.firstNoteNumber(lines));
        Unwrapper unwrapper = new Unwrapper(source.form().blockMode(), line -> Lexicon.opensParagraph(line, preambular, operative));
        List<SourceLine> furniture = new ArrayList<>();

        boolean bodyStarted = false;
        boolean afterBreak = true;
        boolean afterRule = false;
        int page = lines.isEmpty() ? 1 : lines.get(0).page();
        for (SourceLine line : lines) {
            if (line.page() != page) {
                // A paragraph may run on across a page break, as across a page's furniture.
                page = line.page();
                unwrapper.removed();
            }
            if (line.isBlank()) {
                afterBreak = true;
                afterRule = false;
                unwrapper.blank();
                continue;
            }
            String text = line.plain();
            if (furnitureRecognizer.isFurniture(text, bodyStarted)) {
                furniture.add(line);
                afterRule = furnitureRecognizer.isRule(text);
                afterBreak |= afterRule;
                unwrapper.removed();
                continue;
            }
            if (notes.offer(line, afterBreak, afterRule)) {
                unwrapper.removed();
            } else {
                unwrapper.body(line);
                bodyStarted |= StructurePatterns.isFormula(text);
            }
            afterBreak = false;
            afterRule = false;
        }
        List<Block> blocks = unwrapper.finish();
        if (blocks.isEmpty()) {
            throw new ConversionException("The file holds no paragraphs of text, only "
                    + furniture.size() + " lines of page furniture.", "Check that this is the resolution's text.");
        }
        return new LaidOutText(source.form(), blocks, notes.finish(), furniture, source.lines(), source.warnings());
    }

    /**
     * PDF text laid out as on the page (pdftotext -layout) sits at a left margin, with first lines
     * indented further. The margin is the most common indentation of continuation lines (lines
     * that carry on a sentence the line before left open); taking it off makes indentation mean
     * what it means in plain PDF text.
     */
    static List<SourceLine> withoutMargin(List<SourceLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String before = lines.get(i - 1).plain();
            int end = StructurePatterns.lastNonSpace(before);
            if (end >= 0 && ".;:".indexOf(before.charAt(end)) < 0 && !lines.get(i).isBlank()) {
                counts.merge(indentOf(lines.get(i).plain()), 1, Integer::sum);
            }
        }
        // The leftmost indentation that is nearly as common as the commonest: a table or an
        // indented annex can outnumber the text's own continuation lines by a few.
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        int margin = counts.entrySet().stream().filter(e -> e.getValue() * 2 >= most)
                .map(Map.Entry::getKey).min(Integer::compare).orElse(0);
        if (margin == 0) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            out.add(indentOf(line.plain()) >= margin
                    ? SourceLine.ofText(line.text().substring(margin), line.number(), line.page(), (int) line.gapBefore()) : line);
        }
        return out;
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
