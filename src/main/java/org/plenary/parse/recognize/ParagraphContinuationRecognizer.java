package org.plenary.parse.recognize;

import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.source.StyledText;

/**
 * The last recogniser of the operative part: the rest of a paragraph a page break cut, an
 * unnumbered paragraph of its own, or text after a paragraph's points (its closing words).
 */
public final class ParagraphContinuationRecognizer implements Recognizer {
    private static final Pattern DAMAGED_NUMBER = Pattern.compile("[\\p{Alnum}|]{1,3}\\.\\s");

    @Override
    public boolean claim(Block block, ParseState state) {
        StyledText text = block.text().strip();
        String plain = text.text();
        Numbered paragraph = state.paragraph();
        if (paragraph != null && state.continuesAfterCut(block)) {
            TextUnit last = paragraph.wrapUp() != null ? paragraph.wrapUp()
                    : paragraph.points().isEmpty() ? paragraph : lastPoint(paragraph);
            last.append(text);
            return true;
        }
        // In print, a block is a paragraph the page shows: one without points after an unnumbered
        // paragraph is another, not the rest of it. So is one in text after a line that stopped short.
        boolean printedApart = (block.look().typed() || block.look().afterShortLine()) && paragraph != null && paragraph.points().isEmpty() && paragraph.wrapUp() == null;
        // "* * *" between parts of the text is a paragraph of its own, as the UN marks it up, with no opening.
        if (StructurePatterns.isSeparator(plain)) {
            state.addParagraph(new Numbered(null, null, text, block.firstLine()));
            return true;
        }
        if (paragraph == null || printedApart || startsNewSentence(paragraph, plain)) {
            // Only a label with its period ("Z.") is taken for a damaged number here: the words
            // of an unnumbered paragraph must stay as they are.
            StyledText body = DAMAGED_NUMBER.matcher(plain).lookingAt() ? state.withoutDamagedLabel(text) : text;
            if (body.length() < text.length()) {
                state.warn("repair", block.firstLine(), "Read '" + plain.substring(0, plain.length() - body.length()).strip()
                        + "' before an operative verb as a paragraph number damaged beyond reading; the paragraph is kept unnumbered.");
            }
            state.addParagraph(new Numbered(null, state.openingOf(body), body, block.firstLine()));
            return true;
        }
        if (paragraph.wrapUp() != null) {
            // A second block after the points: it goes on from the first, never replaces it.
            paragraph.wrapUp().append(text);
        } else if (!paragraph.points().isEmpty()) {
            paragraph.wrapUp(new TextUnit(text, block.firstLine()));
        } else {
            paragraph.append(text);
            state.warn("joined", block.firstLine(),
                    "An unnumbered paragraph was joined to paragraph " + paragraph.num() + "; it may be a paragraph of its own.");
        }
        return true;
    }

    /** An unnumbered paragraph of its own: the one before it ended, and it has no points. */
    private static boolean startsNewSentence(Numbered paragraph, String plain) {
        return paragraph.points().isEmpty() && Character.isUpperCase(plain.charAt(0)) && paragraph.endsClause();
    }

    private static TextUnit lastPoint(Numbered unit) {
        Numbered last = unit.points().get(unit.points().size() - 1);
        return last.points().isEmpty() ? last : lastPoint(last);
    }
}
