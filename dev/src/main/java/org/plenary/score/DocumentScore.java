package org.plenary.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.w3c.dom.Document;

/**
 * One document scored against its truth, as score.py scores it: which structure counts are right,
 * which metadata fields, the preambular opening words, and how many of the truth's paragraph words
 * the output's body lacks. {@link #missLine()} is score.py's line for the document.
 */
final class DocumentScore {
    final String name;
    final boolean converted;
    /** Scored: converted, and its Akoma Ntoso could be read. */
    boolean scored;
    boolean preambleRight;
    boolean operativeRight;
    boolean pointsRight;
    boolean notesRight;
    boolean annexesRight;
    /** For each field the truth gives: whether the output has it right. */
    final Map<String, Boolean> metadata = new LinkedHashMap<>();
    int firstWordsRight;
    int firstWordsCompared;
    int wordsLost;
    private final String form;
    private final List<String> misses = new ArrayList<>();

    private DocumentScore(String name, String form, boolean converted) {
        this.name = name;
        this.form = form;
        this.converted = converted;
    }

    /** No output: the conversion failed. score.py neither counts its metadata nor its words. */
    static DocumentScore notConverted(String name) {
        DocumentScore score = new DocumentScore(name, null, false);
        score.misses.add("no output");
        return score;
    }

    static DocumentScore unreadable(String name, String why) {
        DocumentScore score = new DocumentScore(name, null, true);
        score.misses.add("unreadable AKN: " + why);
        return score;
    }

    /**
     * @param akn our Akoma Ntoso
     * @param json our JSON, or an empty object when it could not be read
     * @param inputWords the words of a text input, which bound the words wanted; null for a PDF
     */
    static DocumentScore of(String name, Truth truth, Document akn, JsonNode json, Map<String, Integer> inputWords) {
        DocumentScore score = new DocumentScore(name, truth.form(), true);
        score.scored = true;
        score.scoreMetadata(truth, json);
        AknCounts counts = AknCounts.of(akn);
        score.scoreStructure(truth, counts);
        score.scoreFirstWords(truth, counts);
        Map<String, Integer> wanted = Words.of(String.join(" ", truth.paragraphTexts()));
        if (inputWords != null) {
            // Words the input itself lacks (lost by pdftotext) cannot be lost by the conversion.
            wanted = Words.common(wanted, inputWords);
        }
        score.wordsLost = Words.missing(wanted, Words.ofBody(akn));
        if (score.wordsLost > 0) {
            score.misses.add("words lost " + score.wordsLost);
        }
        return score;
    }

    private void scoreMetadata(Truth truth, JsonNode json) {
        for (Truth.Field field : Truth.META) {
            JsonNode want = truth.get(field.truthKey());
            if (want == null) {
                continue;
            }
            JsonNode got = json.get(field.outputKey());
            boolean right = Objects.equals(PythonText.normField(field.truthKey(), PythonText.str(got)),
                    PythonText.normField(field.truthKey(), PythonText.str(want)));
            metadata.put(field.truthKey(), right);
            if (!right) {
                misses.add(field.truthKey() + "=" + PythonText.repr(got) + " want " + PythonText.repr(want));
            }
        }
    }

    private void scoreStructure(Truth truth, AknCounts counts) {
        Map<String, Integer> wantPoints = truth.points();
        preambleRight = counts.preambular() == truth.preambular();
        operativeRight = counts.operative() == truth.operative();
        pointsRight = counts.points().equals(wantPoints);
        notesRight = truth.footnotes() == null || counts.notes() == truth.footnotes();
        annexesRight = truth.annexes() == null || counts.annexes() == truth.annexes();
        if (!structureExact()) {
            misses.add(String.format("counts pre %d/%d op %d/%d notes %d/%s sub %s/%s annex %d/%s", counts.preambular(),
                    truth.preambular(), counts.operative(), truth.operative(), counts.notes(), pythonInt(truth.footnotes()),
                    PythonText.repr(counts.points()), PythonText.repr(wantPoints), counts.annexes(), pythonInt(truth.annexes())));
        }
    }

    /** Only when the truth and the output have as many recitals: each opening's first word. */
    private void scoreFirstWords(Truth truth, AknCounts counts) {
        List<String> want = truth.preambularFirstWords();
        if (want.size() != counts.preambularNames().size()) {
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i) != null && !want.get(i).isEmpty()) {
                firstWordsCompared++;
                firstWordsRight += firstWord(counts.preambularNames().get(i)).equals(firstWord(want.get(i))) ? 1 : 0;
            }
        }
    }

    /** {@code norm(s).split(' ')[:1]}. */
    private static String firstWord(String s) {
        String normed = PythonText.norm(s);
        int space = normed.indexOf(' ');
        return space < 0 ? normed : normed.substring(0, space);
    }

    private static String pythonInt(Integer value) {
        return value == null ? "None" : value.toString();
    }

    boolean structureExact() {
        return scored && preambleRight && operativeRight && pointsRight && notesRight && annexesRight;
    }

    /** score.py's line for this document, or null when nothing misses. */
    String missLine() {
        if (misses.isEmpty()) {
            return null;
        }
        return scored ? name + " [" + (form == null ? "None" : form) + "]: " + String.join("; ", misses) : name + ": " + misses.get(0);
    }
}
