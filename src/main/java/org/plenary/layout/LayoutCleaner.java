package org.plenary.layout;

import org.plenary.layout.pdf.PdfLayout;
import org.plenary.layout.internal.TextLayout;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;

/**
 * Layout cleaning: page furniture set aside, note blocks lifted out into a note table,
 * hard-wrapped lines joined into paragraphs. A PDF read with its positions is cleaned by what
 * the page shows (where a line stands, its type); text by the shapes its lines take.
 */
public final class LayoutCleaner {
    private final TextLayout text = new TextLayout();
    private final PdfLayout pdf = new PdfLayout();

    public LaidOutText clean(SourceDocument source) {
        return source.form().blockMode() == SourceForm.BlockMode.POSITIONED ? pdf.clean(source) : text.clean(source);
    }
}
