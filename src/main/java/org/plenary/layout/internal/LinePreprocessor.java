package org.plenary.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Line;
import org.plenary.layout.Marks;
import org.plenary.layout.SourceForm;
import org.plenary.pipeline.Warning;

/**
 * Turns a form's inline conventions into the common marked text: markdown emphasis and headings,
 * superscript and bracketed note calls, and (for OCR only) repairs of recognition errors in
 * structural tokens. Every OCR repair is reported.
 */
public final class LinePreprocessor {
    private static final Pattern SUP_NOTE_START = Pattern.compile("^\\s*<sup>\\s*([\\d*]+)\\s*</sup>\\s*");
    private static final Pattern SUP_CALL = Pattern.compile("<sup>\\s*([\\d*]+)\\s*</sup>");
    private static final Pattern BRACKET_NOTE_START = Pattern.compile("^\\s*\\[(\\d{1,3}|\\*{1,3}|†|‡)\\]\\s*");
    private static final Pattern BRACKET_CALL = Pattern.compile("(?<=\\S)\\[(\\d{1,3}|\\*{1,3}|†|‡)\\]");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*\\\\])(\\*{1,2}|_)(?=\\S)([^*\\n]+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern HTML_ITALIC = Pattern.compile("<(em|i)>(.*?)</\\1>");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:em|i|b|strong|span|p|div|sub|br\\s*/?)(?:\\s[^>]*)?>");
    private static final Pattern STRAY_STAR = Pattern.compile("^\\s*\\*(?=\\S)|(?<=\\S)\\*\\s*$");

    private static final Pattern OCR_PIPE = Pattern.compile("(?<![\\p{L}|])\\|(?=[a-z])|(?<=\\b(?:chap\\.|annex|section|part)\\s)\\|(?!\\p{L})");
    private static final Pattern OCR_ROMAN_IN_PARENS = Pattern.compile("\\((1{2,3})\\)");
    private static final Pattern OCR_ROMAN_MIXED = Pattern.compile("\\b(?=[IVXL1]*1)(?=[IVXL1]*[IVXL])[IVXL1]{2,7}\\b");
    private static final Pattern OCR_SECTION = Pattern.compile("\\b(1{1,3})\\.([A-Z])\\b");
    /** A digit inside a lower-case word is a letter misread: "Peop1e", "c0untry". */
    private static final Pattern OCR_DIGIT_IN_WORD = Pattern.compile("(?<=\\p{Ll})[10](?=\\p{Ll})");
    private static final Pattern OCR_ROMAN_AFTER_WORD = Pattern.compile("(?<=\\b(?:chap\\.|annex|section|part) )(1{1,3})\\b(?![/\\d]|\\.\\d)");

    private final SourceForm form;
    private final List<Warning> warnings = new ArrayList<>();

    public LinePreprocessor(SourceForm form) {
        this.form = form;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public Line apply(Line line) {
        String text = line.text();
        if (text.indexOf('<') >= 0) {
            text = replaceNoteStart(SUP_NOTE_START, text);
            text = SUP_CALL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Marks.call(m.group(1))));
        }
        if (text.indexOf('[') >= 0) {
            text = replaceNoteStart(BRACKET_NOTE_START, text);
            text = BRACKET_CALL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Marks.call(m.group(1))));
        }
        if (form == SourceForm.MARKDOWN) {
            text = markdown(text);
        } else if (text.indexOf('<') >= 0) {
            text = HTML_ITALIC.matcher(text).replaceAll(m -> Matcher.quoteReplacement(italic(m.group(2))));
            text = HTML_TAG.matcher(text).replaceAll("");
        }
        if (form == SourceForm.OCR) {
            text = repairOcr(text, line.number());
        }
        return line.withText(text);
    }

    /** The patterns are anchored at the line's start: tried there only, not at every position. */
    private static String replaceNoteStart(Pattern start, String text) {
        Matcher m = start.matcher(text);
        return m.lookingAt() ? Marks.NOTE_START + m.group(1) + " " + text.substring(m.end()) : text;
    }

    private static String markdown(String text) {
        String trailingBreak = text.endsWith("  ") ? "  " : "";
        String t = MD_HEADING.matcher(text).replaceFirst("");
        t = HTML_ITALIC.matcher(t).replaceAll(m -> Matcher.quoteReplacement(italic(m.group(2))));
        t = HTML_TAG.matcher(t).replaceAll("");
        t = MD_EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).length() == 1 ? italic(m.group(2)) : m.group(2)));
        t = STRAY_STAR.matcher(t).replaceAll("");
        t = t.replace("\\*", "*").replace("\\_", "_");
        return t.stripTrailing() + trailingBreak;
    }

    private static String italic(String inner) {
        return Marks.ITALIC_OPEN + inner + Marks.ITALIC_CLOSE;
    }

    private String repairOcr(String text, int lineNumber) {
        String t = repair(OCR_PIPE, text, lineNumber, m -> "I");
        t = repair(OCR_ROMAN_IN_PARENS, t, lineNumber, m -> "(" + "I".repeat(m.group(1).length()) + ")");
        t = repair(OCR_SECTION, t, lineNumber, m -> "I".repeat(m.group(1).length()) + "." + m.group(2));
        t = repair(OCR_ROMAN_MIXED, t, lineNumber, m -> m.group().replace('1', 'I'));
        t = repair(OCR_ROMAN_AFTER_WORD, t, lineNumber, m -> "I".repeat(m.group(1).length()));
        t = repair(OCR_DIGIT_IN_WORD, t, lineNumber, m -> m.group().equals("1") ? "l" : "o");
        return t;
    }

    private String repair(Pattern pattern, String text, int lineNumber,
                          java.util.function.Function<Matcher, String> fix) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = fix.apply(m);
            warnings.add(new Warning("ocr-repair", lineNumber,
                    "OCR: read '" + m.group() + "' as '" + replacement + "'"));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
