package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.source.StyledText;

/**
 * A numbered operative paragraph ("12. Decides …"), also printed without its period ("3 Calls
 * upon …") or with a letter for its 1 ("l. Decides …"). In the preamble, a number or an operative
 * verb where a recital could stand ends the preamble.
 */
public final class OperativeParagraphRecognizer implements Recognizer {
    /** "3 Calls upon …": a paragraph number printed without its period. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern LETTER_FOR_ONE = Pattern.compile("([lI])\\.\\s+(\\S.*)", Pattern.DOTALL);
    /** A capitalised verb in the third person singular: "Appoints", "Decides". */
    private static final Pattern PRESENT_VERB = Pattern.compile("\\p{Lu}\\p{Ll}+s\\b");

    @Override
    public boolean claim(Block block, ParseState state) {
        return state.zone() == Zone.PREAMBLE ? endsPreamble(block, state) : numbered(block, state);
    }

    private boolean endsPreamble(Block block, ParseState state) {
        StyledText text = block.text().strip();
        String plain = text.text();
        if (StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt() || opensUnnumberedOperative(plain, state)) {
            state.zone(Zone.OPERATIVE);
            return false;
        }
        Matcher letterOne = LETTER_FOR_ONE.matcher(plain);
        if (letterOne.matches() && state.operativeOpenings().openingOf(letterOne.group(2)).isPresent()) {
            // "l. Decides …": paragraph 1 typed (or recognised) with a letter for its digit.
            state.warn("repair", block.firstLine(), "Read '" + letterOne.group(1) + ".' as '1.' before the first operative paragraph.");
            state.resolution().repairedWords().add(letterOne.group(1));
            state.zone(Zone.OPERATIVE);
            StyledText body = text.substring(letterOne.start(2)).strip();
            state.addParagraph(new Numbered("1", state.openingOf(body), body, block.firstLine()));
            return true;
        }
        return false;
    }

    private boolean numbered(Block block, ParseState state) {
        StyledText text = block.text().strip();
        String plain = text.text();
        Numbered paragraph = state.paragraph();
        Matcher numbered = StructurePatterns.OPERATIVE_START.matcher(plain);
        if (numbered.lookingAt() && state.continuesNumberedList(numbered.group(1), plain.substring(numbered.end()))) {
            return false; // an item of the paragraph's own numbered list
        }
        if (numbered.lookingAt() && (paragraph == null || follows(numbered.group(1), block, state))) {
            StyledText body = text.substring(numbered.end()).strip();
            state.addParagraph(new Numbered(numbered.group(1), state.openingOf(body), body, block.firstLine()));
            return true;
        }
        Matcher bare = BARE_NUMBER.matcher(plain);
        if (bare.matches() && paragraph != null && paragraph.num() != null && paragraph.num().matches("\\d+")
                && Integer.parseInt(bare.group(1)) == Integer.parseInt(paragraph.num()) + 1
                && state.operativeOpenings().openingOf(bare.group(2)).isPresent()) {
            state.warn("numbering", block.firstLine(), "Paragraph " + bare.group(1) + " is printed without the period after its number.");
            StyledText body = text.substring(bare.start(2)).strip();
            state.addParagraph(new Numbered(bare.group(1), state.openingOf(body), body, block.firstLine()));
            return true;
        }
        return false;
    }

    /** A number after the current paragraph's ("1.2" after "1.1" or "1"); a gap is kept but reported. */
    private static boolean follows(String num, Block block, ParseState state) {
        String previousNum = state.paragraph().num();
        if (previousNum == null) {
            return true;
        }
        if (num.contains(".") || previousNum.contains(".")) {
            return compareNumbers(num, previousNum) > 0;
        }
        int n = Integer.parseInt(num);
        int previous = Integer.parseInt(previousNum);
        if (n > previous + 1 && n <= previous + 5) {
            state.warn("numbering", block.firstLine(), "Paragraph " + n + " follows paragraph " + previous + "; a paragraph may be missing.");
        }
        return n > previous && n <= previous + 5;
    }

    /** Compares printed numbers part by part: 1 < 1.1 < 1.2 < 2. */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : -1;
            int q = i < y.length ? Integer.parseInt(y[i]) : -1;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /**
     * An operative paragraph without a number where a preambular one could stand: after a formula
     * without comma, or a paragraph that opens with an operative verb and does not end with a comma.
     */
    private static boolean opensUnnumberedOperative(String plain, ParseState state) {
        boolean preambularOpening = state.preambularOpenings().openingOf(plain).isPresent();
        if (state.formulaWithoutComma() && state.resolution().preamble().isEmpty()) {
            return !(preambularOpening && plain.endsWith(","));
        }
        boolean operativeOpening = state.operativeOpenings().openingOf(plain).isPresent();
        return operativeOpening && !preambularOpening && !StructurePatterns.endsWith(GroupHeadingRecognizer.ENDS_CLAUSE, plain)
                || plain.endsWith(":") && operativeOpening
                || isClosingSentence(plain, state);
    }

    /**
     * The one sentence of a resolution without numbered paragraphs, with a verb the lexicon
     * lacks ("Appoints Mr. … 2026."): right before the meeting line, ending with a full stop
     * where every preambular paragraph before it ended with a comma.
     */
    private static boolean isClosingSentence(String plain, ParseState state) {
        return plain.endsWith(".") && PRESENT_VERB.matcher(plain).lookingAt()
                && state.preambularOpenings().openingOf(plain).isEmpty()
                && StructurePatterns.MEETING.matcher(state.next()).matches()
                && !state.resolution().preamble().isEmpty()
                && state.resolution().preamble().stream().map(Preambular::plain).allMatch(p -> p.strip().endsWith(","));
    }
}
