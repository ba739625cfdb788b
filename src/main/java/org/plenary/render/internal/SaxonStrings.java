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
     * The chars as Saxon's string, its width (Latin-1, or the rest of the BMP) found in one pass over
     * the array: given a Java string, Saxon reads it char by char through CharSequence to find it.
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
