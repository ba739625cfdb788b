package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.TextUnit;

/**
 * A draft's sponsors ("Albania, Andorra and Austria: draft resolution"), which make the document
 * a draft resolution, and the draft's title after them, which has no number.
 */
public final class SponsorsRecognizer implements Recognizer {
    private static final Pattern SPONSORS = Pattern.compile("^(.+?):\\s*(?:revised )?draft (?:resolution|decision)$", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        Resolution resolution = state.resolution();
        Matcher sponsors = SPONSORS.matcher(plain);
        if (sponsors.matches() && resolution.sponsors() == null) {
            resolution.sponsors(sponsors.group(1).strip());
            resolution.kind(Resolution.Kind.DRAFT_RESOLUTION);
            state.titleOpen(false);
            return true;
        }
        if (resolution.sponsors() != null && resolution.title() == null && !ParseState.OTHER_COVER.matcher(plain).matches()) {
            resolution.title(new TextUnit(block.text().strip(), block.firstLine()));
            state.titleOpen(true);
            return true;
        }
        return false;
    }
}
