package org.plenary.render.internal;

import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.str.StringTool;
import net.sf.saxon.str.Twine16;
import net.sf.saxon.str.Twine8;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.value.StringValue;

/**
 * pl:fill-lines($text, $indent, $label, $width): {@link LineFiller} offered to the stylesheets.
 * text.xsl calls it when it is there and falls back on its own regular expressions otherwise, so
 * the stylesheet still runs on its own.
 */
public final class FillLinesFunction implements ExtensionFunction {
    public static final String NAMESPACE = "urn:plenary:functions";
    private static final SequenceType ONE_STRING = SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);

    @Override
    public QName getName() {
        return new QName(NAMESPACE, "fill-lines");
    }

    @Override
    public SequenceType getResultType() {
        return ONE_STRING;
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {ONE_STRING, ONE_STRING, ONE_STRING, SequenceType.makeSequenceType(ItemType.INTEGER, OccurrenceIndicator.ONE)};
    }

    @Override
    public XdmValue call(XdmValue[] arguments) throws SaxonApiException {
        String text = arguments[0].itemAt(0).getStringValue();
        String indent = arguments[1].itemAt(0).getStringValue();
        String label = arguments[2].itemAt(0).getStringValue();
        int width = (int) ((XdmAtomicValue) arguments[3].itemAt(0)).getLongValue();
        return new XdmAtomicValue(new StringValue(unicode(LineFiller.fillChars(text, indent, label, width))));
    }

    /**
     * The filled text as Saxon's own string. Given a Java string, Saxon finds its width by reading
     * it char by char through CharSequence, which under the quick compiler cost as much as the
     * filling; one pass over the chars here tells Latin-1 (a byte a char) from the rest of the BMP.
     */
    static UnicodeString unicode(char[] chars) {
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
