package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resolution as an Akoma Ntoso file describes it, reduced to what the corpus check compares
 * (the measures of the project's scorer) and to the blocks a printer would lay out.
 */
public final class ReferenceDocument {
    /** Metadata, as the JSON output names it. */
    public final Map<String, String> meta = new TreeMap<>();
    public final List<String> preambleOpenings = new ArrayList<>();
    public final List<String> preambleTexts = new ArrayList<>();
    public final List<String> operativeTexts = new ArrayList<>();
    /** Points per paragraph, keyed by the paragraph's number ("8") or "8(a)" for nested points. */
    public final Map<String, Integer> points = new TreeMap<>();
    public int notes;
    public int annexes;
    /** Why the file can give no ground truth (null when it can): a collection, broken markup. */
    public String unusable;
    /** The document in reading order, as a printer sees it. */
    public final List<PrintBlock> blocks = new ArrayList<>();
    /** Note texts by marker, in order of first call. */
    public final Map<String, String> noteTexts = new java.util.LinkedHashMap<>();

    /** One printed unit: its kind, its printed label ("1.", "(a)"), its text with calls as markers. */
    public record PrintBlock(Kind kind, String label, String text, int depth) {
    }

    public enum Kind { COVER, HEADING, COMMITTEE, TITLE, FORMULA, PREAMBULAR, GROUP_HEADING, RECITAL, OPERATIVE, POINT, WRAP_UP, MEETING, DATE, ANNEX }
}
