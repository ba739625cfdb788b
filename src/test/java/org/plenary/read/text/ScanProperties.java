package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Searching only where a match can begin finds what a search at every position finds. */
class ScanProperties {
    /** Line-anchored patterns of the form detector, some of whose leading \s* can cross lines. */
    private static final Pattern[] LINE_PATTERNS = {
        Pattern.compile("(?m)^#{1,6} \\S"),
        Pattern.compile("(?m)^\\s*(?:\\d+\\.\\s+)?\\*[A-Z][^*\\n]*\\*"),
        Pattern.compile("(?m)^ {0,3}(-{3,}|\\*{3,})\\s*$"),
        Pattern.compile("(?m)^\\s*_{5,}\\s*$"),
    };
    /** The form detector's OCR tells, a trade mark sign matched from the sign. */
    private static final Pattern OCR_TELLS = Pattern.compile("\\|bid|\\(1{2,3}\\)|(?<=[\\p{L},])[™®]|\\b1{1,3}\\.[A-Z]\\b|\\bX1{1,3}\\b|\\b1V\\b");

    @Property(tries = 2000)
    void countsAtLineStartsAsEveryPosition(@ForAll("texts") String text) {
        for (Pattern pattern : LINE_PATTERNS) {
            int everywhere = (int) pattern.matcher(text).results().limit(10).count();
            assertThat(Scan.countAtLineStarts(pattern, text, 10)).as("%s on %s", pattern, text.replace("\n", "\\n")).isEqualTo(everywhere);
        }
    }

    @Property(tries = 3000)
    void countsFromStartCharactersAsEveryPosition(@ForAll("texts") String text) {
        for (int limit : new int[] {1, 3, 10}) {
            int everywhere = (int) OCR_TELLS.matcher(text).results().limit(limit).count();
            assertThat(Scan.countStartingWith(OCR_TELLS, text, "|(1X™®", limit)).as("limit %d on %s", limit, text).isEqualTo(everywhere);
        }
    }

    /** The form detector's pre-check never turns away a text that has markdown emphasis at a line's start. */
    @Property(tries = 2000)
    void emphasisPreCheckMissesNoMatch(@ForAll("texts") String text) {
        if (!FormDetector.emphasisCanOpenALine(text)) {
            assertThat(LINE_PATTERNS[1].matcher(text).find()).as(text.replace("\n", "\\n")).isFalse();
        }
    }

    /** Pieces of the shapes looked for, and single characters that break them, in any order. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("# ", "#", "*Ab*", "*", "---", "***", "_____", "\n", "\n", " ", "  ", "\t", "1. ", "X1", "X11",
                        "(11)", "|bid", "1.A", "11.C", "a", "1V", "Z", "-", "_", "™", "®", ",", "é")
                .list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }
}
