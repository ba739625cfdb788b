package org.plenary.read.text;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.pipeline.Warning;

/**
 * Repairs the recognition errors OCR makes in structural tokens ("(111)" for "(III)", "11.C" for
 * "II.C", "|bid", "Peop1e"), each reported as a warning with its line.
 */
final class OcrRepairs {
    private static final Pattern OCR_PIPE = Pattern.compile("(?<![\\p{L}|])\\|(?=[a-z])|(?<=\\b(?:chap\\.|annex|section|part)\\s)\\|(?!\\p{L})");
    private static final Pattern OCR_ROMAN_IN_PARENS = Pattern.compile("\\((1{2,3})\\)");
    private static final Pattern OCR_ROMAN_MIXED = Pattern.compile("\\b(?=[IVXL1]*1)(?=[IVXL1]*[IVXL])[IVXL1]{2,7}\\b");
    private static final Pattern OCR_SECTION = Pattern.compile("\\b(1{1,3})\\.([A-Z])\\b");
    /** A digit inside a lower-case word is a letter misread: "Peop1e", "c0untry". */
    private static final Pattern OCR_DIGIT_IN_WORD = Pattern.compile("(?<=\\p{Ll})[10](?=\\p{Ll})");
    private static final Pattern OCR_ROMAN_AFTER_WORD = Pattern.compile("(?<=\\b(?:chap\\.|annex|section|part) )(1{1,3})\\b(?![/\\d]|\\.\\d)");

    private final List<Warning> warnings;

    OcrRepairs(List<Warning> warnings) {
        this.warnings = warnings;
    }

    String repair(String text, int lineNumber) {
        String t = repair(OCR_PIPE, text, lineNumber, m -> "I");
        t = repair(OCR_ROMAN_IN_PARENS, t, lineNumber, m -> "(" + "I".repeat(m.group(1).length()) + ")");
        t = repair(OCR_SECTION, t, lineNumber, m -> "I".repeat(m.group(1).length()) + "." + m.group(2));
        t = repair(OCR_ROMAN_MIXED, t, lineNumber, m -> m.group().replace('1', 'I'));
        t = repair(OCR_ROMAN_AFTER_WORD, t, lineNumber, m -> "I".repeat(m.group(1).length()));
        return repair(OCR_DIGIT_IN_WORD, t, lineNumber, m -> m.group().equals("1") ? "l" : "o");
    }

    private String repair(Pattern pattern, String text, int lineNumber, Function<Matcher, String> fix) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder();
            }
            String replacement = fix.apply(m);
            warnings.add(new Warning("ocr-repair", lineNumber, "OCR: read '" + m.group() + "' as '" + replacement + "'"));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }
}
