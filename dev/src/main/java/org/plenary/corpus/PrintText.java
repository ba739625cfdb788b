package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;


/** Helpers the layouts share: note calls as printed, and word wrapping. */
final class PrintText {
    private PrintText() {
    }

    /** The text with each note call printed by {@code call} (glued digits, "[n]", a superscript …). */
    static String withCalls(String marked, Function<String, String> call) {
        Matcher m = Marks.CALL.matcher(Marks.withoutItalics(marked));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(call.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The markers called in the text, in order. */
    static List<String> calls(String marked) {
        List<String> markers = new ArrayList<>();
        Matcher m = Marks.CALL.matcher(marked);
        while (m.find()) {
            markers.add(m.group(1));
        }
        return markers;
    }

    /** Greedy wrap: the first line may be narrower (it carries an indent or a label). */
    static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int limit = firstWidth;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
                limit = width;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The text with its opening phrase marked italic, as a word processor's user sets it (the
     * UN's markup keeps no italics): the words {@link PdfLines#openingWords} finds.
     */
    static String withItalicOpening(String marked) {
        String[] tokens = PdfLines.tokens(marked);
        int italic = PdfLines.openingWords(tokens);
        if (italic == 0) {
            return marked;
        }
        StringBuilder out = new StringBuilder().append(Marks.ITALIC_OPEN);
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(tokens[i]);
            if (i == italic - 1) {
                out.append(Marks.ITALIC_CLOSE);
            }
        }
        return out.toString();
    }
}
