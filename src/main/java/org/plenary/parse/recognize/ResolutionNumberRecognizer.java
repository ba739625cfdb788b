package org.plenary.parse.recognize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.parse.internal.CoverPatterns;
import org.plenary.source.StyledText;

/**
 * The resolution's number with its title ("54/212. International migration and development"),
 * or a Security Council resolution's number alone ("Resolution 2334 (2016)"). The title may wrap
 * onto the next block, which {@link TitleContinuationRecognizer} then adds.
 */
public final class ResolutionNumberRecognizer implements Recognizer {
    private static final Pattern NUMBER_ONLY = Pattern.compile("^Resolution\\s+(\\d{1,5} \\(\\d{4}\\))$");

    @Override
    public boolean claim(Block block, ParseState state) {
        if (state.resolution().number() != null) {
            return false;
        }
        StyledText text = block.text().strip();
        String plain = text.text();
        Matcher numberOnly = NUMBER_ONLY.matcher(plain);
        if (numberOnly.matches()) {
            state.resolution().number(numberOnly.group(1));
            state.resolution().coverLines().add(plain);
            return true;
        }
        Optional<String[]> numbered = CoverPatterns.numberAndTitle(plain);
        if (numbered.isEmpty()) {
            return false;
        }
        state.resolution().number(numbered.get()[0]);
        int titleStart = plain.lastIndexOf(numbered.get()[1]);
        StyledText title = titleStart >= 0 ? text.substring(titleStart) : StyledText.of(numbered.get()[1]);
        state.resolution().title(new TextUnit(title, block.firstLine()));
        state.titleOpen(true);
        return true;
    }
}
