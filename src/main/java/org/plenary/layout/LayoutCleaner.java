package org.plenary.layout;

import java.util.ArrayList;
import java.util.List;

import org.plenary.decode.DecodedText;
import org.plenary.lexicon.Lexicon;
import org.plenary.layout.internal.FurnitureRecognizer;
import org.plenary.layout.internal.LinePreprocessor;
import org.plenary.layout.internal.NoteBlockExtractor;
import org.plenary.layout.internal.Unwrapper;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;

/**
 * Layout cleaning: detects the form, normalises its inline conventions, sets page furniture
 * aside, lifts note blocks out into a note table and joins hard-wrapped lines into paragraphs.
 * One pass over the lines; every line ends up in exactly one of body, note or furniture.
 */
public final class LayoutCleaner {
    private final FormDetector detector = new FormDetector();
    private final FurnitureRecognizer furnitureRecognizer = new FurnitureRecognizer();
    private final Lexicon preambular = Lexicon.preambular();
    private final Lexicon operative = Lexicon.operative();

    public LaidOutText clean(DecodedText decoded) {
        String text = decoded.text();
        if (Marks.containsAny(text)) {
            text = text.replaceAll("[\uE000-\uE004]", "");
        }
        SourceForm form = detector.detect(text);
        LinePreprocessor preprocessor = new LinePreprocessor(form);
        // A page break (pdftotext puts a form feed before a page's first line) is noted, not kept:
        // a paragraph may run on across it, as across a page's furniture.
        String[] physical = text.split("\n", -1);
        boolean[] pageBreak = new boolean[physical.length];
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].indexOf('\f') >= 0) {
                pageBreak[i] = true;
                physical[i] = physical[i].replace("\f", "");
            }
        }
        NoteBlockExtractor notes = new NoteBlockExtractor(form.hardWrapped(), NoteBlockExtractor.firstNoteNumber(physical));
        Unwrapper unwrapper = new Unwrapper(form.blockMode(), line -> Lexicon.opensParagraph(line, preambular, operative));
        List<Line> furniture = new ArrayList<>();
        List<Line> sourceLines = new ArrayList<>();

        boolean bodyStarted = false;
        boolean afterBreak = true;
        boolean afterRule = false;
        if (form.hardWrapped()) {
            physical = withoutMargin(physical);
        }
        for (int i = 0; i < physical.length; i++) {
            if (pageBreak[i]) {
                unwrapper.removed();
            }
            Line line = preprocessor.apply(new Line(i + 1, physical[i]));
            sourceLines.add(line);
            if (line.isBlank()) {
                afterBreak = true;
                afterRule = false;
                unwrapper.blank();
                continue;
            }
            if (furnitureRecognizer.isFurniture(line.text(), bodyStarted)) {
                furniture.add(line);
                afterRule = furnitureRecognizer.isRule(line.text());
                afterBreak |= afterRule;
                unwrapper.removed();
                continue;
            }
            if (notes.offer(line, afterBreak, afterRule)) {
                unwrapper.removed();
            } else {
                unwrapper.body(line);
                bodyStarted |= StructurePatterns.isFormula(line.text());
            }
            afterBreak = false;
            afterRule = false;
        }
        List<Block> blocks = unwrapper.finish();
        if (blocks.isEmpty()) {
            throw new ConversionException("The file holds no paragraphs of text, only "
                    + furniture.size() + " lines of page furniture.", "Check that this is the resolution's text.");
        }
        List<Warning> warnings = new ArrayList<>(preprocessor.warnings());
        if (decoded.charsetGuessed()) {
            warnings.add(new Warning("charset", 0, "The file is not UTF-8; it was read as " + decoded.charset().name() + "."));
        }
        if (decoded.removedNuls() > 0) {
            warnings.add(new Warning("nul", 0, "The file held " + decoded.removedNuls() + " stray NUL characters; they were removed."));
        }
        return new LaidOutText(form, blocks, notes.finish(), furniture, sourceLines, warnings);
    }

    /**
     * PDF text laid out as on the page (pdftotext -layout) sits at a left margin, with first lines
     * indented further. The margin is the most common indentation of continuation lines (lines
     * that carry on a sentence the line before left open); taking it off makes indentation mean
     * what it means in plain PDF text.
     */
    static String[] withoutMargin(String[] lines) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int end = StructurePatterns.lastNonSpace(lines[i - 1]);
            if (end >= 0 && ".;:".indexOf(lines[i - 1].charAt(end)) < 0 && !lines[i].isBlank()) {
                counts.merge(indentOf(lines[i]), 1, Integer::sum);
            }
        }
        // The leftmost indentation that is nearly as common as the commonest: a table or an
        // indented annex can outnumber the text's own continuation lines by a few.
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        int margin = counts.entrySet().stream().filter(e -> e.getValue() * 2 >= most)
                .map(java.util.Map.Entry::getKey).min(Integer::compare).orElse(0);
        if (margin == 0) {
            return lines;
        }
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = indentOf(lines[i]) >= margin ? lines[i].substring(margin) : lines[i];
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
