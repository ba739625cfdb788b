package org.plenary.corpus;

/** A way of printing a reference document as text, as some source of resolutions does. */
public interface Layout {
    String name();

    String print(ReferenceDocument document, String symbolForHeaders);

    /** Metadata fields this layout does not print, so a conversion cannot be expected to find them. */
    default java.util.Set<String> omittedFields() {
        return java.util.Set.of();
    }
}
