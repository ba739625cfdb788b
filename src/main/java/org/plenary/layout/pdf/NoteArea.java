package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.layout.NoteBody;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * The notes at a page's foot: the lines under the short rule, set smaller than the body. A line
 * that opens with a raised marker starts a note; the lines after it, until the next marker, are
 * the rest of its text. A note too long for its page runs on at the top of the next page's note
 * area, before the first marker there.
 */
final class NoteArea {
    private static final Pattern RULE = Pattern.compile("\\s*[_\u2014\u2013-]{5,}\\s*");

    private final PageMetrics metrics;
    private final List<NoteBody> notes = new ArrayList<>();
    private StyledText.Builder current;
    private String marker;
    private int line;

    NoteArea(PageMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Where the page's note area begins: the index of its first line (the rule's), or the size of
     * the list when the page has none.
     */
    int start(List<SourceLine> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            SourceLine line = page.get(i);
            if (RULE.matcher(line.plain()).matches() && i + 1 < page.size()
                    && (allSmall(page, i + 1) || page.get(i + 1).text().length() > 0 && page.get(i + 1).text().has(0, StyledText.SUPERSCRIPT))) {
                return i; // a rule with small type, or a raised marker, under it
            }
        }
        // No rule: the small lines after the last line in body type, when the first opens with a marker.
        int first = page.size();
        while (first > 0 && metrics.isSmall(page.get(first - 1).size())) {
            first--;
        }
        if (first < page.size() && first > 0 && opensWithMarker(page.get(first).text())) {
            return first;
        }
        return page.size();
    }

    private boolean allSmall(List<SourceLine> page, int from) {
        for (int i = from; i < page.size(); i++) {
            if (!metrics.isSmall(page.get(i).size())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line may be taken into the notes: it opens one, or goes on with the last one. */
    boolean accepts(StyledText text) {
        return opensWithMarker(text) || current != null || !notes.isEmpty();
    }

    static boolean isRule(SourceLine line) {
        return RULE.matcher(line.plain()).matches();
    }

    private static boolean opensWithMarker(StyledText text) {
        return !text.calls().isEmpty() && text.calls().get(0).at() == 0;
    }

    /** Takes one line of a note area (its calls already read). */
    void add(SourceLine source, StyledText text) {
        if (opensWithMarker(text)) {
            close();
            marker = text.calls().get(0).marker();
            line = source.number();
            current = StyledText.builder().append(text.withoutLeadingCalls().strip());
            return;
        }
        if (current == null) {
            // The rest of a note that began on an earlier page.
            NoteBody last = notes.remove(notes.size() - 1);
            current = StyledText.builder().append(last.text());
            marker = last.marker();
            line = last.line();
        }
        boolean hyphen = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                && Character.isLetter(current.charAt(current.length() - 2));
        if (!hyphen) {
            current.append(" ");
        }
        current.append(text.strip());
    }

    /** A page's note area has ended: the next page's may carry on its last note. */
    void endPage() {
        close();
    }

    private void close() {
        if (current != null) {
            notes.add(new NoteBody(marker, current.build().collapseWhitespace(), line));
            current = null;
        }
    }

    List<NoteBody> finish() {
        close();
        return notes;
    }
}
