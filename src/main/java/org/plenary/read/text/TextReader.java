package org.plenary.read.text;

import java.util.ArrayList;
import java.util.List;

import org.plenary.pipeline.Warning;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Reads decoded text of any text form (markdown, Word or web export, PDF text with or without
 * its layout, OCR) into the source model: one source line per physical line, with its inline
 * conventions read as styles and calls, its page counted from form feeds, and the blank lines
 * before it. The form is detected from the content, never from the file name.
 */
public final class TextReader {
    private final FormDetector detector = new FormDetector();

    public SourceDocument read(DecodedText decoded) {
        String text = decoded.text();
        SourceForm form = detector.detect(text);
        List<Warning> warnings = decoded.warnings();
        if (form == SourceForm.PDF_LAYOUT || form == SourceForm.PDF_RAW) {
            String[] physical = text.split("\n", -1);
            SplitWordRepair.repair(physical, warnings);
            if (form == SourceForm.PDF_RAW) {
                // Only plain pdftotext joins a line ending with a hyphen to the next, dropping it.
                GluedCompoundRepair.repair(physical, warnings);
            }
            PdftotextLines placed = PdftotextLines.of(physical, form);
            return new SourceDocument(form, placed.lines(), placed.pages(), warnings);
        }
        InlineSyntax syntax = new InlineSyntax(form);
        OcrRepairs ocr = form == SourceForm.OCR ? new OcrRepairs(warnings) : null;
        String[] physical = text.split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(physical.length);
        int page = 1;
        int blanks = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            // pdftotext puts a form feed before each page's first line.
            if (line.indexOf('\f') >= 0) {
                page += count(line, '\f');
                line = line.replace("\f", "");
            }
            if (ocr != null) {
                line = ocr.repair(line, i + 1);
            }
            SourceLine source = SourceLine.ofText(syntax.read(line), i + 1, page, blanks);
            lines.add(source);
            blanks = source.isBlank() ? blanks + 1 : 0;
        }
        return new SourceDocument(form, lines, List.of(), warnings);
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** For tests and tools: reads text already decoded. */
    public SourceDocument read(String text) {
        return read(new DecodedText(text, java.nio.charset.StandardCharsets.UTF_8, false));
    }

    static StyledText styled(String line, SourceForm form) {
        return new InlineSyntax(form).read(line);
    }
}
