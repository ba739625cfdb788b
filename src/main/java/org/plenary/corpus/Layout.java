package org.plenary.corpus;

/** A way of printing a reference document as text, as some source of resolutions does. */
public interface Layout {
    String name();

    String print(ReferenceDocument document, String symbolForHeaders);
}
