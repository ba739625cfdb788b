package org.plenary.parse;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.internal.WordBag;

/**
 * Looks at the text a zone sets aside (before the resolution, after its conclusions) for what may
 * be the resolution's own: an annex or appendix heading, or more words than a cover's or a
 * document code's few. Either is warned about once, with the line and the start of the text.
 */
final class SetAsideReview {
    /**
     * A block that opens with an annex's heading: "Annex", "Annex II", "ANNEX B", "Annexes",
     * "Appendix 1", also run into the title after it ("Annex Political declaration …"). A cover
     * never opens a line this way.
     */
    static final Pattern ANNEX_OPENING = Pattern.compile(
            "^(?:Annex(?:es)?|ANNEX(?:ES)?|Appendix|APPENDIX)(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-H]))?\\.?(?=\\s|$)");
    /**
     * Words one zone may set aside before it is worth a look: the longest cover text set aside in
     * the 312 real resolutions of session 78 (an agenda item's title) is 39 words, a document code
     * after the conclusions a few; a dropped annex or paragraph is more.
     */
    static final int LONG = 50;

    private final Map<Zone, Long> words = new EnumMap<>(Zone.class);
    private final Map<Zone, Block> first = new EnumMap<>(Zone.class);

    /** Reviews one block set aside in a zone; warnings go to the state. */
    void review(Block block, Zone zone, ParseState state) {
        String plain = block.plain().strip();
        String where = where(zone);
        // An annex heading set aside means the annex, and all under it, was dropped with the furniture.
        if (ANNEX_OPENING.matcher(plain).find()) {
            state.warn("annex-set-aside", block.firstLine(), "An annex heading was set aside with the text " + where + ": \""
                    + ParseState.abbreviate(plain) + "\". Check that the annex is in the output; if it is missing, the text "
                    + where + " was taken for furniture.");
        }
        first.putIfAbsent(zone, block);
        WordBag bag = new WordBag();
        bag.addAll(plain);
        long before = words.getOrDefault(zone, 0L);
        long now = before + bag.size();
        words.put(zone, now);
        // Warned once, when the zone's words first pass the limit, from where its set-aside text starts.
        if (before <= LONG && now > LONG) {
            Block start = first.get(zone);
            state.warn("long-set-aside", start.firstLine(), "More than " + LONG + " words of text " + where + " were set aside, from line "
                    + start.firstLine() + ": \"" + ParseState.abbreviate(start.plain().strip()) + "\". A cover or a document code is a "
                    + "few words; check that no paragraph or annex of the resolution is missing from the output.");
        }
    }

    /** Where a zone's set-aside text stands, as a user reads it. */
    static String where(Zone zone) {
        return zone == Zone.COVER ? "before the resolution" : "after the conclusions";
    }
}
