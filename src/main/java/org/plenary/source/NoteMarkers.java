package org.plenary.source;

/** What a note's marker is, as resolutions and the files that carry them print it. */
public final class NoteMarkers {
    /**
     * A marker, as a regular expression: one to three digits, one to three stars, a dagger or a
     * double dagger. Readers build their patterns around it (bracketed, raised, at a line's start).
     */
    public static final String MARKER = "\\d{1,3}|\\*{1,3}|†|‡";

    private NoteMarkers() {
    }
}
