package org.plenary.corpus;

/** A way of printing a reference document as a file, as some source of resolutions does. */
public interface Layout {
    String name();

    /** The printed file's bytes. */
    byte[] file(ReferenceDocument document, String symbolForHeaders);

    /** The printed file's extension, without its dot. */
    default String extension() {
        return "txt";
    }

    /** Metadata fields this layout does not print, so a conversion cannot be expected to find them. */
    default java.util.Set<String> omittedFields() {
        return java.util.Set.of();
    }
}
