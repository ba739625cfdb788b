package org.plenary.read.text;

import java.util.HashMap;
import java.util.Map;

import org.plenary.source.SourceForm;

/**
 * Tells text that {@code pdftotext} extracted from a PDF from other hard-wrapped text. Without
 * options it indents no line at all and puts page breaks (form feeds) between pages. With
 * {@code -layout} it keeps the page's columns: paragraphs start with an indented first line, not
 * after a blank line, and a note's marker, set above its line, stands alone on a line of its own.
 */
record PdftotextSignals(boolean formFeeds, double indentedShare, int loneMarkers, double startsWithoutBlank, int inlineMarkers,
                        int anyLoneMarkers, int noteRules) {

    SourceForm form() {
        // Notes whose markers open their lines ("1 Resolution 70/1.") with no rule over them are
        // not pdftotext's. Under a rule they are: pdftotext sets a marker on a line of its own
        // when a PDF writes it apart from its note (Word does), beside it when the PDF writes
        // marker and note in one run.
        if (formFeeds && indentedShare < 0.05 && (anyLoneMarkers > 0 || inlineMarkers == 0 || noteRules > 0)) {
            return SourceForm.PDF_RAW;
        }
        return loneMarkers >= 2 || startsWithoutBlank > 0.6 ? SourceForm.PDF_LAYOUT : SourceForm.PDF_TEXT;
    }

    static PdftotextSignals of(String text) {
        String[] lines = text.replace('\f', '\n').split("\n");
        Map<Integer, Integer> indents = new HashMap<>();
        int nonBlank = 0;
        int indented = 0;
        int anyLone = 0;
        int rules = 0;
        for (String line : lines) {
            anyLone += isLoneMarker(line) ? 1 : 0;
            rules += line.contains("_____") && NOTE_RULE.matcher(line).matches() ? 1 : 0;
            if (!line.isBlank()) {
                nonBlank++;
                int indent = indent(line);
                indented += indent >= 2 ? 1 : 0;
                indents.merge(indent, 1, Integer::sum);
            }
        }
        int margin = indents.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        int lone = 0;
        int inline = 0;
        int afterText = 0;
        int afterBlank = 0;
        for (int i = 1; i < lines.length; i++) {
            String before = lines[i - 1];
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (isLoneMarker(before)) {
                lone++;
            }
            if (startsWithDigit(line) && INLINE_MARKER.matcher(line).matches()) {
                inline++;
            }
            int indent = indent(line);
            if (indent > margin && indent <= margin + 8) {
                if (before.isBlank()) {
                    afterBlank++;
                } else {
                    afterText++;
                }
            }
        }
        return new PdftotextSignals(text.indexOf('\f') >= 0, nonBlank == 0 ? 0 : (double) indented / nonBlank, lone,
                afterText + afterBlank == 0 ? 0 : (double) afterText / (afterText + afterBlank), inline, anyLone, rules);
    }

    /** The short rule over a page's notes, alone on its line. */
    private static final java.util.regex.Pattern NOTE_RULE = java.util.regex.Pattern.compile("\\s*_{5,}\\s*");

    /** A note's first line with its marker: "1 Resolution 70/1.", "12 See A/75/1". */
    private static final java.util.regex.Pattern INLINE_MARKER = java.util.regex.Pattern.compile(
            "\\d{1,3} (?!January|February|March|April|May|June|July|August|September|October|November|December)\\p{Lu}.*");

    /** What INLINE_MARKER needs first ("\\d" is ASCII's digits): most lines fail here, without a matcher. */
    private static boolean startsWithDigit(String line) {
        return !line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9';
    }

    /** A note's marker alone on its line: "12". */
    static boolean isLoneMarker(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
