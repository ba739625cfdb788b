package org.plenary.parse.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution.TextUnit;

/**
 * The enacting formula, "The General Assembly," (or the Security Council, the Economic and Social
 * Council …), also when OCR damaged it: it ends the cover and opens the preamble. Without its
 * comma, no preamble follows.
 */
public final class FormulaRecognizer implements Recognizer {
    /** A formula OCR damaged beyond the exact pattern: "The Genera1 Assemb1y,", "The Security Counci1". */
    private static final Pattern DAMAGED_FORMULA = Pattern.compile("^\\*?The\\s?(?:Gen\\S{2,6}\\s?Ass\\S{3,6}|Sec\\S{3,6}\\s?Cou\\S{3,5})\\s?[,.;]?$");

    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        if (StructurePatterns.isFormula(plain)) {
            Matcher m = StructurePatterns.FORMULA.matcher(plain);
            m.matches();
            state.resolution().formula(new TextUnit(block.text().strip(), block.firstLine()));
            state.resolution().organ(organ(m.group(1)));
            state.formulaWithoutComma(m.group(2) == null);
            state.zone(Zone.PREAMBLE);
            return true;
        }
        if (DAMAGED_FORMULA.matcher(plain).matches() && state.opensBody(state.next())) {
            state.resolution().formula(new TextUnit(block.text().strip(), block.firstLine()));
            state.resolution().organ(organ(plain.replaceAll("[^A-Za-z ]", "").replace("Counci", "Council").replace("Assemb", "Assembly")));
            state.formulaWithoutComma(!plain.endsWith(","));
            state.warn("repair", block.firstLine(), "Read the damaged line \"" + plain + "\" as the enacting formula.");
            state.zone(Zone.PREAMBLE);
            return true;
        }
        if (state.resolution().title() != null && opensRecital(block, state)) {
            // The cover is over and a recital begins: the PDF printed no formula. The preamble
            // starts here; the block is a recital, which the preamble's recognisers take.
            state.warn("missing-formula", block.firstLine(), "No enacting formula (\"The General Assembly,\") was printed; "
                    + "the preamble is read from line " + block.firstLine() + ", where its first paragraph opens.");
            state.zone(Zone.PREAMBLE);
        }
        return false;
    }

    /** A recital's opening: a known phrase set in italics, as print sets every recital's. */
    private static boolean opensRecital(Block block, ParseState state) {
        String plain = block.plain().strip();
        return state.preambularOpenings().openingOf(plain).isPresent() && plain.endsWith(",")
                && (block.text().strip().opensItalic() || !block.text().hasAny(org.plenary.source.StyledText.ITALIC));
    }

    /** The organ named in a formula, also when OCR ran its words together ("TheGeneral Assembly"). */
    static String organ(String formula) {
        String squeezed = formula.replace(" ", "");
        if (squeezed.contains("SecurityCouncil")) {
            return "Security Council";
        }
        if (squeezed.contains("EconomicandSocialCouncil")) {
            return "Economic and Social Council";
        }
        if (squeezed.contains("HumanRightsCouncil")) {
            return "Human Rights Council";
        }
        return squeezed.contains("TrusteeshipCouncil") ? "Trusteeship Council" : "General Assembly";
    }
}
