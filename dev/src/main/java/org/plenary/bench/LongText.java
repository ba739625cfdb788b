package org.plenary.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A real resolution made long: its longest paragraph (the longest run of lines between blank
 * lines) goes on with its own words, wrapped as its lines are, until the text holds what is asked.
 * The rest stays as it was, so the form (markdown, plain text, pdftotext's layout) and the
 * structure are the resolution's own; only one paragraph grows, as a huge annex would.
 */
public final class LongText {
    private LongText() {
    }

    /** The resolution {@code text} made at least {@code chars} characters long. */
    public static String of(String text, long chars) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = List.of(text.split("\r?\n", -1));
        int[] longest = longestParagraph(lines);
        List<String> paragraph = lines.subList(longest[0], longest[1]);
        int width = Math.max(40, paragraph.stream().mapToInt(String::length).max().orElse(0));
        String indent = paragraph.get(paragraph.size() - 1).replaceAll("^(\\s*).*$", "$1");
        String[] words = String.join(" ", paragraph).strip().split("\\s+");
        List<String> grown = new ArrayList<>(lines.subList(0, longest[1]));
        long size = text.length();
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; size < chars; i++) {
            String word = words[i % words.length];
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                grown.add(line.toString());
                size += line.length() + newline.length();
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        grown.add(line.toString());
        grown.addAll(lines.subList(longest[1], lines.size()));
        return String.join(newline, grown);
    }

    /** Where the longest run of non-blank lines begins and ends (exclusive), in characters. */
    private static int[] longestParagraph(List<String> lines) {
        int[] best = {0, 0};
        long bestChars = -1;
        int start = -1;
        long chars = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank) {
                if (start < 0) {
                    start = i;
                    chars = 0;
                }
                chars += lines.get(i).length();
            } else if (start >= 0) {
                if (chars > bestChars) {
                    bestChars = chars;
                    best = new int[] {start, i};
                }
                start = -1;
            }
        }
        if (bestChars < 0) {
            throw new IllegalArgumentException("The text holds no paragraph to make long.");
        }
        return best;
    }
}
