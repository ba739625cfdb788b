package org.plenary.read.word;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import org.plenary.read.internal.ListLabels;

/**
 * The numbers Word prints before numbered paragraphs ("1.", "(a)", "(iv)"), which the document
 * holds as list definitions, not text: counted in document order as Word counts them. A list's
 * levels count on together (a level restarts when one above it moves on), lists of one definition
 * share their counts, and a list that overrides its start begins again there.
 */
final class ListNumbering {
    private static final int LEVELS = 9;
    private static final int NOT_STARTED = Integer.MIN_VALUE;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Per list definition (abstract number), the number each level last printed, or NOT_STARTED. */
    private final Map<BigInteger, int[]> counts = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    ListNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label Word prints before the paragraph, or null when it is not numbered (or bulleted). */
    String next(XWPFParagraph paragraph) {
        CTNumPr numPr = numberingOf(paragraph);
        if (numbering == null || numPr == null || numPr.getNumId() == null) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numId == null || numId.signum() == 0 ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null || level < 0 || level >= LEVELS) {
            return null;
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        CTAbstractNum definition = abstractNum.getAbstractNum();
        int[] count = counts.computeIfAbsent(abstractId, k -> notStarted());
        if (started.add(numId)) {
            restartWhereOverridden(num, count);
        }
        count[level] = count[level] == NOT_STARTED ? start(definition, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = NOT_STARTED;
        }
        CTLvl lvl = lvl(definition, level);
        if (lvl == null || "bullet".equals(format(lvl)) || "none".equals(format(lvl))) {
            return null;
        }
        String text = lvl.getLvlText() == null ? "%" + (level + 1) + "." : lvl.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int of = text.charAt(++i) - '1';
                CTLvl shown = lvl(definition, of);
                int n = count[of] == NOT_STARTED ? start(definition, of) : count[of];
                label.append(formatted(n, shown == null ? "decimal" : format(shown)));
            } else {
                label.append(c);
            }
        }
        String printed = label.toString().strip();
        return printed.isEmpty() ? null : printed;
    }

    /** The paragraph's own numbering, else its style's, or the style it is based on. */
    private CTNumPr numberingOf(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        Set<String> seen = new HashSet<>();
        for (String id = paragraph.getStyleID(); id != null && styles != null && seen.add(id); ) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            CTStyle ct = style.getCTStyle();
            if (ct.getPPr() != null && ct.getPPr().getNumPr() != null) {
                return ct.getPPr().getNumPr();
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    /** A list that overrides a level's start begins that level again there, the first time it is used. */
    private static void restartWhereOverridden(XWPFNum num, int[] count) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            int level = override.getIlvl().intValue();
            if (level >= 0 && level < LEVELS && override.getStartOverride() != null) {
                count[level] = override.getStartOverride().getVal().intValue() - 1;
            }
        }
    }

    private static int[] notStarted() {
        int[] count = new int[LEVELS];
        java.util.Arrays.fill(count, NOT_STARTED);
        return count;
    }

    private static int start(CTAbstractNum definition, int level) {
        CTLvl lvl = lvl(definition, level);
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static CTLvl lvl(CTAbstractNum definition, int level) {
        for (CTLvl lvl : definition.getLvlList()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static String formatted(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> ListLabels.alphabetic(n);
            case "upperLetter" -> ListLabels.alphabetic(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> ListLabels.roman(n);
            case "upperRoman" -> ListLabels.roman(n).toUpperCase(Locale.ROOT);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }
}
