package org.plenary.layout.pdf;

import java.util.regex.Pattern;

import org.plenary.source.StyledText;

/**
 * Raised digits and symbols are note calls: print sets a call, and a note's own marker at the
 * foot of the page, smaller and above the line. Each such run becomes a call in the text; other
 * raised text ("1st" set with a raised "st") stays text.
 */
final class RaisedMarkers {
    /** One marker or several separated by commas ("1,2"). */
    private static final Pattern MARKERS = Pattern.compile("(?:\\d{1,3}|\\*{1,3}|[†‡])(?:\\s*,\\s*(?:\\d{1,3}|\\*{1,3}|[†‡]))*");

    private RaisedMarkers() {
    }

    static StyledText toCalls(StyledText text) {
        if (!text.hasAny(StyledText.SUPERSCRIPT)) {
            return text;
        }
        StyledText.Builder out = StyledText.builder();
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            if (!text.has(i, StyledText.SUPERSCRIPT)) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.has(end, StyledText.SUPERSCRIPT)) {
                end++;
            }
            String run = text.text().substring(i, end).strip();
            if (MARKERS.matcher(run).matches()) {
                out.append(text.substring(copied, i));
                for (String marker : run.split("\\s*,\\s*")) {
                    out.call(marker);
                }
                copied = end;
            }
            i = end;
        }
        out.append(text.substring(copied));
        return out.build();
    }
}
