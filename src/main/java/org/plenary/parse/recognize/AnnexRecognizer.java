package org.plenary.parse.recognize;

import java.util.List;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.TextUnit;

/**
 * An annex's heading alone on its line ("Annex", "Annex II", "ANNEX B"): everything after it
 * belongs to that annex until the next. A resolution with several annexes numbers them all;
 * after a lone unnumbered "Annex", an "Annex I" is an annex of the text annexed (a convention's
 * own annexes).
 */
public final class AnnexRecognizer implements Recognizer {
    private static final Pattern UNNUMBERED_ANNEX = Pattern.compile("(?:Annex|ANNEX)\\.?");

    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        if (!StructurePatterns.ANNEX_HEADING.matcher(plain).matches() || state.zone() == Zone.ANNEX && insideALoneUnnumberedAnnex(state)) {
            return false;
        }
        state.resolution().annexes().add(new Resolution.Annex(new TextUnit(block.text().strip(), block.firstLine())));
        state.zone(Zone.ANNEX);
        return true;
    }

    private static boolean insideALoneUnnumberedAnnex(ParseState state) {
        List<Resolution.Annex> annexes = state.resolution().annexes();
        return annexes.size() == 1 && UNNUMBERED_ANNEX.matcher(annexes.get(0).heading().plain()).matches();
    }
}
