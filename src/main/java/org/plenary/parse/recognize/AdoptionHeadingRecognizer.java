package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.parse.DateParser;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;

/**
 * The heading that says who adopted the resolution and when: "Resolution adopted by the General
 * Assembly on 22 December 1999", or a Security Council's "Adopted by the Security Council at its
 * 7853rd meeting, on 23 December 2016".
 */
public final class AdoptionHeadingRecognizer implements Recognizer {
    private static final Pattern GA_HEADING = Pattern.compile(
            "^(?:draft )?resolution ?adopted ?by ?the ?(?:U\\.N\\. )?(General ?Assembly|Security ?Council|Economic and Social Council)(?: ?on (.+?))?\\s*\\*?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SC_HEADING = Pattern.compile(
            "^Adopted by the Security Council at its (\\d{1,5}(?:st|nd|rd|th) meeting),? on (.+?)\\.?$", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        Matcher sc = SC_HEADING.matcher(plain);
        if (sc.matches()) {
            state.resolution().organ("Security Council");
            state.resolution().heading(plain);
            state.resolution().meeting(sc.group(1));
            DateParser.find(sc.group(2)).ifPresent(state.resolution()::adoptionDate);
            return true;
        }
        Matcher heading = GA_HEADING.matcher(plain);
        if (heading.matches()) {
            state.resolution().organ(FormulaRecognizer.organ(heading.group(1)));
            state.resolution().heading(plain);
            if (heading.group(2) != null) {
                DateParser.find(heading.group(2)).ifPresent(state.resolution()::adoptionDate);
            }
            state.titleOpen(false);
            return true;
        }
        return false;
    }
}
