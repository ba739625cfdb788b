package org.plenary.corpus;

import java.nio.charset.StandardCharsets;

/** A layout that prints text: the file is the text in UTF-8. */
public interface TextLayout extends Layout {
    String print(ReferenceDocument document, String symbolForHeaders);

    @Override
    default byte[] file(ReferenceDocument document, String symbolForHeaders) {
        return print(document, symbolForHeaders).getBytes(StandardCharsets.UTF_8);
    }
}
