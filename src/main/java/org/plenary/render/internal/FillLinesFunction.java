package org.plenary.render.internal;

import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
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
        return new XdmAtomicValue(new StringValue(SaxonStrings.of(LineFiller.fillChars(text, indent, label, width))));
    }
}
