package org.plenary.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.node.IntNode;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The scorer's rules give what ../shared/tools/score.py gives: every expected value here was
 * printed by score.py's own functions (akn_counts, body_words, norm, norm_field, words, repr) on
 * the same input, so a difference is a difference from the project's measure.
 */
class ScorerRulesTest {

    /** Nested paragraphs, points in a point's list and in sublists (the last one after a point wins), notes by marker or eId, annexes. */
    @Test
    void countsStructureAsAknCountsDoes() throws Exception {
        AknCounts counts = AknCounts.of(fixture());
        assertThat(counts.preambular()).isEqualTo(2);
        assertThat(counts.operative()).isEqualTo(4);
        assertThat(counts.notes()).isEqualTo(3);
        assertThat(counts.points()).containsExactly(Map.entry("2", 3), Map.entry("2(b)", 2), Map.entry("2(c)", 2));
        assertThat(counts.annexes()).isEqualTo(2);
        assertThat(counts.preambularNames()).containsExactly("Recalling", "Noting also");
    }

    /** Notes and note calls left out, their tails kept, every piece of text joined to the next by a space, text across a comment joined. */
    @Test
    void countsBodyWordsAsBodyWordsDoes() throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        for (Object[] word : new Object[][] {{"again", 2}, {"also", 1}, {"annex", 2}, {"assembly", 1}, {"café", 1}, {"counted", 1},
                {"decides", 1}, {"end", 1}, {"first", 1}, {"general", 2}, {"inner", 1}, {"its", 1}, {"join", 1}, {"naïve", 1},
                {"nested", 2}, {"noting", 1}, {"one", 2}, {"paragraph", 1}, {"point", 1}, {"port", 1}, {"recalling", 1},
                {"requests", 1}, {"resolution", 1}, {"résumé", 1}, {"second", 1}, {"secretary", 1}, {"sub", 3}, {"tail", 1},
                {"that", 1}, {"the", 4}, {"third", 1}, {"two", 2}, {"words", 1}, {"wordsshall", 1}, {"élan", 1}}) {
            expected.put((String) word[0], (Integer) word[1]);
        }
        assertThat(new TreeMap<>(Words.ofBody(fixture()))).isEqualTo(expected);
    }

    /** Letters and numerals that are not digits, three or more; a combining accent breaks a word, as in Python's re. */
    @Test
    void tokenisesAsPythonsRegularExpressionDoes() {
        assertThat(new TreeMap<>(Words.of("abc de_fgh 12abc xyz9zz Ⅻ²x ½½½ naïve e\u0301te")))
                .isEqualTo(new TreeMap<>(Map.of("abc", 2, "fgh", 1, "naïve", 1, "xyz", 1, "½½½", 1, "ⅻ²x", 1)));
        assertThat(Words.missing(Map.of("the", 3, "word", 1), Map.of("the", 1))).isEqualTo(3);
        assertThat(Words.common(Map.of("the", 3, "word", 1), Map.of("the", 2))).isEqualTo(Map.of("the", 2));
    }

    @Test
    void normalisesAsNormAndNormFieldDo() {
        assertThat(PythonText.norm("  The “Report”\u00a0of the\u2003Secretary\u2011General.. ")).isEqualTo("the \"report\" of the secretary-general");
        assertThat(PythonText.norm("..")).isEmpty();
        assertThat(PythonText.norm(" . abc. ")).isEqualTo(" abc");
        assertThat(PythonText.norm("Ǆ İstanbul ΣΑΣ")).isEqualTo("ǆ i̇stanbul σας");
        assertThat(PythonText.normField("agenda_item", "Agenda items 12 and 13")).isEqualTo("12 and 13");
        assertThat(PythonText.normField("committee_report", "A/78/475, para. 7")).isEqualTo("a/78/475");
        assertThat(PythonText.normField("plenary_meeting", "45th plenary meeting (resumed)")).isEqualTo("45th plenary meeting");
        assertThat(PythonText.normField("session", PythonText.str(IntNode.valueOf(78)))).isEqualTo("78");
        assertThat(PythonText.normField("title", null)).isNull();
    }

    @Test
    void printsValuesAsPythonsReprDoes() {
        assertThat(PythonText.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonText.repr("say \"x\" it's")).isEqualTo("'say \"x\" it\\'s'");
        assertThat(PythonText.repr("tab\there\u000b\u200b\u2028é")).isEqualTo("'tab\\there\\x0b\\u200b\\u2028é'");
        assertThat(PythonText.repr((com.fasterxml.jackson.databind.JsonNode) null)).isEqualTo("None");
        assertThat(PythonText.repr(new java.util.LinkedHashMap<>(Map.of("6", 4)))).isEqualTo("{'6': 4}");
        assertThat(PythonText.repr(Map.<String, Integer>of())).isEqualTo("{}");
    }

    private static Document fixture() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = ScorerRulesTest.class.getResourceAsStream("/score/counts.xml")) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyKthKeepsTheFirstAndEveryKthAfterIt() {
        List<java.nio.file.Path> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> java.nio.file.Path.of("d" + i)).toList();
        assertThat(RealPdfCheck.everyKth(six, 4)).containsExactly(six.get(0), six.get(4));
        assertThat(RealPdfCheck.everyKth(six, 1)).isEqualTo(six);
    }
}
