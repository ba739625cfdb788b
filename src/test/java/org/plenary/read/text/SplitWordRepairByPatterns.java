package org.plenary.read.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.pipeline.Warning;

/**
 * The split-word repair as first written, with regular expressions: the reference that {@link
 * SplitWordRepair}, which scans code points, must agree with.
 */
final class SplitWordRepairByPatterns {
    /** Two runs of letters with one space between; the second starts in lower case, as inside a word. */
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}\\p{N}(\\-/])(\\p{L}+) (\\p{Ll}+)(?![\\p{L}\\p{N})\\-/])");
    /** A compound spread before its hyphen ("Secretary -General", "capacity -building"); a dash has a space after it too. */
    private static final Pattern SPREAD_COMPOUND = Pattern.compile("(?<=\\p{L}) (?=-\\p{L})");
    /** A word as it stands in running text: letters, perhaps after an opening quote and before punctuation. */
    private static final Pattern WORD = Pattern.compile("(?<=^|[\\s“‘\"])(\\p{L}+)(?=$|[\\s,.;:!?”’\"])");
    /**
     * Any run of letters, in compounds too; not a list item's letter "(g)" nor the "s" after an
     * apostrophe, which say nothing of whether a fragment is a word.
     */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}(’'])(\\p{L}+)(?![\\p{L})])");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> runs = new HashMap<>();

    private SplitWordRepairByPatterns(String[] lines) {
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                words.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            m = RUN.matcher(line);
            while (m.find()) {
                runs.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    /** Repairs {@code lines} in place, adding a warning for each word joined. */
    static void repair(String[] lines, List<Warning> warnings) {
        SplitWordRepairByPatterns repair = new SplitWordRepairByPatterns(lines);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = repair.line(lines[i], i + 1, warnings);
        }
    }

    private String line(String line, int number, List<Warning> warnings) {
        if (SPREAD_COMPOUND.matcher(line).find()) {
            warnings.add(new Warning("split-word", number, "A compound spread before its hyphen: the space was removed"));
            line = SPREAD_COMPOUND.matcher(line).replaceAll("");
        }
        Matcher m = PAIR.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            String left = m.group(1);
            String right = m.group(2);
            if (!joins(left, right)) {
                // The right-hand word may itself open a split word: look again from it.
                from = m.start(2);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, m.start()).append(left).append(right);
            copied = m.end();
            from = m.end();
            warnings.add(new Warning("split-word", number, "A word split by a space: read '" + left + " " + right
                    + "' as '" + left + right + "'"));
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private boolean joins(String left, String right) {
        String word = (left + right).toLowerCase(Locale.ROOT);
        if (words.getOrDefault(word, 0) == 0) {
            return false;
        }
        return appearances(left) <= 1 || appearances(right) <= 1;
    }

    private int appearances(String fragment) {
        return runs.getOrDefault(fragment.toLowerCase(Locale.ROOT), 0);
    }
}
