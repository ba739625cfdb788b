package org.plenary.read.text;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.plenary.source.SourceForm;

/**
 * Tells the source form from the content alone (never from the file name): markdown syntax,
 * Word's tab-indented paragraphs and document-management codes, the hard wraps of PDF text and
 * OCR, and OCR's tell-tale recognition errors.
 */
public final class FormDetector {
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
    private static final Pattern MD_SUP = Pattern.compile("<sup>\\s*[\\d*]+\\s*</sup>");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?m)^\\s*(?:\\d+\\.\\s+)?\\*[A-Z][^*\\n]*\\*");
    private static final Pattern MD_RULE = Pattern.compile("(?m)^ {0,3}(-{3,}|\\*{3,})\\s*$");
    private static final Pattern TAB_PARAGRAPH = Pattern.compile("(?m)^\\t+\\S");
    private static final Pattern WORD_CODES = Pattern.compile("<<ODS [A-Z ]+\\d*>>|^\\[DU\\d+\\]", Pattern.MULTILINE);
    private static final Pattern BRACKET_CALL = Pattern.compile("\\S\\[\\d{1,3}\\]");
    private static final Pattern PAGE_RULE = Pattern.compile("(?m)^\\s*_{5,}\\s*$");
    /**
     * OCR's tell-tale errors: "|bid", "(11)", a trade mark sign after a letter, "1.A", "X11", "1V".
     * Every match begins with one of {@link #OCR_TELL_STARTS}, so only those places are tried.
     */
    private static final Pattern OCR_TELLS = Pattern.compile("\\|bid|\\(1{2,3}\\)|(?<=[\\p{L},])[™®]|\\b1{1,3}\\.[A-Z]\\b|\\bX1{1,3}\\b|\\b1V\\b");
    private static final String OCR_TELL_STARTS = "|(1X™®";

    public SourceForm detect(String text) {
        // Each pattern needs a character or string that most texts lack; looking for it first
        // spares a scan of the whole text with the pattern.
        int markdownSignals = (text.startsWith("#") || text.contains("\n#")) && count(MD_HEADING, text) > 0 ? 1 : 0;
        markdownSignals += text.contains("<sup>") && count(MD_SUP, text) > 0 ? 1 : 0;
        markdownSignals += emphasisCanOpenALine(text) && count(MD_EMPHASIS, text) > 1 ? 1 : 0;
        markdownSignals += (text.contains("---") || text.contains("***")) && count(MD_RULE, text) > 0 ? 1 : 0;
        if (markdownSignals >= 2) {
            return SourceForm.MARKDOWN;
        }
        if (text.indexOf('\t') >= 0 && count(TAB_PARAGRAPH, text) >= 3
                || (text.contains("<<ODS") || text.contains("[DU")) && WORD_CODES.matcher(text).find()) {
            return SourceForm.WORD;
        }
        if (isHardWrapped(text)) {
            // pdftotext's own shapes decide before a few OCR-like tokens do: a real text may hold
            // one ("decision EC-M-1.A"), OCR holds many.
            SourceForm pdftotext = PdftotextSignals.of(text).form();
            if (pdftotext != SourceForm.PDF_TEXT && ocrTellCount(text) < 3) {
                return pdftotext;
            }
            return ocrTells(text) ? SourceForm.OCR : pdftotext;
        }
        if (text.indexOf('[') >= 0 && count(BRACKET_CALL, text) > 0) {
            return SourceForm.WEB;
        }
        return text.contains("_____") && count(PAGE_RULE, text) > 0 ? SourceForm.PDF_TEXT : SourceForm.PLAIN;
    }

    /**
     * Hard-wrapped text has many lines of similar, moderate length and almost none longer than a
     * printed line; one-paragraph-per-line exports have long lines.
     */
    static boolean isHardWrapped(String text) {
        String[] lines = text.split("\n");
        int[] lengths = Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).toArray();
        if (lengths.length < 6) {
            return false;
        }
        long veryLong = Arrays.stream(lengths).filter(n -> n > 130).count();
        long printedWidth = Arrays.stream(lengths).filter(n -> n >= 55 && n <= 130).count();
        if (veryLong * 20 > lengths.length) {
            return false;
        }
        // Without a single line longer than print, one sentence running on to the next line is
        // enough: a short resolution (a one-paragraph decision) has no more to show.
        return printedWidth * 10 >= lengths.length * 4L || midSentenceBreaks(lines) >= (veryLong == 0 ? 1 : 3);
    }

    /** Lines that stop mid-sentence with the sentence going on, lower case, on the next line. */
    private static int midSentenceBreaks(String[] lines) {
        int breaks = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            String next = lines[i + 1].strip();
            if (!line.isEmpty() && !next.isEmpty() && ".;:,".indexOf(line.charAt(line.length() - 1)) < 0
                    && Character.isLowerCase(next.charAt(0))) {
                breaks++;
            }
        }
        return breaks;
    }

    /**
     * Whether some "*" is followed by a capital and preceded on its line only by white space or a
     * number ("1. "): what MD_EMPHASIS needs. PDF text has stars in bar codes ("*1668546*"), and the
     * pattern tried at every line start was a tenth of the layout's time.
     */
    static boolean emphasisCanOpenALine(String text) {
        for (int star = text.indexOf('*'); star >= 0; star = text.indexOf('*', star + 1)) {
            if (star + 1 < text.length() && Character.isUpperCase(text.charAt(star + 1))) {
                int i = star - 1;
                while (i >= 0 && text.charAt(i) != '\n' && (Character.isWhitespace(text.charAt(i))
                        || Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i--;
                }
                if (i < 0 || text.charAt(i) == '\n') {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(Pattern pattern, String text) {
        return pattern.pattern().startsWith("(?m)^") ? Scan.countAtLineStarts(pattern, text, 10)
                : (int) pattern.matcher(text).results().limit(10).count();
    }

    private static int ocrTellCount(String text) {
        return Scan.countStartingWith(OCR_TELLS, text, OCR_TELL_STARTS, 3);
    }

    private static boolean ocrTells(String text) {
        return Scan.countStartingWith(OCR_TELLS, text, OCR_TELL_STARTS, 1) > 0;
    }
}
