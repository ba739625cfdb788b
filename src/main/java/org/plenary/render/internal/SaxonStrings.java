package org.plenary.render.internal;

import net.sf.saxon.str.StringTool;
import net.sf.saxon.str.Twine16;
import net.sf.saxon.str.Twine8;
import net.sf.saxon.str.UnicodeString;

/** Saxon's own strings made from the chars an extension function wrote. */
final class SaxonStrings {
    private SaxonStrings() {
    }

    /**
     * The chars as Saxon's string. Given a Java string, Saxon finds its width by reading it char by
     * char through CharSequence, which under the quick compiler cost as much as the work that made
     * the string; one pass over the chars here tells Latin-1 (a byte a char) from the rest of the BMP.
     */
    static UnicodeString of(char[] chars) {
        int bits = 0;
        for (char c : chars) {
            bits |= c;
        }
        if (bits < 0x100) {
            return new Twine8(chars, 0, chars.length);
        }
        for (char c : chars) {
            if (Character.isSurrogate(c)) {
                return StringTool.fromCharSequence(new String(chars)); // beyond the BMP: Saxon counts code points
            }
        }
        return new Twine16(chars, 0, chars.length);
    }
}
