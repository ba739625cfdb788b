package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.lexicon.WordList;
import org.plenary.pipeline.Warning;

/** What the repair may do to any text: remove spaces, say so, and never join two words of the language. */
class SplitWordRepairProperties {
    private static final Pattern JOIN = Pattern.compile("read '(\\S+) (\\S+)' as '(\\S+)'");

    @Property(tries = 3000)
    void onlyRemovesSpacesAndSaysWhere(@ForAll("documents") List<String> lines) {
        String[] repaired = lines.toArray(String[]::new);
        List<Warning> warnings = new ArrayList<>();

        SplitWordRepair.repair(repaired, warnings);

        for (int i = 0; i < repaired.length; i++) {
            String before = lines.get(i);
            String after = repaired[i];
            assertThat(after.replace(" ", "")).as(before).isEqualTo(before.replace(" ", ""));
            int line = i + 1;
            boolean reported = warnings.stream().anyMatch(w -> w.line() == line);
            assertThat(reported).as("a warning for line %d, changed from '%s' to '%s'", line, before, after)
                    .isEqualTo(!after.equals(before));
        }
    }

    @Property(tries = 3000)
    void joinsAFragmentIntoAKnownWordAndNeverTwoWords(@ForAll("documents") List<String> lines) {
        String[] repaired = lines.toArray(String[]::new);
        List<Warning> warnings = new ArrayList<>();

        SplitWordRepair.repair(repaired, warnings);

        String document = String.join("\n", lines).toLowerCase(Locale.ROOT);
        for (Warning warning : warnings) {
            Matcher join = JOIN.matcher(warning.message());
            if (!join.find()) {
                continue;
            }
            String left = join.group(1);
            String right = join.group(2);
            String word = join.group(3).toLowerCase(Locale.ROOT);
            assertThat(WordList.english().contains(word) || document.contains(word)).as(warning.message()).isTrue();
            assertThat(isWord(left) && isWord(right)).as(warning.message()).isFalse();
        }
    }

    /** A word of the language: in the word list, or "a" or "I". */
    private static boolean isWord(String run) {
        return run.equalsIgnoreCase("a") || run.equalsIgnoreCase("i") || run.length() > 1 && WordList.english().contains(run);
    }

    /**
     * Lines of fragments that do and do not make words, elsewhere or in the word list, with every
     * character the rules look at around a run of letters: quotes, brackets, hyphens, slashes,
     * digits, capitals, letters and numbers outside Latin-1 and outside the basic plane.
     */
    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> line = Arbitraries.of("n", "eeds", "needs", "increasin", "g", "increasing", "imp", "lementation",
                        "implementation", "capacity", "building", "capacitybuilding", "Secretary", "General", "a", "part",
                        "broad", "abroad", "th", "e", "for", "forth", "the", "L", "and", "land", "sevent", "y", "seventy",
                        "Ab", "é", "éa", "Ⅻ", "𝐀", "²", " ", " ", " ", " ", "  ", "\t", "-", "/", "(", ")", "’", "'", "\"",
                        "“", "”", "‘", ",", ".", ";", "?", "1", "\u000B")
                .list().ofMaxSize(14).map(pieces -> String.join("", pieces));
        return line.list().ofMaxSize(6);
    }
}
