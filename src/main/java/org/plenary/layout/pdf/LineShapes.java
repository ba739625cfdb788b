package org.plenary.layout.pdf;

import org.plenary.layout.StructurePatterns;
import org.plenary.source.SourceLine;

/**
 * What a line's text alone says about where it stands in a paragraph, for the paragraph builder:
 * how it ends (a clause, a sentence, a call, a colon, a hyphen), how it opens (a participle, a
 * group's or section's number), or that it is a separator or a note's call alone.
 */
final class LineShapes {
    private LineShapes() {
    }

    /** A number alone, as pdftotext prints a raised call on a line of its own: "12". */
    static boolean isLoneNumber(String text) {
        return !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit);
    }

    /**
     * A recital's opening the lexicon lacks: a participle, after an adverb or not, then a word in
     * lower case ("Commemorating the", "Equally concerned about"); not a noun phrase that opens
     * lines of running text ("Developing countries"), nor a name's words in capitals ("Stockpiling
     * and Use of Chemical Weapons", A/RES/78/146).
     */
    static boolean opensWithParticiple(String plain) {
        java.util.regex.Matcher m = PARTICIPLE.matcher(plain);
        return m.lookingAt() && !NOUN_PHRASES.contains(m.group(1));
    }

    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+)(?:(?<=ly)\\s+\\p{Ll}+(?:ing|ed)|(?<=ing|ed))\\s+(?!(?:and|or|of)\\s+\\p{Lu})\\p{Ll}");

    private static final java.util.Set<String> NOUN_PHRASES = java.util.Set.of("Developing", "Developed", "Emerging",
            "Existing", "Remaining", "Following", "Participating", "Affected", "Interested", "Landlocked", "Armed",
            "Related", "Leading", "United", "Increasing", "Growing", "Improved", "Enhanced", "Expanded");

    /** A group's number alone on its line: "II", "B.", "Part II", "Section 29A". */
    static boolean isGroupNumber(String plain) {
        return plain.length() < 12 && StructurePatterns.GROUP_NUMBER.matcher(plain.strip()).matches() || isSectionNumber(plain);
    }

    static boolean isSectionNumber(String plain) {
        return plain.length() < 24 && StructurePatterns.SECTION_NUMBER.matcher(plain.strip()).matches();
    }

    /**
     * Ends with a note call printed as a number set off by a space ("… for 2022 1"): a recital the
     * UN printed without its comma, whose call stands where the comma would.
     */
    static boolean endsWithCall(String plain) {
        return CALL_AT_END.matcher(plain).find();
    }

    private static final java.util.regex.Pattern CALL_AT_END = java.util.regex.Pattern.compile("[\\p{L}\\d)] \\d{1,3}\\s*$");

    /** "* * *" between parts of a text. */
    static boolean isSeparator(String plain) {
        return !plain.isEmpty() && plain.chars().allMatch(c -> c == '*' || c == ' ');
    }

    /**
     * A colon ends a list's intro or a title's first part, never a recital: what follows is no
     * recital opening the lexicon lacks ("… Human Rights:" / "Implementing the United Nations …", 78/187).
     */
    static boolean endsWithColon(SourceLine line) {
        return line.plain().strip().endsWith(":");
    }

    static boolean endsWithHyphen(SourceLine line) {
        String plain = line.plain().strip();
        return plain.endsWith("-");
    }

    /** Ends an operative paragraph or a sentence (";" or "."), once calls printed as digits are set aside. */
    static boolean endsSentence(String plain) {
        int end = plain.length();
        while (end > 0 && (Character.isDigit(plain.charAt(end - 1)) || plain.charAt(end - 1) == ' ')) {
            end--;
        }
        return end > 0 && ";.".indexOf(plain.charAt(end - 1)) >= 0;
    }

    /** Ends with a clause's punctuation, once note calls printed as digits are set aside. */
    static boolean endsClause(String plain) {
        int end = plain.length();
        while (end > 0 && (Character.isDigit(plain.charAt(end - 1)) || plain.charAt(end - 1) == ' ')) {
            end--;
        }
        return end > 0 && ",;:.".indexOf(plain.charAt(end - 1)) >= 0;
    }
}
