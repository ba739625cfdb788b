package org.plenary.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one input form (pdf, layout, raw), summed as score.py sums them. */
public final class FormTally {
    private final String form;
    private int documents;
    private int converted;
    private int structureExact;
    private int preambleRight;
    private int operativeRight;
    private int pointsRight;
    private int notesLinked;
    private int annexesRight;
    private int firstWordsRight;
    private int firstWordsCompared;
    private final Map<String, int[]> metadata = new LinkedHashMap<>();
    private int wordsLost;
    private int documentsLosingWords;
    private final List<String> missLines = new ArrayList<>();
    private double seconds;

    FormTally(String form) {
        this.form = form;
        Truth.META.forEach(field -> metadata.put(field.truthKey(), new int[2]));
    }

    void add(DocumentScore score) {
        documents++;
        converted += score.converted ? 1 : 0;
        if (score.scored) {
            structureExact += score.structureExact() ? 1 : 0;
            preambleRight += score.preambleRight ? 1 : 0;
            operativeRight += score.operativeRight ? 1 : 0;
            pointsRight += score.pointsRight ? 1 : 0;
            notesLinked += score.notesRight ? 1 : 0;
            annexesRight += score.annexesRight ? 1 : 0;
            firstWordsRight += score.firstWordsRight;
            firstWordsCompared += score.firstWordsCompared;
            score.metadata.forEach((field, right) -> {
                metadata.get(field)[0] += right ? 1 : 0;
                metadata.get(field)[1]++;
            });
            wordsLost += score.wordsLost;
            documentsLosingWords += score.wordsLost > 0 ? 1 : 0;
        }
        String line = score.missLine();
        if (line != null) {
            missLines.add(line);
        }
    }

    void took(double seconds) {
        this.seconds = seconds;
    }

    public String form() { return form; }
    public int documents() { return documents; }
    public int converted() { return converted; }
    public int structureExact() { return structureExact; }
    public int preambleRight() { return preambleRight; }
    public int operativeRight() { return operativeRight; }
    public int pointsRight() { return pointsRight; }
    /** Documents whose distinct note markers (outside the annexes) are as many as the truth's footnotes. */
    public int notesLinked() { return notesLinked; }
    public int annexesRight() { return annexesRight; }
    public int firstWordsRight() { return firstWordsRight; }
    public int firstWordsCompared() { return firstWordsCompared; }
    public int wordsLost() { return wordsLost; }
    public int documentsLosingWords() { return documentsLosingWords; }
    /** score.py's lines, one per document that misses anything, in the order of the file names. */
    public List<String> missLines() { return missLines; }
    public double seconds() { return seconds; }

    /** Right over checked, per metadata field (the truth's key), for the fields the truth gives. */
    public Map<String, int[]> metadata() { return metadata; }

    /** All fields together: score.py's "meta" percentage. */
    public double metadataRate() {
        int right = metadata.values().stream().mapToInt(v -> v[0]).sum();
        int checked = metadata.values().stream().mapToInt(v -> v[1]).sum();
        return (double) right / Math.max(checked, 1);
    }
}
