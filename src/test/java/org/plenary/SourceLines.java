package org.plenary;

import java.util.List;

import org.plenary.source.SourceDocument;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/** A reader's lines as tests compare them: text only, each call shown as ^marker where it stands. */
public final class SourceLines {
    private SourceLines() {
    }

    /** The lines with text, blank ones left out. */
    public static List<String> shown(SourceDocument document) {
        return document.lines().stream().filter(l -> !l.isBlank()).map(SourceLines::shown).toList();
    }

    public static String shown(SourceLine line) {
        StyledText text = line.text();
        StringBuilder out = new StringBuilder(text.text());
        List<StyledText.Call> calls = text.calls();
        for (int i = calls.size() - 1; i >= 0; i--) {
            out.insert(calls.get(i).at(), "^" + calls.get(i).marker());
        }
        return out.toString();
    }
}
