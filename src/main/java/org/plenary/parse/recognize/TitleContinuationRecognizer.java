package org.plenary.parse.recognize;

import org.plenary.layout.Block;
import org.plenary.parse.DateParser;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.internal.CoverPatterns;

/**
 * The title wrapped onto the next block: text no other cover recogniser claims, before the
 * formula. A date line or an adoption line is not the title's; a long title may hold a date
 * itself ("… the Law of the Sea of 10 December 1982 relating to …").
 */
public final class TitleContinuationRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        if (!state.titleOpen()) {
            return false;
        }
        String plain = block.plain().strip();
        String title = state.resolution().title().plain();
        boolean continues = !plain.isEmpty() && plain.length() < 400 && !title.endsWith(".")
                && (Character.isLowerCase(plain.charAt(0)) || !plain.startsWith("[") && !plain.startsWith("*")
                    && CoverPatterns.symbol(plain).isEmpty() && !isDateOrAdoptionLine(plain));
        if (continues) {
            state.resolution().title().append(block.text().strip());
        }
        return continues;
    }

    private static boolean isDateOrAdoptionLine(String plain) {
        return DateParser.find(plain).isPresent()
                && (plain.length() < 60 || plain.startsWith("Resolution adopted") || plain.startsWith("Adopted"));
    }
}
