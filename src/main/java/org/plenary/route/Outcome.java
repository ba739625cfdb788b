package org.plenary.route;

/** How one document's conversion ended; kept as an exchange property for the routes that called. */
public record Outcome(String fileName, boolean converted, String report) {
    public static final String PROPERTY = "plenaryOutcome";
    /** "done" or "failed": the folder (prefixed with a dot) the watched original moves to. */
    public static final String FOLDER_PROPERTY = "plenaryFolder";
    /** Set when a re-dropped file had the same bytes as its filed copy and was not converted again. */
    public static final String UNCHANGED_PROPERTY = "plenaryUnchanged";
}
